package org.intdesigner.diagram.ui.editor;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.resource.Resource;
import org.intdesigner.diagram.notation.NodeView;
import org.intdesigner.diagram.spec.CreateEdgeTool;
import org.intdesigner.diagram.spec.CreateNodeTool;
import org.intdesigner.diagram.spec.Tool;
import org.intdesigner.diagram.sync.LiveDiagram;

/**
 * What the canvas's tools and gestures (selecting and dragging, creating, keys, in-place label
 * editing, the palette, arranging) need of the editor they work in: the diagram shown, its canvas
 * and notation, the command stack, and the gestures that end in model commands. They talk to this
 * rather than to the whole {@link DiagramEditor}, so each one's reach is visible in its constructor
 * and none of them can reach the workbench part's life cycle.
 */
interface DiagramEditing {

	/** The diagram as synchronised with the model: notation, specification, element of each view. */
	LiveDiagram getDiagram();

	DiagramCanvas getCanvas();

	/** The resource holding the diagrams (notation commands change it). */
	Resource getNotationResource();

	/** Runs a command on the model's shared stack (undoable); ignores one that cannot run. */
	void execute(Command command);

	/** Puts a palette tool to use; null goes back to selecting. */
	void selectTool(Tool tool);

	/** Opens the node's label for in-place editing. */
	void directEdit(NodeView node);

	/** Sets a node's label through the specification's direct edit tool (the gesture's end). */
	void rename(NodeView node, String text);

	/** Creates an element with a node tool in the container under {@code at}, its node placed at (x, y). */
	void createNode(CreateNodeTool tool, NodeView at, int x, int y);

	void createEdge(CreateEdgeTool tool, NodeView source, NodeView target);

	/** Whether the specification lets the dragged nodes' elements move into {@code target} (null: the diagram). */
	boolean canReparent(List<NodeView> moved, NodeView target);

	/** Moves the dragged nodes' elements into {@code target} (null: the diagram), placing them at (x, y). */
	void reparent(List<NodeView> moved, NodeView target, int x, int y);
}
