package org.intdesigner.diagram.layout;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.intdesigner.diagram.notation.Diagram;
import org.intdesigner.diagram.notation.NodeView;

/**
 * Nodes with one parent that are laid out together in one ELK run, with everything they contain.
 * Arrange all is one group (the top-level nodes); a selection gives one group per parent.
 */
final class SiblingGroup {

	private final NodeView parent;
	private final List<NodeView> members;
	private final Set<NodeView> memberSet;

	private SiblingGroup(NodeView parent, List<NodeView> members) {
		this.parent = parent;
		this.members = List.copyOf(members);
		this.memberSet = new LinkedHashSet<>(members);
	}

	static SiblingGroup topLevel(Diagram diagram) {
		return new SiblingGroup(null, diagram.getNodes());
	}

	/**
	 * One group per parent of the selected nodes of {@code diagram}. A node inside another selected
	 * node is laid out as part of it, not on its own; members keep their order in their parent so
	 * the result does not depend on the order of the selection.
	 */
	static List<SiblingGroup> ofSelection(Diagram diagram, Collection<NodeView> selection) {
		Set<NodeView> selected = new LinkedHashSet<>(selection);
		Map<NodeView, List<NodeView>> byParent = new LinkedHashMap<>();
		for (NodeView node : selected) {
			if (EcoreUtil.isAncestor(diagram, node) && !hasSelectedAncestor(node, selected)) {
				byParent.computeIfAbsent(NotationTree.parent(node), p -> new ArrayList<>()).add(node);
			}
		}
		List<SiblingGroup> groups = new ArrayList<>();
		byParent.forEach((parent, nodes) -> {
			List<NodeView> siblings = parent == null ? diagram.getNodes() : parent.getChildren();
			nodes.sort(Comparator.comparingInt(siblings::indexOf));
			groups.add(new SiblingGroup(parent, nodes));
		});
		return groups;
	}

	private static boolean hasSelectedAncestor(NodeView node, Set<NodeView> selected) {
		for (NodeView n = NotationTree.parent(node); n != null; n = NotationTree.parent(n)) {
			if (selected.contains(n)) {
				return true;
			}
		}
		return false;
	}

	/** The node the members lie in, or null for top-level nodes. */
	NodeView parent() {
		return parent;
	}

	List<NodeView> members() {
		return members;
	}

	/** True if {@code node} is a member or lies inside one. */
	boolean covers(NodeView node) {
		for (NodeView n = node; n != null; n = NotationTree.parent(n)) {
			if (memberSet.contains(n)) {
				return true;
			}
		}
		return false;
	}
}
