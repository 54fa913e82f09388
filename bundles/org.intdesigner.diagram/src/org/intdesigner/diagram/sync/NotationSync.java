package org.intdesigner.diagram.sync;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.EList;
import org.intdesigner.diagram.interpreter.DiagramEdge;
import org.intdesigner.diagram.interpreter.DiagramNode;
import org.intdesigner.diagram.interpreter.InterpretedDiagram;
import org.intdesigner.diagram.notation.Diagram;
import org.intdesigner.diagram.notation.EdgeView;
import org.intdesigner.diagram.notation.NodeView;
import org.intdesigner.diagram.notation.NotationFactory;

/**
 * Brings a diagram's notation in line with what the specification makes of the model now: views
 * whose element is still shown keep their place, new elements get new views (the report lists
 * them, to be placed), views of elements gone are dropped. Dropped views are remembered for as long
 * as the diagram is open, so an element that comes back (an undone delete, a layer switched on
 * again) returns where the user had put it.
 */
public final class NotationSync {

	private record Grave(NodeView parent, ViewKey key) {
	}

	private final Map<Grave, NodeView> droppedNodes = new HashMap<>();
	private final Map<EdgeKey, EdgeView> droppedEdges = new HashMap<>();

	private final Map<DiagramNode, NodeView> viewOfNode = new IdentityHashMap<>();
	private final Map<NodeView, DiagramNode> nodeOfView = new IdentityHashMap<>();
	private final Map<EdgeView, DiagramEdge> edgeOfView = new IdentityHashMap<>();
	private List<NodeView> added;
	private int removedNodes;

	/** Synchronises {@code notation} with {@code interpreted}; afterwards the lookups describe the new state. */
	public SyncReport sync(Diagram notation, InterpretedDiagram interpreted) {
		viewOfNode.clear();
		nodeOfView.clear();
		edgeOfView.clear();
		added = new ArrayList<>();
		removedNodes = 0;
		syncNodes(interpreted.getNodes(), notation.getNodes(), null);
		int[] edgeChanges = syncEdges(interpreted.getEdges(), notation.getEdges());
		return new SyncReport(List.copyOf(added), edgeChanges[0], removedNodes, edgeChanges[1]);
	}

	private void syncNodes(List<DiagramNode> nodes, EList<NodeView> views, NodeView parent) {
		Map<ViewKey, NodeView> existing = new LinkedHashMap<>();
		List<NodeView> duplicates = new ArrayList<>();
		for (NodeView view : views) {
			if (existing.putIfAbsent(new ViewKey(view.getMapping(), view.getElement()), view) != null) {
				duplicates.add(view);
			}
		}
		List<NodeView> fresh = new ArrayList<>();
		for (DiagramNode node : nodes) {
			ViewKey key = ViewKey.of(node.getMapping().getName(), node.getElement());
			NodeView view = existing.remove(key);
			if (view == null) {
				view = droppedNodes.remove(new Grave(parent, key));
				if (view == null) {
					view = NotationFactory.eINSTANCE.createNodeView();
					view.setMapping(key.mapping());
					view.setElement(key.element());
					added.add(view);
				}
				fresh.add(view);
			}
			viewOfNode.put(node, view);
			nodeOfView.put(view, node);
			syncNodes(node.getChildren(), view.getChildren(), view);
		}
		if (!existing.isEmpty() || !duplicates.isEmpty()) {
			for (NodeView gone : existing.values()) {
				droppedNodes.put(new Grave(parent, new ViewKey(gone.getMapping(), gone.getElement())), gone);
			}
			removedNodes += existing.size() + duplicates.size();
			List<NodeView> removed = new ArrayList<>(existing.values());
			removed.addAll(duplicates);
			views.removeAll(removed);
		}
		views.addAll(fresh);
	}

	/** Returns {added, removed}. */
	private int[] syncEdges(List<DiagramEdge> edges, EList<EdgeView> views) {
		Map<EdgeKey, EdgeView> existing = new LinkedHashMap<>();
		List<EdgeView> broken = new ArrayList<>();
		for (EdgeView view : views) {
			if (view.getSource() == null || view.getTarget() == null
					|| existing.putIfAbsent(new EdgeKey(view.getMapping(), nonNull(view.getElement()), view.getSource(),
							view.getTarget()), view) != null) {
				broken.add(view);
			}
		}
		List<EdgeView> fresh = new ArrayList<>();
		for (DiagramEdge edge : edges) {
			NodeView source = viewOfNode.get(edge.source());
			NodeView target = viewOfNode.get(edge.target());
			EdgeKey key = new EdgeKey(edge.mapping().getName(), ViewKey.fragment(edge.element()), source, target);
			EdgeView view = existing.remove(key);
			if (view == null) {
				view = droppedEdges.remove(key);
				if (view == null) {
					view = NotationFactory.eINSTANCE.createEdgeView();
					view.setMapping(key.mapping());
					view.setElement(key.element());
					view.setSource(source);
					view.setTarget(target);
				}
				fresh.add(view);
			}
			edgeOfView.put(view, edge);
		}
		int removed = existing.size() + broken.size();
		if (removed > 0) {
			existing.forEach(droppedEdges::put);
			List<EdgeView> gone = new ArrayList<>(existing.values());
			gone.addAll(broken);
			views.removeAll(gone);
		}
		views.addAll(fresh);
		return new int[] { fresh.size(), removed };
	}

	private static String nonNull(String text) {
		return text == null ? "" : text;
	}

	public NodeView viewOf(DiagramNode node) {
		return viewOfNode.get(node);
	}

	public DiagramNode nodeOf(NodeView view) {
		return nodeOfView.get(view);
	}

	public DiagramEdge edgeOf(EdgeView view) {
		return edgeOfView.get(view);
	}
}
