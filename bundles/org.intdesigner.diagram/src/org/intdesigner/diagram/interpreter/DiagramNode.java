package org.intdesigner.diagram.interpreter;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.intdesigner.diagram.spec.AbstractNodeMapping;
import org.intdesigner.diagram.spec.NodeStyle;

/** A node or container of an interpreted diagram: which mapping made it, for which element. */
public final class DiagramNode {

	private final AbstractNodeMapping mapping;
	private final EObject element;
	private final DiagramNode parent;
	private final List<DiagramNode> children = new ArrayList<>();
	private String label = "";
	private NodeStyle style;
	private String problem;

	DiagramNode(AbstractNodeMapping mapping, EObject element, DiagramNode parent) {
		this.mapping = mapping;
		this.element = element;
		this.parent = parent;
	}

	public AbstractNodeMapping getMapping() {
		return mapping;
	}

	public EObject getElement() {
		return element;
	}

	public DiagramNode getParent() {
		return parent;
	}

	public List<DiagramNode> getChildren() {
		return children;
	}

	public String getLabel() {
		return label;
	}

	void setLabel(String label) {
		this.label = label;
	}

	public NodeStyle getStyle() {
		return style;
	}

	void setStyle(NodeStyle style) {
		this.style = style;
	}

	/** What went wrong evaluating this node's expressions, or null: the editor marks such nodes. */
	public String getProblem() {
		return problem;
	}

	void setProblem(String problem) {
		this.problem = problem;
	}

	@Override
	public String toString() {
		return mapping.getName() + "[" + label + "]";
	}
}
