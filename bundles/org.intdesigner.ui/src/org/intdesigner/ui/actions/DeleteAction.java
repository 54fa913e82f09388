package org.intdesigner.ui.actions;

import java.util.Collection;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.ui.actions.ActionFactory;

/** Deletes the selection and removes every reference to what it deletes. */
public class DeleteAction extends DomainAction {

	public DeleteAction() {
		super(ActionFactory.DELETE, "&Delete");
	}

	@Override
	protected Command createCommand(EditingDomain domain, Collection<?> selected) {
		return selected.isEmpty() ? UnexecutableCommand.INSTANCE : DeleteCommand.create(domain, selected);
	}
}
