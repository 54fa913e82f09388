package org.intdesigner.diagram.ui.editor;

import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.part.EditorActionBarContributor;

/** Hooks the active diagram editor's Undo, Redo, Delete, Select All and Print into the workbench menus and keys. */
public class DiagramEditorContributor extends EditorActionBarContributor {

	@Override
	public void setActiveEditor(IEditorPart part) {
		if (part instanceof DiagramEditor editor && editor.getActions() != null) {
			editor.getActions().contributeTo(getActionBars());
		}
	}
}
