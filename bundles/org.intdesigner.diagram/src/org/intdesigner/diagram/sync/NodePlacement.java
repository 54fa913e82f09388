package org.intdesigner.diagram.sync;

import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.common.util.EList;
import org.intdesigner.diagram.notation.NodeView;

/**
 * Finds a place for views made for new elements without moving anything the user placed: a new
 * node goes after its last sibling in the same row if it fits its container, else on a new row
 * below; containers grow to hold what is put in them. Used when the model changes under an open
 * diagram; a first open is laid out in full instead.
 */
public final class NodePlacement {

	public static final int PADDING = 12;
	public static final int GAP = 20;

	/** Preferred width and height of a view (from its style and measured label). */
	private final Function<NodeView, int[]> preferredSize;
	/** Height of a container's label header, where no child may go. */
	private final int header;

	public NodePlacement(Function<NodeView, int[]> preferredSize, int header) {
		this.preferredSize = preferredSize;
		this.header = header;
	}

	/** Places {@code added} (parents before children, as {@link SyncReport} lists them). */
	public void place(List<NodeView> added) {
		for (NodeView view : added) {
			int[] size = preferredSize.apply(view);
			view.setWidth(Math.max(view.getWidth(), size[0]));
			view.setHeight(Math.max(view.getHeight(), size[1]));
			NodeView parent = view.eContainer() instanceof NodeView p ? p : null;
			@SuppressWarnings("unchecked")
			EList<NodeView> siblings = parent != null ? parent.getChildren() : (EList<NodeView>) view.eContainer().eGet(view.eContainingFeature());
			position(view, parent, siblings);
			for (NodeView p = parent; p != null; p = p.eContainer() instanceof NodeView up ? up : null) {
				grow(p);
			}
		}
	}

	private void position(NodeView view, NodeView parent, List<NodeView> siblings) {
		int top = parent == null ? GAP : header;
		int left = parent == null ? GAP : PADDING;
		NodeView last = null;
		int bottom = top;
		for (NodeView sibling : siblings) {
			if (sibling != view && (sibling.getWidth() > 0 || sibling.getHeight() > 0)) {
				bottom = Math.max(bottom, sibling.getY() + sibling.getHeight() + GAP);
				if (last == null || sibling.getY() > last.getY()
						|| sibling.getY() == last.getY() && sibling.getX() > last.getX()) {
					last = sibling;
				}
			}
		}
		int rowWidth = parent == null ? 1600 : Math.max(parent.getWidth() - PADDING, 0);
		if (last != null && last.getX() + last.getWidth() + GAP + view.getWidth() <= rowWidth) {
			view.setX(last.getX() + last.getWidth() + GAP);
			view.setY(last.getY());
		} else {
			view.setX(left);
			view.setY(last == null ? top : bottom);
		}
	}

	/** Makes a container big enough for its children. */
	public static void grow(NodeView container) {
		int width = container.getWidth();
		int height = container.getHeight();
		for (NodeView child : container.getChildren()) {
			width = Math.max(width, child.getX() + child.getWidth() + PADDING);
			height = Math.max(height, child.getY() + child.getHeight() + PADDING);
		}
		container.setWidth(width);
		container.setHeight(height);
	}
}
