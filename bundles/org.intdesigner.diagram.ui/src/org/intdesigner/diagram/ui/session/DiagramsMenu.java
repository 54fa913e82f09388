package org.intdesigner.diagram.ui.session;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.CompoundContributionItem;
import org.intdesigner.diagram.notation.Diagram;
import org.intdesigner.diagram.spec.DiagramDescription;
import org.intdesigner.diagram.store.NewDiagrams;
import org.intdesigner.diagram.ui.editor.DiagramDescriptions;
import org.intdesigner.diagram.ui.editor.DiagramEditor;

/**
 * The "Diagrams" submenu of a model object: a new diagram of each installed type whose root fits
 * the object, then the diagrams already drawn on it (open or delete). A new diagram is part of the
 * model's diagrams file from then on and saved with it.
 */
public class DiagramsMenu extends CompoundContributionItem {

	@Override
	protected IContributionItem[] getContributionItems() {
		EObject element = selectedElement();
		Path file = element == null ? null : fileOf(element);
		if (file == null || !SemanticModels.canOpen(file)) {
			return new IContributionItem[0];
		}
		List<IContributionItem> items = new ArrayList<>();
		for (DiagramDescription description : DiagramDescriptions.applicableTo(element)) {
			items.add(item("New " + DiagramDescriptions.label(description) + "...", () -> create(element, file, description)));
		}
		List<Diagram> existing = existingDiagrams(element, file);
		if (!existing.isEmpty()) {
			items.add(new Separator());
			for (Diagram diagram : existing) {
				items.add(item("Open '" + diagram.getName() + "'", () -> open(file, diagram.getId(), diagram.getName())));
			}
			for (Diagram diagram : existing) {
				items.add(item("Delete '" + diagram.getName() + "'...", () -> delete(file, diagram.getId(), diagram.getName())));
			}
		}
		if (items.isEmpty()) {
			Action none = new Action("(no diagram type fits this object)") {
			};
			none.setEnabled(false);
			items.add(new ActionContributionItem(none));
		}
		return items.toArray(IContributionItem[]::new);
	}

	private static IContributionItem item(String text, Runnable run) {
		return new ActionContributionItem(new Action(text) {
			@Override
			public void run() {
				run.run();
			}
		});
	}

	private static EObject selectedElement() {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		ISelection selection = window == null ? null : window.getSelectionService().getSelection();
		return selection instanceof IStructuredSelection structured && structured.size() == 1
				&& structured.getFirstElement() instanceof EObject element ? element : null;
	}

	static Path fileOf(EObject element) {
		URI uri = element.eResource() == null ? null : element.eResource().getURI();
		return uri != null && uri.isFile() ? Paths.get(uri.toFileString()) : null;
	}

	private static List<Diagram> existingDiagrams(EObject element, Path file) {
		try {
			DiagramSession session = DiagramSession.open(file);
			try {
				String fragment = element.eResource().getURIFragment(element);
				return session.getDiagramSet().getDiagrams().stream().filter(d -> fragment.equals(d.getElement())).toList();
			} finally {
				session.release();
			}
		} catch (IOException e) {
			return List.of();
		}
	}

	private static void create(EObject element, Path file, DiagramDescription description) {
		var shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		String suggested = DiagramDescriptions.label(description) + " of " + name(element);
		InputDialog dialog = new InputDialog(shell, "New Diagram", "Name of the new diagram:", suggested,
				text -> text.isBlank() ? "A diagram needs a name." : null);
		if (dialog.open() != Window.OK) {
			return;
		}
		try {
			DiagramSession session = DiagramSession.open(file);
			try {
				Diagram diagram = NewDiagrams.create(description, element, dialog.getValue().trim());
				session.getDiagramSet().getDiagrams().add(diagram);
				open(file, diagram.getId(), diagram.getName());
			} finally {
				session.release();
			}
		} catch (IOException e) {
			MessageDialog.openError(shell, "New Diagram", e.getMessage());
		}
	}

	private static String name(EObject element) {
		Object name = element.eClass().getEStructuralFeature("name") == null ? null
				: element.eGet(element.eClass().getEStructuralFeature("name"));
		return name == null || name.toString().isBlank() ? element.eClass().getName() : name.toString();
	}

	public static void open(Path file, String diagramId, String name) {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		try {
			page.openEditor(new DiagramEditorInput(file, diagramId, name), DiagramEditor.ID);
		} catch (PartInitException e) {
			MessageDialog.openError(page.getWorkbenchWindow().getShell(), "Open Diagram", e.getMessage());
		}
	}

	private static void delete(Path file, String diagramId, String name) {
		var shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		if (!MessageDialog.openQuestion(shell, "Delete Diagram", "Delete the diagram '" + name
				+ "'? The model is not changed; only the drawing goes.")) {
			return;
		}
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		var open = page.findEditor(new DiagramEditorInput(file, diagramId, name));
		if (open != null) {
			page.closeEditor(open, false);
		}
		try {
			DiagramSession session = DiagramSession.open(file);
			try {
				Diagram diagram = session.find(diagramId);
				if (diagram != null) {
					session.getDiagramSet().getDiagrams().remove(diagram);
					org.intdesigner.diagram.store.NotationFiles.save(session.getNotationResource(), session.getNotationFile());
				}
			} finally {
				session.release();
			}
		} catch (IOException e) {
			MessageDialog.openError(shell, "Delete Diagram", e.getMessage());
		}
	}
}
