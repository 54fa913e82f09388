package org.intdesigner.diagram.ui.editor;

import java.util.List;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.jface.action.Separator;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Display;
import org.intdesigner.diagram.notation.NodeView;
import org.intdesigner.diagram.spec.CreateNodeTool;
import org.intdesigner.diagram.spec.Layer;
import org.intdesigner.diagram.spec.Tool;
import org.intdesigner.diagram.ui.export.DiagramExport;

/**
 * The canvas's context menu: New (the specification's node tools, created where the menu was
 * opened), Edit Label, Delete from Model, Collapse/Expand, Arrange, Select All, Export. Built when
 * it opens, so it always offers what fits the selection.
 */
final class DiagramContextMenu {

	private final DiagramEditor editor;
	private final DiagramCanvas canvas;

	DiagramContextMenu(DiagramEditor editor, DiagramCanvas canvas) {
		this.editor = editor;
		this.canvas = canvas;
		MenuManager manager = new MenuManager("#DiagramContext");
		manager.setRemoveAllWhenShown(true);
		manager.addMenuListener(this::fill);
		canvas.setMenu(manager.createContextMenu(canvas));
		// other plug-ins' commands on the selected elements (Diagrams, Open RACI Matrix, Show Workforce
		// Figures, ...) join the menu as they do in the Model Explorer's
		editor.getSite().registerContextMenu(manager, editor.getSite().getSelectionProvider());
	}

	private void fill(IMenuManager menu) {
		Point cursor = canvas.toControl(Display.getCurrent().getCursorLocation());
		Point at = canvas.toDiagram(cursor.x, cursor.y);
		MenuManager create = new MenuManager("New");
		for (Layer layer : editor.getDiagram().activeLayers()) {
			for (Tool tool : layer.getTools()) {
				if (tool instanceof CreateNodeTool nodeTool) {
					create.add(action(DiagramEditor.label(tool),
							() -> editor.createNode(nodeTool, canvas.getGeometry().nodeAt(at.x, at.y), at.x, at.y)));
				}
			}
		}
		menu.add(create);
		menu.add(new Separator());
		List<Object> selection = canvas.getSelection();
		NodeView node = selection.size() == 1 && selection.get(0) instanceof NodeView n ? n : null;
		Action rename = action("Edit Label\tF2", () -> editor.directEdit(node));
		rename.setEnabled(node != null);
		menu.add(rename);
		menu.add(editor.getActions().delete());
		if (node != null && !node.getChildren().isEmpty()) {
			boolean collapsed = node.isCollapsed();
			menu.add(action(collapsed ? "Expand" : "Collapse",
					() -> editor.execute(NotationCommands.change(editor.getNotationResource(), collapsed ? "Expand" : "Collapse",
							() -> node.setCollapsed(!collapsed)))));
		}
		menu.add(new Separator());
		Action arrangeSelection = action("Arrange Selection", () -> new DiagramArranger(editor).arrangeSelection());
		arrangeSelection.setEnabled(!canvas.selectedTopNodes().isEmpty());
		menu.add(arrangeSelection);
		menu.add(action("Arrange All", () -> new DiagramArranger(editor).arrangeAll(true)));
		menu.add(editor.getActions().selectAll());
		menu.add(new Separator());
		menu.add(action("Export as PNG...", () -> editor.getToolBar().export(DiagramExport.Format.PNG)));
		menu.add(action("Export as SVG...", () -> editor.getToolBar().export(DiagramExport.Format.SVG)));
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
	}

	private static Action action(String text, Runnable run) {
		return new Action(text) {
			@Override
			public void run() {
				run.run();
			}
		};
	}
}
