package org.intdesigner.planning.ui.scenarios;

import java.nio.file.Path;
import java.nio.file.Paths;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.io.ModelFiles;
import org.intdesigner.planning.ui.PlanningCommands;
import org.intdesigner.ui.files.FileDialogs;
import org.intdesigner.ui.model.OpenModel;

/**
 * Compare With... on a model: asks for another model file (another scenario, an older copy) and shows in the Scenario
 * Changes view what this model changes against it, element by element by id.
 */
public final class CompareWithHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		if (!(PlanningCommands.selected(event) instanceof IntdModel model)) {
			return null;
		}
		OpenModel open = PlanningCommands.modelOf(event, model);
		if (open == null) {
			return null;
		}
		FileDialog dialog = new FileDialog(HandlerUtil.getActiveShellChecked(event), SWT.OPEN);
		dialog.setText("Compare " + open.getFile().getFileName() + " With");
		dialog.setFilterExtensions(new String[] { "*." + ModelFiles.EXTENSION });
		String chosen = FileDialogs.open(dialog, open.getFile().toString());
		if (chosen == null) {
			return null;
		}
		Path other = Paths.get(chosen);
		try {
			IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage();
			ScenarioChangesView view = (ScenarioChangesView) page.showView(ScenarioChangesView.ID);
			view.compare(other, open.getFile());
		} catch (PartInitException e) {
			throw new ExecutionException("Could not open the Scenario Changes view: " + e.getMessage(), e);
		}
		return null;
	}
}
