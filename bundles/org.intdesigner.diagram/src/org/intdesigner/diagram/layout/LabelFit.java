package org.intdesigner.diagram.layout;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.intdesigner.diagram.notation.Diagram;
import org.intdesigner.diagram.notation.NodeView;

/**
 * Keeps a node's box big enough for its label when the label changes under an open diagram (a
 * team renamed in the tree, in the Properties view or in place): a container grows wide enough for
 * its whole title, a plain node tall enough for its wrapped lines (wider only for a word that does
 * not fit), as Arrange All would size them; what contains it grows with it. Nothing else moves;
 * nodes whose label did not change are left as the user sized them. Remembers the labels it has seen,
 * so the first call only takes note of them.
 */
public final class LabelFit {

	private final Map<NodeView, String> seen = new IdentityHashMap<>();

	/** Grows the nodes of {@code diagram} whose label changed since the last call and no longer fits; returns them. */
	public List<NodeView> fitChanged(Diagram diagram, TextMeasurer measurer, LayoutHints hints) {
		NodeSizer sizer = new NodeSizer(measurer, hints);
		List<NodeView> grown = new ArrayList<>();
		boolean first = seen.isEmpty();
		for (Iterator<EObject> it = diagram.eAllContents(); it.hasNext();) {
			if (it.next() instanceof NodeView node) {
				String label = hints.label(node);
				String before = seen.put(node, label);
				if (!first && before != null && !before.equals(label) && grow(node, sizer)) {
					grown.add(node);
				}
			}
		}
		seen.keySet().removeIf(node -> node.eResource() == null);
		return grown;
	}

	/** Makes {@code node} as big as its label needs, and its containers big enough for it; false if it was already. */
	private static boolean grow(NodeView node, NodeSizer sizer) {
		int[] needed = sizer.showsChildren(node) ? frame(sizer.containerFrame(node)) : sizer.plainSizeAt(node, node.getWidth());
		int width = Math.max(node.getWidth(), needed[0]);
		int height = Math.max(node.getHeight(), needed[1]);
		if (width == node.getWidth() && height == node.getHeight()) {
			return false;
		}
		node.setWidth(width);
		node.setHeight(height);
		for (NodeView child = node, parent = NotationTree.parent(node); parent != null; child = parent, parent = NotationTree.parent(parent)) {
			parent.setWidth(Math.max(parent.getWidth(), child.getX() + child.getWidth() + NodeSizer.CONTAINER_INSET));
			parent.setHeight(Math.max(parent.getHeight(), child.getY() + child.getHeight() + NodeSizer.CONTAINER_INSET));
		}
		return true;
	}

	private static int[] frame(NodeSizer.ContainerFrame frame) {
		return new int[] { frame.minWidth(), frame.minHeight() };
	}
}
