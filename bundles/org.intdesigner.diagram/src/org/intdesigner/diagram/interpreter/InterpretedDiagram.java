package org.intdesigner.diagram.interpreter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The result of interpreting a diagram description over a model: top-level nodes, edges, problems. */
public final class InterpretedDiagram {

	private final List<DiagramNode> nodes = new ArrayList<>();
	private final List<DiagramEdge> edges = new ArrayList<>();
	/** One problem per mapping: a mapping that fails on many elements is reported once. */
	private final Map<String, String> problems = new LinkedHashMap<>();

	public List<DiagramNode> getNodes() {
		return nodes;
	}

	public List<DiagramEdge> getEdges() {
		return edges;
	}

	public Map<String, String> getProblems() {
		return problems;
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
