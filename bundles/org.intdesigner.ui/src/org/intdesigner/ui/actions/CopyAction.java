package org.intdesigner.ui.actions;

import java.util.Collection;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.edit.command.CopyToClipboardCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.ui.actions.ActionFactory;

/** Copies the selection to the model clipboard; the model itself does not change. */
public class CopyAction extends DomainAction {

	public CopyAction() {
		super(ActionFactory.COPY, "&Copy");
	}

	@Override
	protected Command createCommand(EditingDomain domain, Collection<?> selected) {
		return selected.isEmpty() ? UnexecutableCommand.INSTANCE : CopyToClipboardCommand.create(domain, selected);
	}
}
