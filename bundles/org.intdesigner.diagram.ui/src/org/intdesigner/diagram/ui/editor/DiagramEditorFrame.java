package org.intdesigner.diagram.ui.editor;

import java.nio.file.Path;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.swt.widgets.Shell;

/**
 * What the editor's surroundings (toolbar, global actions, context menu) need beyond the canvas's
 * gestures: the shell for dialogs, the part's name and model file (export names and folders), the
 * info bar, the command stack (undo and redo), the layer and filter switches, and each other.
 */
interface DiagramEditorFrame extends DiagramEditing {

	/** The shell dialogs open on. */
	Shell shell();

	/** The diagram's name as its tab shows it. */
	String getPartName();

	/** The model file the diagram belongs to (exports are offered beside it). */
	Path modelFile();

	InfoBar getInfoBar();

	CommandStack commandStack();

	/** Switches an optional layer ({@code layer}) or a filter on or off, undoably. */
	void toggle(String name, boolean layer);

	/** Switches the marks of a scenario's changes against its baseline off or on, undoably. */
	void toggleChanges();

	/** Deletes the elements of the selected views from the model, as one command. */
	void deleteSelection();

	/** Lets other plug-ins contribute to the canvas's context menu, with the editor's selection. */
	void registerContextMenu(MenuManager menu);

	DiagramActions getActions();

	DiagramToolBar getToolBar();
}
