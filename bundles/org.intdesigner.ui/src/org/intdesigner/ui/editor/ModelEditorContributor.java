package org.intdesigner.ui.editor;

import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.part.EditorActionBarContributor;

/** Points the workbench's Edit menu and shortcuts at the active model editor's actions. */
public class ModelEditorContributor extends EditorActionBarContributor {

	@Override
	public void setActiveEditor(IEditorPart editor) {
		if (editor instanceof ModelEditor modelEditor) {
			modelEditor.getEditActions().contributeTo(getActionBars());
		}
	}
}
