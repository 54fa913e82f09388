package org.intdesigner.planning.ui.scenarios;

import java.util.List;

import org.eclipse.jface.viewers.IElementComparer;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.intdesigner.model.compare.ModelChange;
import org.intdesigner.planning.ui.scenarios.ChangeNodes.ElementNode;
import org.intdesigner.planning.ui.scenarios.ChangeNodes.TypeNode;

/**
 * The tree's content (types, their elements, an element's feature changes) and how its nodes are told apart across
 * comparisons: by type, element id and feature, not by the values that an edit changes, so that the rows open and
 * selected stay so while the scenario is edited.
 */
final class ChangeTreeContent implements ITreeContentProvider, IElementComparer {

	@Override
	public Object[] getElements(Object input) {
		return input instanceof List<?> list ? list.toArray() : new Object[0];
	}

	@Override
	public Object[] getChildren(Object parent) {
		if (parent instanceof TypeNode type) {
			return type.elements().toArray();
		}
		if (parent instanceof ElementNode element) {
			return element.whole() ? element.contained().toArray() : element.changes().toArray();
		}
		return new Object[0];
	}

	@Override
	public Object getParent(Object element) {
		return null;
	}

	@Override
	public boolean hasChildren(Object element) {
		return element instanceof TypeNode
				|| element instanceof ElementNode node && (!node.whole() || !node.contained().isEmpty());
	}

	@Override
	public boolean equals(Object a, Object b) {
		return key(a).equals(key(b));
	}

	@Override
	public int hashCode(Object element) {
		return key(element).hashCode();
	}

	private static Object key(Object node) {
		if (node instanceof TypeNode type) {
			return List.of("type", type.type());
		}
		if (node instanceof ElementNode element) {
			return List.of("element", element.type(), element.id());
		}
		if (node instanceof ModelChange change) {
			return List.of("change", change.type(), change.id(), change.change(), change.feature());
		}
		return node == null ? List.of() : node;
	}
}
