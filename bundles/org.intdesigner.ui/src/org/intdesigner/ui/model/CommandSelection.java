package org.intdesigner.ui.model;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * What a command acts on: the selection of the context menu it was chosen from, else the workbench's. A view's
 * menu knows its own selection even when the workbench's still holds the editor's (a view that changed its
 * selection provider after it was activated), so a command from the menu never acts on another part's element.
 */
public final class CommandSelection {

	private CommandSelection() {
	}

	public static ISelection of(ExecutionEvent event) {
		ISelection menu = HandlerUtil.getActiveMenuSelection(event);
		return menu != null ? menu : HandlerUtil.getCurrentSelection(event);
	}

	/** The one element selected, or null when none or several are. */
	public static Object single(ExecutionEvent event) {
		return of(event) instanceof IStructuredSelection structured && structured.size() == 1 ? structured.getFirstElement() : null;
	}
}
