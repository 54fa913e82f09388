package org.intdesigner.ui.actions;

import java.util.List;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.actions.ActionFactory;

/**
 * The Edit menu of one model view: undo, redo, cut, copy, paste, delete and select all, bound to
 * the workbench's global actions so Ctrl+Z, Ctrl+X, Delete and friends work wherever the view
 * has focus.
 */
public final class EditActions {

	private final UndoRedoAction undo = UndoRedoAction.undo();
	private final UndoRedoAction redo = UndoRedoAction.redo();
	private final CutAction cut = new CutAction();
	private final CopyAction copy = new CopyAction();
	private final PasteAction paste = new PasteAction();
	private final DeleteAction delete = new DeleteAction();
	private final Action selectAll = new Action("Select &All") {
		@Override
		public void run() {
			if (viewer != null) {
				viewer.getTree().selectAll();
				// SWT does not report a programmatic selection: setting it again tells the listeners
				viewer.setSelection(viewer.getSelection());
			}
		}
	};
	private TreeViewer viewer;
	private IAction rename;

	public EditActions() {
		selectAll.setId(ActionFactory.SELECT_ALL.getId());
		selectAll.setActionDefinitionId(ActionFactory.SELECT_ALL.getCommandId());
	}

	/** The view's Rename (F2); may be null. */
	public void setRename(IAction renameAction) {
		rename = renameAction;
	}

	public void setContext(EditingDomain domain, TreeViewer treeViewer) {
		viewer = treeViewer;
		undo.setDomain(domain);
		redo.setDomain(domain);
		for (DomainAction action : domainActions()) {
			action.setContext(domain, treeViewer);
		}
	}

	private List<DomainAction> domainActions() {
		return List.of(cut, copy, paste, delete);
	}

	public void contributeTo(IActionBars bars) {
		bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
		bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
		bars.setGlobalActionHandler(ActionFactory.CUT.getId(), cut);
		bars.setGlobalActionHandler(ActionFactory.COPY.getId(), copy);
		bars.setGlobalActionHandler(ActionFactory.PASTE.getId(), paste);
		bars.setGlobalActionHandler(ActionFactory.DELETE.getId(), delete);
		bars.setGlobalActionHandler(ActionFactory.SELECT_ALL.getId(), selectAll);
		bars.setGlobalActionHandler(ActionFactory.RENAME.getId(), rename);
		bars.updateActionBars();
	}

	public void fillContextMenu(IMenuManager menu) {
		menu.add(new Separator("edit"));
		for (IAction action : List.of(undo, redo)) {
			menu.add(action);
		}
		menu.add(new Separator());
		for (IAction action : List.of(cut, copy, paste, delete)) {
			menu.add(action);
		}
		menu.add(new Separator());
		menu.add(selectAll);
	}

	public void dispose() {
		setContext(null, null);
	}
}
