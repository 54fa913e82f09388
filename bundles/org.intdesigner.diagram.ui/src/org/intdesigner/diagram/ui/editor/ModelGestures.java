package org.intdesigner.diagram.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.intdesigner.diagram.notation.EdgeView;
import org.intdesigner.diagram.notation.NodeView;
import org.intdesigner.diagram.spec.ContainerMapping;
import org.intdesigner.diagram.spec.CreateEdgeTool;
import org.intdesigner.diagram.spec.CreateNodeTool;
import org.intdesigner.diagram.spec.Mapping;
import org.intdesigner.diagram.sync.LiveDiagram;
import org.intdesigner.diagram.tools.ToolCommand;
import org.intdesigner.diagram.tools.ToolCommands;

/**
 * The gestures that end in model commands, built from the specification's tools: create a node or
 * an edge, rename, delete the selection, move nodes into another container. Each runs as one command
 * on the model's shared stack, or says why it cannot run here; the diagram follows the model when the
 * stack tells the editor. Created nodes go where the user clicked ({@link NewNodePlacer}), are selected
 * and have their label opened for editing.
 */
final class ModelGestures {

	private final LiveDiagram live;
	/** The element the diagram shows: what is created outside any container goes into it. */
	private final EObject root;
	private final ToolCommands tools;
	private final CommandStack stack;
	private final Supplier<Shell> shell;
	private final DiagramCanvas canvas;
	private final DirectEdit directEdit;
	private final NewNodePlacer placer;

	ModelGestures(LiveDiagram live, EObject root, ToolCommands tools, CommandStack stack, Supplier<Shell> shell,
			DiagramCanvas canvas, DirectEdit directEdit, NewNodePlacer placer) {
		this.live = live;
		this.root = root;
		this.tools = tools;
		this.stack = stack;
		this.shell = shell;
		this.canvas = canvas;
		this.directEdit = directEdit;
		this.placer = placer;
	}

	void createNode(CreateNodeTool tool, NodeView at, int x, int y) {
		NodeView container = at;
		while (container != null && !(live.nodeOf(container).getMapping() instanceof ContainerMapping)) {
			container = container.eContainer() instanceof NodeView parent ? parent : null;
		}
		if (container != null && live.isGhost(container)) {
			MessageDialog.openInformation(shell.get(), Palette.label(tool), "This is a removed team or element, drawn where"
					+ " the scenario's baseline had it; nothing can be added to it. Add to a team of the scenario instead.");
			return;
		}
		EObject context = container == null ? root : live.elementOf(container);
		run(tools.createNode(tool, context), Palette.label(tool), new int[] { x, y });
	}

	void createEdge(CreateEdgeTool tool, NodeView source, NodeView target) {
		run(tools.createEdge(tool, live.elementOf(source), live.elementOf(target)), Palette.label(tool), null);
	}

	/**
	 * Runs a tool's command; says why when it cannot run here. What it creates is placed at
	 * {@code point} (if given), selected, and its label opened for editing.
	 */
	private void run(ToolCommand command, String title, int[] point) {
		if (!command.canExecute()) {
			MessageDialog.openInformation(shell.get(), title,
					"This cannot be done here: " + command.getProblem() + ".");
			return;
		}
		placer.expectCreatedAt(point);
		try {
			stack.execute(command);
		} finally {
			placer.stopExpecting();
		}
		if (command.getProblem() != null) {
			MessageDialog.openError(shell.get(), title, command.getProblem()
					+ "\nNothing was changed. The diagram's specification may need fixing; details are in the Error Log.");
			return;
		}
		if (point != null) {
			for (Object created : command.getResult()) {
				if (created instanceof EObject element && !live.viewsOf(element).isEmpty()) {
					NodeView view = live.viewsOf(element).get(0);
					if (canvas.getGeometry().isShown(view)) {
						canvas.select(List.of(view));
						directEdit.start(view);
					}
					break;
				}
			}
		}
	}

	void rename(NodeView node, String text) {
		EObject element = live.elementOf(node);
		if (element == null) {
			return;
		}
		run(tools.directEdit(ToolFinder.directEdit(live.activeLayers(), live.nodeOf(node).getMapping()), element, text),
				"Edit label", null);
	}

	/** Deletes the elements of the selected views from the model (the diagram follows), as one command. */
	void deleteSelection() {
		CompoundCommand delete = new CompoundCommand("Delete");
		List<EObject> elements = new ArrayList<>();
		for (Object view : canvas.getSelection()) {
			EObject element = live.elementOf(view);
			if (element == null || elements.contains(element)) {
				continue;
			}
			elements.add(element);
			Mapping mapping = view instanceof NodeView node ? live.nodeOf(node).getMapping()
					: live.edgeOf((EdgeView) view).mapping();
			ToolCommand command = tools.delete(ToolFinder.delete(live.activeLayers(), mapping), element);
			if (!command.canExecute()) {
				MessageDialog.openInformation(shell.get(), "Delete", "Cannot delete: " + command.getProblem() + ".");
				return;
			}
			delete.append(command);
		}
		if (!delete.isEmpty()) {
			stack.execute(delete.unwrap());
		}
	}

	boolean canReparent(List<NodeView> moved, NodeView target) {
		if (target != null && live.isGhost(target) || moved.stream().anyMatch(live::isGhost)) {
			return false; // ghosts are the baseline's removed elements: nothing goes into them, they go nowhere
		}
		return moved.stream().allMatch(n -> ToolFinder.reparent(live.activeLayers(), live.nodeOf(n).getMapping()) != null);
	}

	/** Moves the elements of dragged nodes into the container they were dropped on, placing them where dropped. */
	void reparent(List<NodeView> moved, NodeView target, int x, int y) {
		EObject container = target == null ? root : live.elementOf(target);
		CompoundCommand move = new CompoundCommand("Move");
		int offset = 0;
		for (NodeView node : moved) {
			EObject element = live.elementOf(node);
			ToolCommand command = tools.reparent(ToolFinder.reparent(live.activeLayers(), live.nodeOf(node).getMapping()),
					element, container);
			if (!command.canExecute()) {
				MessageDialog.openInformation(shell.get(), "Move", "Cannot move it there: " + command.getProblem() + ".");
				return;
			}
			move.append(command);
			placer.expectMovedTo(element, x + offset, y + offset);
			offset += 20;
		}
		stack.execute(move.unwrap());
		placer.forgetMoves();
	}
}
