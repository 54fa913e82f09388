package org.intdesigner.diagram.interpreter;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.intdesigner.diagram.spec.ContainerMapping;
import org.intdesigner.diagram.spec.DiagramDescription;
import org.intdesigner.diagram.spec.Layer;

/**
 * Marks a diagram with what changed since its model's baseline, for any diagram type: the nodes whose
 * element was added, changed or moved carry the change; the same description drawn of the baseline
 * gives the removed elements, added as ghosts inside the node their baseline container is drawn as
 * here (else at the top level), and the baseline's edges that are gone, as ghost edges when both their
 * ends are on the diagram. Edges the baseline did not draw are marked added.
 */
public final class BaselineOverlay {

	private final DiagramInterpreter interpreter;
	/** The baseline drawn last time, and what it was drawn of: the same version drawn the same way is not drawn again. */
	private Object drawnVersion;
	private EObject drawnRoot;
	private List<Layer> drawnLayers;
	private InterpretedDiagram drawn;

	public BaselineOverlay(DiagramInterpreter interpreter) {
		this.interpreter = interpreter;
	}

	/** Marks {@code now} (the description drawn of {@code root} with {@code layers}) against {@code baseline}. */
	public void apply(InterpretedDiagram now, DiagramDescription description, EObject root, List<Layer> layers,
			Baseline baseline) {
		Map<String, List<DiagramNode>> nodesByKey = new HashMap<>();
		for (DiagramNode node : now.allNodes()) {
			String key = ElementKeys.of(node.getElement());
			nodesByKey.computeIfAbsent(key, k -> new ArrayList<>()).add(node);
			ElementChange change = baseline.changeOf(key);
			if (change != null && !change.is(ElementChange.Kind.REMOVED)) {
				node.setChange(change);
			}
		}
		EObject baselineRoot = baseline.element(ElementKeys.of(root));
		if (baselineRoot == null) {
			return; // what the diagram is drawn of is new: nothing of the baseline was drawn here
		}
		InterpretedDiagram before = drawnOf(description, baselineRoot, layers, baseline.version());
		// the node each baseline node stands as now: its ghost, or the node of the same element and mapping
		Map<DiagramNode, DiagramNode> nowOf = new IdentityHashMap<>();
		for (DiagramNode old : before.getNodes()) {
			ghosts(now, old, null, nodesByKey, baseline, nowOf);
		}
		edges(now, before, nowOf);
	}

	/**
	 * The description drawn of the baseline; kept while its version, root and layers stay the same (a
	 * scenario's diagram refreshes at each edit, its baseline's drawing does not change with them). The
	 * overlay never changes what it keeps: ghosts and ghost edges are new nodes and edges of the model's diagram.
	 */
	private InterpretedDiagram drawnOf(DiagramDescription description, EObject baselineRoot, List<Layer> layers, Object version) {
		if (drawn == null || version != drawnVersion || baselineRoot != drawnRoot || !layers.equals(drawnLayers)) {
			drawn = interpreter.interpret(description, baselineRoot, layers);
			drawnVersion = version;
			drawnRoot = baselineRoot;
			drawnLayers = List.copyOf(layers);
		}
		return drawn;
	}

	private void ghosts(InterpretedDiagram now, DiagramNode old, DiagramNode ghostParent,
			Map<String, List<DiagramNode>> nodesByKey, Baseline baseline, Map<DiagramNode, DiagramNode> nowOf) {
		String key = ElementKeys.of(old.getElement());
		DiagramNode ghost = null;
		if (baseline.isRemoved(key)) {
			DiagramNode parent = ghostParent != null ? ghostParent
					: old.getParent() == null ? null : counterpart(old.getParent(), nodesByKey);
			ghost = DiagramNode.ghostOf(old, parent, baseline.changeOf(key));
			(parent == null ? now.getNodes() : parent.getChildren()).add(ghost);
			nowOf.put(old, ghost);
		} else {
			DiagramNode same = counterpart(old, nodesByKey);
			if (same != null) {
				nowOf.put(old, same);
			}
		}
		for (DiagramNode child : old.getChildren()) {
			ghosts(now, child, ghost, nodesByKey, baseline, nowOf);
		}
	}

	/** The node of the diagram showing the element of {@code old}: by the same mapping if it can, else any container. */
	private static DiagramNode counterpart(DiagramNode old, Map<String, List<DiagramNode>> nodesByKey) {
		List<DiagramNode> candidates = nodesByKey.getOrDefault(ElementKeys.of(old.getElement()), List.of());
		DiagramNode container = null;
		for (DiagramNode candidate : candidates) {
			if (candidate.getMapping().getName().equals(old.getMapping().getName())) {
				return candidate;
			}
			if (container == null && candidate.getMapping() instanceof ContainerMapping) {
				container = candidate;
			}
		}
		return container;
	}

	private record EdgeIdentity(String mapping, String element, String source, String target) {

		static EdgeIdentity of(DiagramEdge edge) {
			return new EdgeIdentity(edge.mapping().getName(), ElementKeys.of(edge.element()),
					ElementKeys.of(edge.source().getElement()), ElementKeys.of(edge.target().getElement()));
		}
	}

	private static void edges(InterpretedDiagram now, InterpretedDiagram before, Map<DiagramNode, DiagramNode> nowOf) {
		Set<EdgeIdentity> had = new HashSet<>();
		before.getEdges().forEach(edge -> had.add(EdgeIdentity.of(edge)));
		Set<EdgeIdentity> has = new HashSet<>();
		for (DiagramEdge edge : now.getEdges()) {
			EdgeIdentity identity = EdgeIdentity.of(edge);
			has.add(identity);
			if (!had.contains(identity)) {
				now.getAddedEdges().add(edge);
			}
		}
		Set<EdgeIdentity> ghosted = new HashSet<>();
		for (DiagramEdge old : before.getEdges()) {
			EdgeIdentity identity = EdgeIdentity.of(old);
			DiagramNode source = nowOf.get(old.source());
			DiagramNode target = nowOf.get(old.target());
			if (has.contains(identity) || source == null || target == null || !ghosted.add(identity)) {
				continue;
			}
			DiagramEdge ghost = new DiagramEdge(old.mapping(), old.element(), source, target, old.label());
			now.getEdges().add(ghost);
			now.getGhostEdges().add(ghost);
		}
	}
}
