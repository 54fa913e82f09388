package org.intdesigner.ui.editor;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.DragAndDropCommand;
import org.eclipse.emf.edit.command.DragAndDropFeedback;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.TreeItem;

/**
 * Drag and drop inside a model tree: move (or, holding Ctrl, copy) objects onto or between
 * others. EMF's DragAndDropCommand decides what a drop means (add as child, insert before or
 * after) and the drop runs as one undoable command.
 */
final class TreeDragDrop {

	private final EditingDomain domain;
	private final TreeViewer viewer;

	private TreeDragDrop(EditingDomain domain, TreeViewer viewer) {
		this.domain = domain;
		this.viewer = viewer;
	}

	static void install(EditingDomain domain, TreeViewer viewer) {
		TreeDragDrop dnd = new TreeDragDrop(domain, viewer);
		Transfer[] transfers = { LocalSelectionTransfer.getTransfer() };
		int operations = DND.DROP_MOVE | DND.DROP_COPY | DND.DROP_LINK;
		viewer.addDragSupport(operations, transfers, dnd.new Source());
		viewer.addDropSupport(operations, transfers, dnd.new Target());
	}

	private final class Source extends DragSourceAdapter {
		@Override
		public void dragStart(DragSourceEvent event) {
			IStructuredSelection selection = viewer.getStructuredSelection();
			event.doit = !selection.isEmpty();
			LocalSelectionTransfer.getTransfer().setSelection(selection);
		}

		@Override
		public void dragFinished(DragSourceEvent event) {
			LocalSelectionTransfer.getTransfer().setSelection(null);
		}
	}

	private final class Target extends DropTargetAdapter {
		@Override
		public void dragOver(DropTargetEvent event) {
			Command command = command(event);
			if (command != null && command.canExecute()) {
				int feedback = ((DragAndDropFeedback) command).getFeedback();
				event.feedback = DND.FEEDBACK_SCROLL | DND.FEEDBACK_EXPAND | feedback;
				event.detail = ((DragAndDropFeedback) command).getOperation();
			} else {
				event.detail = DND.DROP_NONE;
				event.feedback = DND.FEEDBACK_SCROLL;
			}
			if (command != null) {
				command.dispose();
			}
		}

		@Override
		public void dragOperationChanged(DropTargetEvent event) {
			dragOver(event);
		}

		@Override
		public void drop(DropTargetEvent event) {
			Command command = command(event);
			if (command != null && command.canExecute()) {
				domain.getCommandStack().execute(command);
			} else {
				event.detail = DND.DROP_NONE;
			}
		}

		private Command command(DropTargetEvent event) {
			if (!(event.item instanceof TreeItem item) || !(LocalSelectionTransfer.getTransfer()
					.getSelection() instanceof IStructuredSelection selection) || selection.isEmpty()) {
				return null;
			}
			Collection<?> dragged = List.copyOf(selection.toList());
			int operation = event.detail == DND.DROP_DEFAULT ? DND.DROP_MOVE : event.detail;
			if ((event.operations & operation) == 0) {
				operation = (event.operations & DND.DROP_MOVE) != 0 ? DND.DROP_MOVE : DND.DROP_COPY;
			}
			return DragAndDropCommand.create(domain, item.getData(), location(event, item), event.operations,
					operation, dragged);
		}

		/** Where over the item the pointer is: 0 at its top edge, 1 at its bottom edge. */
		private float location(DropTargetEvent event, TreeItem item) {
			Point point = viewer.getTree().toControl(event.x, event.y);
			Rectangle bounds = item.getBounds();
			return bounds.height == 0 ? 0.5f : (float) (point.y - bounds.y) / bounds.height;
		}
	}

}
