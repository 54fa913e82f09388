package org.intdesigner.ui.actions;

import java.util.Collection;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.edit.command.PasteFromClipboardCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.ui.actions.ActionFactory;

/** Pastes copies of the clipboard into the one selected object; copies get new ids. */
public class PasteAction extends DomainAction {

	public PasteAction() {
		super(ActionFactory.PASTE, "&Paste");
	}

	@Override
	protected Command createCommand(EditingDomain domain, Collection<?> selected) {
		if (selected.size() != 1 || domain.getClipboard() == null || domain.getClipboard().isEmpty()) {
			return UnexecutableCommand.INSTANCE;
		}
		return PasteFromClipboardCommand.create(domain, selected.iterator().next(), null);
	}
}
