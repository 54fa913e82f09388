package org.intdesigner.diagram.ui.editor;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.command.ChangeCommand;
import org.intdesigner.diagram.layout.BendPoints;
import org.intdesigner.diagram.notation.EdgeView;
import org.intdesigner.diagram.notation.NodeView;
import org.intdesigner.diagram.render.DiagramGeometry;


/**
 * Layout changes as commands on the shared stack: each records what it changes in the notation
 * (EMF change recording), so Undo puts nodes, sizes and bend points back exactly, in turn with
 * the model changes made in any editor.
 */
final class NotationCommands {

	private NotationCommands() {
	}

	/** A command that runs {@code change} on the notation and can undo it. */
	static Command change(Resource notation, String label, Runnable change) {
		ChangeCommand command = new ChangeCommand(notation) {
			@Override
			protected void doExecute() {
				change.run();
			}
		};
		command.setLabel(label);
		command.setDescription(label);
		return command;
	}

	/**
	 * Moves nodes by (dx, dy). Edges whose both ends move keep their bend points, shifted; edges
	 * with one end moving lose theirs and are routed afresh from their ends.
	 */
	static Command move(Resource notation, Collection<NodeView> nodes, List<EdgeView> edges, int dx, int dy) {
		return change(notation, nodes.size() == 1 ? "Move" : "Move " + nodes.size() + " nodes", () -> {
			for (NodeView node : nodes) {
				node.setX(node.getX() + dx);
				node.setY(node.getY() + dy);
			}
			for (EdgeView edge : edges) {
				boolean source = movesWith(edge.getSource(), nodes);
				boolean target = movesWith(edge.getTarget(), nodes);
				if (source && target) {
					edge.setBendpoints(BendPoints.translate(edge.getBendpoints(), dx, dy));
				} else if ((source || target) && edge.getBendpoints() != null && !edge.getBendpoints().isEmpty()) {
					edge.setBendpoints(null);
				}
			}
		});
	}

	static boolean movesWith(NodeView end, Collection<NodeView> moved) {
		for (NodeView node : moved) {
			if (DiagramGeometry.isWithin(end, node)) {
				return true;
			}
		}
		return false;
	}

	static Command resize(Resource notation, NodeView node, int x, int y, int width, int height, List<EdgeView> edges) {
		return change(notation, "Resize", () -> {
			node.setX(x);
			node.setY(y);
			node.setWidth(width);
			node.setHeight(height);
			for (EdgeView edge : edges) {
				if (edge.getSource() == node || edge.getTarget() == node) {
					edge.setBendpoints(null);
				}
			}
		});
	}
}
