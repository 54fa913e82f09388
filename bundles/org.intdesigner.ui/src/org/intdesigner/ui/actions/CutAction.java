package org.intdesigner.ui.actions;

import java.util.Collection;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.edit.command.CopyToClipboardCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import org.eclipse.ui.actions.ActionFactory;

/**
 * Cut is copy, then delete: unlike EMF's plain cut, references to what is cut are cleaned at
 * once, so the model never holds references to objects that live only on the clipboard.
 */
public class CutAction extends DomainAction {

	public CutAction() {
		super(ActionFactory.CUT, "Cu&t");
	}

	@Override
	protected Command createCommand(EditingDomain domain, Collection<?> selected) {
		if (selected.isEmpty()) {
			return UnexecutableCommand.INSTANCE;
		}
		CompoundCommand cut = new CompoundCommand(CompoundCommand.LAST_COMMAND_ALL, "Cut");
		cut.append(CopyToClipboardCommand.create(domain, selected));
		cut.append(DeleteCommand.create(domain, selected));
		return cut;
	}
}
