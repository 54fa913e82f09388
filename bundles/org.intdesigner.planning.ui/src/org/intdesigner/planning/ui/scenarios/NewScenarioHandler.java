package org.intdesigner.planning.ui.scenarios;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.intdesigner.model.IntdModel;
import org.intdesigner.planning.ui.PlanningCommands;

/** New Scenario... on a model in the model editor or the Model Explorer: the New Scenario wizard with that baseline. */
public final class NewScenarioHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		Object selected = PlanningCommands.selected(event);
		NewScenarioWizard wizard = new NewScenarioWizard();
		wizard.init(HandlerUtil.getActiveWorkbenchWindow(event).getWorkbench(),
				selected instanceof IntdModel model ? new StructuredSelection(model) : StructuredSelection.EMPTY);
		new WizardDialog(HandlerUtil.getActiveShell(event), wizard).open();
		return null;
	}
}
