package org.intdesigner.diagram.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.actions.ActionFactory;
import org.intdesigner.diagram.ui.export.DiagramPrinting;

/**
 * The workbench's global actions as a diagram does them: Undo and Redo on the shared command stack
 * (named after the command they undo), Delete the selected elements from the model, Select All
 * the shown nodes, Print the diagram.
 */
final class DiagramActions {

	private final DiagramEditorFrame editor;
	private final CommandStack stack;
	private final Action undo;
	private final Action redo;
	private final Action delete;
	private final Action selectAll;
	private final Action print;
	private final CommandStackListener listener = e -> update();

	DiagramActions(DiagramEditorFrame editor) {
		this.editor = editor;
		this.stack = editor.commandStack();
		undo = action("Undo", stack::undo);
		redo = action("Redo", stack::redo);
		delete = action("Delete from Model", editor::deleteSelection);
		selectAll = action("Select All", () -> editor.getCanvas()
				.select(new ArrayList<Object>(editor.getCanvas().getGeometry().paintOrder())));
		print = action("Print...", () -> DiagramPrinting.print(editor.shell(), editor.getCanvas().getDiagram(),
				editor.getPartName()));
		stack.addCommandStackListener(listener);
		editor.getCanvas().addSelectionListener(this::update);
		update();
	}

	private static Action action(String text, Runnable run) {
		Action action = new Action(text) {
			@Override
			public void run() {
				run.run();
			}
		};
		return action;
	}

	void update() {
		Command next = stack.getUndoCommand();
		undo.setEnabled(stack.canUndo());
		undo.setText(next == null || next.getLabel() == null ? "Undo" : "Undo " + next.getLabel());
		Command again = stack.getRedoCommand();
		redo.setEnabled(stack.canRedo());
		redo.setText(again == null || again.getLabel() == null ? "Redo" : "Redo " + again.getLabel());
		boolean anyElement = editor.getCanvas().getSelection().stream()
				.anyMatch(v -> editor.getDiagram().elementOf(v) != null);
		delete.setEnabled(anyElement);
	}

	void contributeTo(IActionBars bars) {
		bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
		bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
		bars.setGlobalActionHandler(ActionFactory.DELETE.getId(), delete);
		bars.setGlobalActionHandler(ActionFactory.SELECT_ALL.getId(), selectAll);
		bars.setGlobalActionHandler(ActionFactory.PRINT.getId(), print);
		bars.updateActionBars();
	}

	List<IAction> all() {
		return List.of(undo, redo, delete, selectAll, print);
	}

	IAction delete() {
		return delete;
	}

	IAction selectAll() {
		return selectAll;
	}

	void dispose() {
		stack.removeCommandStackListener(listener);
	}
}
