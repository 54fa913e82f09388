package org.intdesigner.diagram.ui.wizards;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IPathEditorInput;
import org.eclipse.ui.IWorkbench;
import org.intdesigner.diagram.notation.Diagram;
import org.intdesigner.diagram.store.NewDiagrams;
import org.intdesigner.diagram.ui.session.DiagramEditorInput;
import org.intdesigner.diagram.ui.session.DiagramSession;
import org.intdesigner.diagram.ui.session.DiagramsMenu;

/**
 * File > New > Diagram: a new diagram of a model file, or of one part of it (a team, an area, an
 * organisation: the one selected when the wizard opens), of any installed type that fits, opened
 * laid out. The same as Diagrams > New... on the model in the explorer, for those who start from the
 * File menu.
 */
public class NewDiagramWizard extends Wizard implements INewWizard {

	private NewDiagramPage page;
	private Path suggested;
	private String suggestedScope;

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		setWindowTitle("New Diagram");
		IEditorPart editor = workbench.getActiveWorkbenchWindow() == null ? null
				: workbench.getActiveWorkbenchWindow().getActivePage() == null ? null
						: workbench.getActiveWorkbenchWindow().getActivePage().getActiveEditor();
		IEditorInput input = editor == null ? null : editor.getEditorInput();
		if (input instanceof DiagramEditorInput diagram) {
			suggested = diagram.getModelFile();
		} else if (input instanceof IPathEditorInput path) {
			suggested = Paths.get(path.getPath().toOSString());
		}
		// a team, area or organisation selected in the explorer or an editor: draw that, of its model
		if (selection != null && selection.size() == 1 && selection.getFirstElement() instanceof EObject element
				&& element.eResource() != null && element.eResource().getURI().isFile()) {
			suggested = Paths.get(element.eResource().getURI().toFileString());
			suggestedScope = element.eResource().getURIFragment(element);
		}
	}

	@Override
	public void addPages() {
		page = new NewDiagramPage(suggested, suggestedScope);
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		Path file = page.modelFile();
		try {
			DiagramSession session = DiagramSession.open(file);
			try {
				EObject root = session.getSemantic().getRoot().eResource().getEObject(page.getScope().fragment());
				if (root == null) {
					page.setErrorMessage(page.getScope().name() + " is no longer in the model; choose again.");
					return false;
				}
				Diagram diagram = NewDiagrams.create(page.getType(), root, page.getDiagramName());
				session.getDiagramSet().getDiagrams().add(diagram);
				DiagramsMenu.open(file, diagram.getId(), diagram.getName());
			} finally {
				session.release();
			}
			return true;
		} catch (IOException e) {
			page.setErrorMessage(e.getMessage());
			return false;
		}
	}
}
