package org.intdesigner.diagram.ui.editor;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Text;
import org.intdesigner.diagram.notation.NodeView;
import org.intdesigner.diagram.render.Box;

/**
 * Editing a label in place: a text box over the node with the element's name (not the computed
 * label, which may add things like "(vacant)"); Enter or leaving the box commits through the
 * specification's direct-edit tool, Escape cancels.
 */
final class DirectEdit {

	private final DiagramEditing editor;
	private final DiagramCanvas canvas;
	private Text text;

	DirectEdit(DiagramEditing editor, DiagramCanvas canvas) {
		this.editor = editor;
		this.canvas = canvas;
	}

	boolean isActive() {
		return text != null && !text.isDisposed();
	}

	Text getText() {
		return text;
	}

	void start(NodeView node) {
		cancel();
		if (!canvas.getGeometry().isShown(node) || editor.getDiagram().isGhost(node)) {
			return; // a ghost is a removed element as the baseline had it: there is nothing to rename
		}
		canvas.reveal(canvas.getGeometry().box(node));
		Box box = canvas.getGeometry().box(node);
		Point topLeft = canvas.toScreen(box.x(), box.y());
		Point bottomRight = canvas.toScreen(box.right(), box.bottom());
		text = new Text(canvas, SWT.BORDER | SWT.SINGLE);
		text.setText(initialText(node));
		int height = text.computeSize(SWT.DEFAULT, SWT.DEFAULT).y;
		int width = Math.max(bottomRight.x - topLeft.x, 120);
		text.setBounds(topLeft.x, topLeft.y + Math.max(0, (bottomRight.y - topLeft.y - height) / 2), width, height);
		text.selectAll();
		text.setFocus();
		text.addListener(SWT.DefaultSelection, e -> commit(node));
		text.addListener(SWT.FocusOut, e -> commit(node));
		text.addListener(SWT.Traverse, e -> {
			if (e.detail == SWT.TRAVERSE_ESCAPE) {
				e.doit = false;
				cancel();
				canvas.setFocus();
			}
		});
	}

	private String initialText(NodeView node) {
		EObject element = editor.getDiagram().elementOf(node);
		EStructuralFeature name = element == null ? null : element.eClass().getEStructuralFeature("name");
		if (name != null && name.getEType().getInstanceClass() == String.class) {
			Object value = element.eGet(name);
			return value == null ? "" : value.toString();
		}
		return editor.getDiagram().nodeOf(node).getLabel();
	}

	private void commit(NodeView node) {
		if (!isActive()) {
			return;
		}
		Text box = text;
		text = null;
		String value = box.getText();
		box.dispose();
		editor.rename(node, value);
		canvas.setFocus();
	}

	void cancel() {
		Text box = text;
		text = null;
		if (box != null && !box.isDisposed()) {
			box.dispose();
		}
	}
}
