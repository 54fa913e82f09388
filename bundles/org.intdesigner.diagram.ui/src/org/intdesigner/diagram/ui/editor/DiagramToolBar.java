package org.intdesigner.diagram.ui.editor;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.intdesigner.diagram.spec.Filter;
import org.intdesigner.diagram.spec.Layer;
import org.intdesigner.diagram.sync.ChangeMarks;
import org.intdesigner.diagram.ui.export.DiagramExport;
import org.intdesigner.diagram.ui.export.DiagramPrinting;
import org.intdesigner.diagram.ui.export.ExportWithProgress;

/** The diagram's own toolbar: zoom, arrange, layers and filters, export and print. */
public final class DiagramToolBar {

	private final ToolBar bar;
	private final DiagramEditor editor;
	private final ToolItem zoomLevel;
	private final ToolItem layers;
	private final ToolItem filters;

	DiagramToolBar(Composite parent, DiagramEditor editor) {
		this.editor = editor;
		bar = new ToolBar(parent, SWT.FLAT | SWT.RIGHT | SWT.WRAP);
		push("Zoom Out", "Zoom out (Ctrl+-, or Ctrl+wheel)", () -> editor.getCanvas().zoomBy(1 / 1.25));
		zoomLevel = push("100%", "Back to 100% (Ctrl+0)", () -> editor.getCanvas().setZoom(1));
		push("Zoom In", "Zoom in (Ctrl+=, or Ctrl+wheel)", () -> editor.getCanvas().zoomBy(1.25));
		push("Fit", "Zoom to show the whole diagram", () -> editor.getCanvas().zoomToFit());
		new ToolItem(bar, SWT.SEPARATOR);
		push("Arrange All", "Lay the whole diagram out again (ELK Layered); Undo puts it back", () -> new DiagramArranger(editor).arrangeAll(true));
		push("Arrange Selection", "Lay out only the selected nodes among themselves", () -> new DiagramArranger(editor).arrangeSelection());
		new ToolItem(bar, SWT.SEPARATOR);
		layers = dropDown("Layers", "Switch the optional layers of this diagram on and off", true);
		filters = dropDown("Filters", "Switch filters that hide or collapse elements on and off", false);
		ToolItem key = new ToolItem(bar, SWT.CHECK);
		key.setText("Key");
		key.setToolTipText("Show the key to the diagram's colours, lines and marks");
		key.setSelection(true);
		key.addListener(SWT.Selection, e -> editor.getCanvas().setLegendShown(key.getSelection()));
		new ToolItem(bar, SWT.SEPARATOR);
		push("Export PNG...", "Save the whole diagram as a PNG image", () -> export(DiagramExport.Format.PNG));
		push("Export SVG...", "Save the whole diagram as an SVG drawing", () -> export(DiagramExport.Format.SVG));
		push("Print...", "Print the diagram on one page (Ctrl+P)", () -> DiagramPrinting.print(editor.getSite().getShell(),
				editor.getDiagram(), editor.getPartName()));
	}

	/** Export PNG... and Export SVG... (toolbar and context menu): the Save dialog starts in the model's folder. */
	void export(DiagramExport.Format format) {
		exported(DiagramExport.exportWithDialog(editor.getSite().getShell(), editor.getDiagram(), editor.getPartName(), format,
				exportDialog(format)), format);
	}

	/** The Save dialog of an export, not yet open: in the model's folder, named after the diagram. */
	FileDialog exportDialog(DiagramExport.Format format) {
		return DiagramExport.dialog(editor.getSite().getShell(), editor.getPartName(), format,
				editor.getSession().getModelFile().getParent());
	}

	/** As Export without the dialog (tests). */
	void exportTo(DiagramExport.Format format, Path file) {
		exported(ExportWithProgress.export(editor.getSite().getShell(), editor.getDiagram(), editor.getPartName(), file, format),
				format);
	}

