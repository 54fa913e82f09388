package org.intdesigner.app.welcome;

import java.io.IOException;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.IWorkbenchWizard;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.WorkbenchException;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.intdesigner.app.IntdIds;
import org.intdesigner.diagram.notation.Diagram;
import org.intdesigner.diagram.spec.DiagramDescription;
import org.intdesigner.diagram.store.NewDiagrams;
import org.intdesigner.diagram.ui.editor.DiagramDescriptions;
import org.intdesigner.diagram.ui.session.DiagramSession;
import org.intdesigner.diagram.ui.session.DiagramsMenu;
import org.intdesigner.ui.model.OpenModel;
import org.intdesigner.ui.raci.OpenRaciMatrixHandler;
import org.intdesigner.workforce.ui.WorkforceDashboard;

/**
 * What the overview's next steps do, each the way the menus do it: draw the place's team
 * structure (its diagram, made the first time), check its accountabilities in the RACI matrix,
 * see the workforce figures in the Workforce perspective, import spreadsheets through the import
 * wizards. A step that cannot be done says why in a dialog.
 */
final class NextSteps {

	static final String TEAM_STRUCTURE = "IntStructure/TeamStructure";
	static final String CSV_IMPORT = "org.intdesigner.ui.importCsvWizard";
	static final String WORKFORCE_IMPORT = "org.intdesigner.workforce.ui.importWizard";

	private final IWorkbenchWindow window;

	NextSteps(IWorkbenchWindow window) {
		this.window = window;
	}

	/** Opens the place's team structure diagram, drawing a new one when the place has none. */
	void drawTeamStructure(OpenModel model) {
		DiagramDescription description = DiagramDescriptions.find(TEAM_STRUCTURE);
		if (description == null) {
			failed("Draw the Team Structure", "The team structure diagram type is not installed.");
			return;
		}
		try {
			DiagramSession session = DiagramSession.open(model.getFile());
			try {
				String root = model.getModel().eResource().getURIFragment(model.getModel());
				Diagram diagram = session.getDiagramSet().getDiagrams().stream()
						.filter(d -> TEAM_STRUCTURE.equals(d.getDescription()) && root.equals(d.getElement())).findFirst()
						.orElse(null);
				if (diagram == null) {
					diagram = NewDiagrams.create(description, model.getModel(), "Team structure of " + model.getModel().getName());
					session.getDiagramSet().getDiagrams().add(diagram);
				}
				DiagramsMenu.open(model.getFile(), diagram.getId(), diagram.getName());
			} finally {
				session.release();
			}
		} catch (IOException e) {
			failed("Draw the Team Structure", e.getMessage());
		}
	}

	/** Opens the RACI matrix of every accountability item of the place. */
	void checkAccountabilities(OpenModel model) {
		try {
			OpenRaciMatrixHandler.open(window.getActivePage(), model.getFile(), model.getModel());
		} catch (PartInitException e) {
			failed("Check Accountabilities", e.getMessage());
		}
	}

	/** Switches to the Workforce perspective with its dashboard in front. */
	void seeWorkforceFigures() {
		try {
			IWorkbenchPage page = window.getWorkbench().showPerspective(IntdIds.PERSPECTIVE_WORKFORCE, window);
			page.showView(WorkforceDashboard.ID);
		} catch (WorkbenchException e) {
			failed("See Workforce Figures", e.getMessage());
		}
	}

	/** Opens the import wizard {@code id} (File > Import... shows the same). */
	void importWith(String id, OpenModel model) {
		IWizardDescriptor descriptor = window.getWorkbench().getImportWizardRegistry().findWizard(id);
		if (descriptor == null) {
			failed("Import", "The import wizard " + id + " is not installed.");
			return;
		}
		try {
			IWorkbenchWizard wizard = descriptor.createWizard();
			wizard.init(window.getWorkbench(), model == null ? StructuredSelection.EMPTY : new StructuredSelection(model.getModel()));
			new WizardDialog(window.getShell(), wizard).open();
		} catch (CoreException e) {
			failed("Import", e.getMessage());
		}
	}

	private void failed(String title, String message) {
		MessageDialog.openError(window.getShell(), title, message);
	}
}
