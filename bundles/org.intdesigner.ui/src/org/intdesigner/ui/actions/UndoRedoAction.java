package org.intdesigner.ui.actions;

import java.util.EventObject;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.ui.actions.ActionFactory;

/** Undo or Redo on a model's command stack, labelled with what it will undo or redo. */
public final class UndoRedoAction extends Action implements CommandStackListener {

	private final boolean undo;
	private EditingDomain domain;

	private UndoRedoAction(boolean undo) {
		ActionFactory standard = undo ? ActionFactory.UNDO : ActionFactory.REDO;
		this.undo = undo;
		setId(standard.getId());
		setActionDefinitionId(standard.getCommandId());
		update();
	}

	public static UndoRedoAction undo() {
		return new UndoRedoAction(true);
	}

	public static UndoRedoAction redo() {
		return new UndoRedoAction(false);
	}

	public void setDomain(EditingDomain newDomain) {
		if (domain != null) {
			domain.getCommandStack().removeCommandStackListener(this);
		}
		domain = newDomain;
		if (domain != null) {
			domain.getCommandStack().addCommandStackListener(this);
		}
		update();
	}

	public void update() {
		CommandStack stack = domain == null ? null : domain.getCommandStack();
		boolean possible = stack != null && (undo ? stack.canUndo() : stack.canRedo());
		setEnabled(possible);
		Command next = !possible ? null : undo ? stack.getUndoCommand() : stack.getRedoCommand();
		String what = next == null || next.getLabel() == null ? "" : " " + next.getLabel();
		setText((undo ? "&Undo" : "&Redo") + what);
	}

	@Override
	public void run() {
		if (domain == null) {
			return;
		}
		if (undo && domain.getCommandStack().canUndo()) {
			domain.getCommandStack().undo();
		} else if (!undo && domain.getCommandStack().canRedo()) {
			domain.getCommandStack().redo();
		}
	}

	@Override
	public void commandStackChanged(EventObject event) {
		update();
	}
}
