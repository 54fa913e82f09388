package org.intdesigner.planning.ui.scenarios;

import java.nio.file.Path;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.intdesigner.model.Identified;
import org.intdesigner.model.IntdModel;
import org.intdesigner.ui.editor.ModelEditor;
import org.intdesigner.ui.files.PathEditorInput;

/**
 * Shows an element of a compared model in the model editor: the editor already open on that file, else a new one,
 * with the element selected in its tree. An element is found by its id, which both versions of a design share.
 */
final class ElementReveal {

	private ElementReveal() {
	}

	/** Reveals element {@code id} of the model in {@code file}; returns the editor, or null when the id is not there. */
	static ModelEditor reveal(IWorkbenchPage page, Path file, String id) throws PartInitException {
		ModelEditor editor = editorOf(page, file);
		if (editor == null) {
			editor = (ModelEditor) page.openEditor(new PathEditorInput(file), ModelEditor.ID);
		}
		page.activate(editor);
		EObject element = find(editor.getModel().getModel(), id);
		if (element == null) {
			return null;
		}
		editor.getTree().getViewer().setSelection(new StructuredSelection(element), true);
		return editor;
	}

	/** The model editor open on {@code file}, or null. */
	static ModelEditor editorOf(IWorkbenchPage page, Path file) {
		Path normal = file.toAbsolutePath().normalize();
		for (IEditorReference reference : page.getEditorReferences()) {
			IEditorPart part = reference.getEditor(false);
			if (part instanceof ModelEditor editor && editor.getModel() != null
					&& editor.getModel().getFile().toAbsolutePath().normalize().equals(normal)) {
				return editor;
			}
		}
		return null;
	}

	static EObject find(IntdModel model, String id) {
		if (id == null) {
			return null;
		}
		if (id.equals(model.getId())) {
			return model;
		}
		for (var contents = model.eAllContents(); contents.hasNext();) {
			if (contents.next() instanceof Identified identified && id.equals(identified.getId())) {
				return identified;
			}
		}
		return null;
	}
}
