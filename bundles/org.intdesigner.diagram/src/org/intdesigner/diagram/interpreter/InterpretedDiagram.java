package org.intdesigner.diagram.interpreter;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The result of interpreting a diagram description over a model: top-level nodes, edges, problems. */
public final class InterpretedDiagram {

	private final List<DiagramNode> nodes = new ArrayList<>();
	private final List<DiagramEdge> edges = new ArrayList<>();
	/** One problem per mapping: a mapping that fails on many elements is reported once. */
	private final Map<String, String> problems = new LinkedHashMap<>();
	/** Compared with a baseline: edges the baseline did not have, and the baseline's edges now gone (ghosts). */
	private final Set<DiagramEdge> addedEdges = Collections.newSetFromMap(new IdentityHashMap<>());
	private final Set<DiagramEdge> ghostEdges = Collections.newSetFromMap(new IdentityHashMap<>());

	public List<DiagramNode> getNodes() {
		return nodes;
	}

	public List<DiagramEdge> getEdges() {
		return edges;
	}

	public Map<String, String> getProblems() {
		return problems;
	}

	public Set<DiagramEdge> getAddedEdges() {
		return addedEdges;
	}

	public Set<DiagramEdge> getGhostEdges() {
		return ghostEdges;
	}

	/** Every node, depth first. */
	public List<DiagramNode> allNodes() {
		List<DiagramNode> all = new ArrayList<>();
		for (DiagramNode node : nodes) {
			collect(node, all);
		}
		return all;
	}

	private static void collect(DiagramNode node, List<DiagramNode> all) {
		all.add(node);
		node.getChildren().forEach(child -> collect(child, all));
	}
}
