package org.intdesigner.planning.ui.scenarios;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IPathEditorInput;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.compare.Scenarios;
import org.intdesigner.model.io.ModelFiles;
import org.intdesigner.ui.editor.ModelEditor;
import org.intdesigner.ui.files.PathEditorInput;
import org.intdesigner.ui.model.ActiveModelTracker;
import org.intdesigner.ui.model.ModelManager;
import org.intdesigner.ui.model.OpenModel;

/**
 * New Scenario (File > New > Scenario, or on a model in a tree): a copy of the baseline that keeps every id and names
 * its baseline, saved beside it through the model manager and opened in the model editor, with the Scenario Changes
 * view beside it. A baseline with unsaved changes is offered a save first, as Eclipse does: the scenario is made from
 * the baseline as saved, which is what it will be compared with once the baseline is closed.
 */
public final class NewScenarioWizard extends Wizard implements INewWizard {

	public static final String ID = "org.intdesigner.planning.ui.newScenarioWizard";
	static final String SAVE_TITLE = "Save Baseline";

	private IWorkbench workbench;
	private Path suggested;
	private NewScenarioPage page;

	public NewScenarioWizard() {
		setWindowTitle("New Scenario");
		setNeedsProgressMonitor(false);
	}

	/** The baseline suggested: the model of the element selected, else of the active editor. */
	@Override
	public void init(IWorkbench newWorkbench, IStructuredSelection selection) {
		workbench = newWorkbench;
		if (selection != null && selection.getFirstElement() instanceof EObject element && element.eResource() != null
				&& element.eResource().getURI().isFile()) {
			suggested = Paths.get(element.eResource().getURI().toFileString());
			return;
		}
		IWorkbenchPage active = workbench.getActiveWorkbenchWindow() == null ? null
				: workbench.getActiveWorkbenchWindow().getActivePage();
		IEditorPart editor = active == null ? null : active.getActiveEditor();
		OpenModel open = ActiveModelTracker.modelOf(editor);
		if (open != null) {
			suggested = open.getFile();
		} else if (editor != null && editor.getEditorInput() instanceof IPathEditorInput input) {
			suggested = Paths.get(input.getPath().toOSString());
		}
	}

	@Override
	public void addPages() {
		page = new NewScenarioPage(suggested);
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		Path baseline = page.baselineFile();
		Path file = page.scenarioFile();
		try {
			IntdModel source = baselineAsSaved(baseline);
			if (source == null) {
				return false;
			}
			IntdModel scenario = Scenarios.newScenario(source, page.scenarioName(), baseline, file);
			Files.createDirectories(file.getParent());
			OpenModel created = ModelManager.INSTANCE.create(file, scenario);
			try {
				IWorkbenchPage active = workbench.getActiveWorkbenchWindow().getActivePage();
				active.openEditor(new PathEditorInput(file), ModelEditor.ID);
				active.showView(ScenarioChangesView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
			} finally {
				ModelManager.INSTANCE.close(created); // the editor is its user now
			}
			return true;
		} catch (IOException | PartInitException e) {
			page.setErrorMessage("Could not make " + file + ": " + e.getMessage());
			return false;
		}
	}

	/**
	 * The baseline's model as saved: an open one with unsaved changes is saved first when the user says so, else read
	 * from its file; null when the user cancels.
	 */
	private IntdModel baselineAsSaved(Path baseline) throws IOException {
		OpenModel open = ModelManager.INSTANCE.find(baseline);
		if (open == null) {
			return ModelFiles.load(baseline).model();
		}
		if (!open.isDirty()) {
			return open.getModel();
		}
		MessageDialog ask = new MessageDialog(getShell(), SAVE_TITLE, null, "'" + baseline.getFileName()
				+ "' has unsaved changes. Save them before making the scenario?\n\nThe scenario is made from the baseline as"
				+ " saved; with No it leaves the unsaved changes out.", MessageDialog.QUESTION, 0, "&Yes", "&No", "Cancel");
		return switch (ask.open()) {
		case 0 -> {
			open.save();
			yield open.getModel();
		}
		case 1 -> ModelFiles.load(baseline).model();
		default -> null;
		};
	}
}
