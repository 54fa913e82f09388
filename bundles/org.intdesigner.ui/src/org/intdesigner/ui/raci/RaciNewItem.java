package org.intdesigner.ui.raci;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.intdesigner.model.AccountabilityItem;
import org.intdesigner.model.IntdFactory;
import org.intdesigner.model.IntdPackage;
import org.intdesigner.model.Team;
import org.intdesigner.model.io.ModelIds;
import org.intdesigner.ui.model.OpenModel;

/** Adds an accountability item named by the user (to the matrix's team, if it has one) as one undoable command. */
final class RaciNewItem {

	static final String TITLE = "New Accountability Item";

	private RaciNewItem() {
	}

	static AccountabilityItem create(Shell shell, OpenModel model, Team team) {
		InputDialog dialog = new InputDialog(shell, TITLE,
				"Name of the care function, decision, outcome or risk" + (team == null ? ":" : " of " + team.getName() + ":"),
				"", text -> text.isBlank() ? "An accountability item needs a name." : null);
		if (dialog.open() != Window.OK) {
			return null;
		}
		AccountabilityItem item = IntdFactory.eINSTANCE.createAccountabilityItem();
		item.setId(ModelIds.newId());
		item.setName(dialog.getValue().trim());
		item.setTeam(team);
		Command add = AddCommand.create(model.getDomain(), model.getModel(), IntdPackage.Literals.INTD_MODEL__ACCOUNTABILITIES, item);
		model.getCommandStack().execute(add);
		return item;
	}
}
