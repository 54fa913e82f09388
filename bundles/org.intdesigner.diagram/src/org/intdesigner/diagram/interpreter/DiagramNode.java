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
	/** What became of the element since the baseline, when the diagram is compared with one; else null. */
	private ElementChange change;
	/** A removed element drawn where the baseline had it: not in the model, not editable. */
	private boolean ghost;

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

	public ElementChange getChange() {
		return change;
	}

	void setChange(ElementChange change) {
		this.change = change;
	}

	/** True for a node of the baseline's element that the model no longer has (its element is the baseline's). */
	public boolean isGhost() {
		return ghost;
	}

	/** A ghost of {@code removed} (a node of the baseline's diagram) inside {@code parent} (null: at the top level). */
	static DiagramNode ghostOf(DiagramNode removed, DiagramNode parent, ElementChange change) {
		DiagramNode ghost = new DiagramNode(removed.mapping, removed.element, parent);
		ghost.label = removed.label;
		ghost.style = removed.style;
		ghost.change = change;
		ghost.ghost = true;
		return ghost;
	}

	@Override
	public String toString() {
		return mapping.getName() + "[" + label + "]";
	}
}
