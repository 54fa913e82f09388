package org.intdesigner.diagram.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.intdesigner.diagram.spec.CreateEdgeTool;
import org.intdesigner.diagram.spec.CreateNodeTool;
import org.intdesigner.diagram.spec.Layer;
import org.intdesigner.diagram.spec.Tool;

/** The palette: Select, then the creation tools of the diagram's active layers, as the specification lists them. */
public final class Palette {

	private final ToolBar bar;
	private final DiagramEditing editor;
	private List<Tool> shown = List.of();

	Palette(Composite parent, DiagramEditing editor) {
		this.editor = editor;
		bar = new ToolBar(parent, SWT.VERTICAL | SWT.FLAT | SWT.RIGHT);
	}

	public ToolBar getControl() {
		return bar;
	}

	/** Fills the palette from the active layers; unchanged tools are not rebuilt. */
	void fill() {
		List<Tool> tools = new ArrayList<>();
		for (Layer layer : editor.getDiagram().activeLayers()) {
			for (Tool tool : layer.getTools()) {
				if (tool instanceof CreateNodeTool || tool instanceof CreateEdgeTool) {
					tools.add(tool);
				}
			}
		}
		if (tools.equals(shown)) {
			return;
		}
		shown = tools;
		for (ToolItem item : bar.getItems()) {
			item.dispose();
		}
		ToolItem select = new ToolItem(bar, SWT.RADIO);
		select.setText("Select");
		select.setToolTipText("Select, move and resize (Escape)");
		select.setSelection(true);
		select.addListener(SWT.Selection, e -> {
			if (select.getSelection()) {
				editor.selectTool(null);
			}
		});
		new ToolItem(bar, SWT.SEPARATOR);
		for (Tool tool : tools) {
			ToolItem item = new ToolItem(bar, SWT.RADIO);
			item.setText(label(tool));
			item.setToolTipText(tool instanceof CreateEdgeTool ? label(tool) + ": click the source, then the target"
					: label(tool) + ": click where it goes");
			item.setData(tool);
			item.addListener(SWT.Selection, e -> {
				if (item.getSelection()) {
					editor.selectTool(tool);
				}
			});
		}
		bar.getParent().layout(true, true);
	}

	/** The name a tool goes by in the palette and menus: its label, else its name. */
	static String label(Tool tool) {
		return tool.getLabel() != null && !tool.getLabel().isBlank() ? tool.getLabel() : tool.getName();
	}

	/** Shows which tool is in use. */
	void showSelected(Tool tool) {
		for (ToolItem item : bar.getItems()) {
			if ((item.getStyle() & SWT.RADIO) != 0) {
				item.setSelection(item.getData() == tool);
			}
		}
	}
}