	/** Says where the export went: the file dialog is gone by then, and the user wants to find the file. */
	private void exported(Path file, DiagramExport.Format format) {
		if (file != null) {
			editor.getInfoBar().show("Exported the whole diagram as " + format + " to " + file);
		}
	}

	public ToolBar getControl() {
		return bar;
	}

	private ToolItem push(String text, String tooltip, Runnable run) {
		ToolItem item = new ToolItem(bar, SWT.PUSH);
		item.setText(text);
		item.setToolTipText(tooltip);
		item.addListener(SWT.Selection, e -> run.run());
		return item;
	}

	private ToolItem dropDown(String text, String tooltip, boolean forLayers) {
		ToolItem item = new ToolItem(bar, SWT.DROP_DOWN);
		item.setText(text);
		item.setToolTipText(tooltip);
		item.addListener(SWT.Selection, e -> {
			Menu menu = menu(forLayers);
			Rectangle bounds = item.getBounds();
			Point at = bar.toDisplay(bounds.x, bounds.y + bounds.height);
			menu.setLocation(at);
			menu.setVisible(true);
		});
		return item;
	}

	/** The check menu of optional layers or of filters, built from the specification each time. */
	Menu menu(boolean forLayers) {
		Menu menu = new Menu(bar);
		var diagram = editor.getDiagram();
		if (forLayers) {
			List<Layer> all = diagram.getDescription().getLayers();
			for (int i = 1; i < all.size(); i++) {
				Layer layer = all.get(i);
				check(menu, layer.getLabel() != null ? layer.getLabel() : layer.getName(),
						diagram.getNotation().getActiveLayers().contains(layer.getName()),
						() -> editor.toggle(layer.getName(), true));
			}
			if (diagram.isScenario()) {
				changesItem(menu);
			}
		} else {
			for (Filter filter : diagram.allFilters()) {
				check(menu, filter.getLabel() != null ? filter.getLabel() : filter.getName(),
						diagram.getNotation().getActiveFilters().contains(filter.getName()),
						() -> editor.toggle(filter.getName(), false));
			}
		}
		if (menu.getItemCount() == 0) {
			MenuItem none = new MenuItem(menu, SWT.PUSH);
			none.setText(forLayers ? "(this diagram has no optional layers)" : "(no filters in the active layers)");
			none.setEnabled(false);
		}
		return menu;
	}

	/**
	 * The built-in layer of a scenario's diagrams, "Changes against baseline": on unless switched off;
	 * greyed out, saying why, when the baseline cannot be read.
	 */
	private void changesItem(Menu menu) {
		var diagram = editor.getDiagram();
		String problem = diagram.getBaselineProblem();
		boolean on = !diagram.getNotation().getActiveLayers().contains(ChangeMarks.LAYER_OFF);
		MenuItem item = check(menu, problem == null ? ChangeMarks.LAYER_LABEL
				: ChangeMarks.LAYER_LABEL + " (unavailable: " + problem + ")", on && problem == null, editor::toggleChanges);
		item.setEnabled(problem == null);
		item.setToolTipText(problem);
	}

	private static MenuItem check(Menu menu, String text, boolean on, Runnable toggle) {
		MenuItem item = new MenuItem(menu, SWT.CHECK);
		item.setText(text);
		item.setSelection(on);
		item.addListener(SWT.Selection, e -> toggle.run());
		return item;
	}

	/** Shows the zoom level and whether layers and filters exist. */
	void update() {
		if (bar.isDisposed()) {
			return;
		}
		layers.setEnabled(editor.getDiagram().getDescription().getLayers().size() > 1 || editor.getDiagram().isScenario());
		filters.setEnabled(!editor.getDiagram().allFilters().isEmpty());
		String zoom = Math.round(editor.getCanvas().getZoom() * 100) + "%";
		if (!zoom.equals(zoomLevel.getText())) {
			zoomLevel.setText(zoom);
			bar.pack();
			bar.getParent().layout(true, true);
		}
	}
}
