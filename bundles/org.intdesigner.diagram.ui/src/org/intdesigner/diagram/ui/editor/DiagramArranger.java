package org.intdesigner.diagram.ui.editor;

import java.util.List;

import org.eclipse.swt.graphics.Point;
import org.intdesigner.diagram.layout.DiagramLayout;
import org.intdesigner.diagram.layout.LayoutHints;
import org.intdesigner.diagram.layout.LayoutResult;
import org.intdesigner.diagram.layout.SpecLayoutHints;
import org.intdesigner.diagram.layout.TextMeasurer;
import org.intdesigner.diagram.notation.NodeView;
import org.intdesigner.diagram.ui.render.SwtResources;

/**
 * "Arrange All" and "Arrange Selection": ELK Layered over the diagram with labels measured in the
 * fonts the canvas draws with, applied as one undoable command (or directly on a first open,
 * when there is nothing to undo to).
 */
final class DiagramArranger {

	private final DiagramEditor editor;

	DiagramArranger(DiagramEditor editor) {
		this.editor = editor;
	}

	/** Arranges the whole diagram; returns how long ELK itself took (benchmarks). */
	long arrangeAll(boolean undoable) {
		LayoutResult result = layout().arrangeAll(editor.getDiagram().getNotation(), hints());
		apply(result, "Arrange All", undoable);
		return result.elkNanos();
	}

	void arrangeSelection() {
		List<NodeView> selected = editor.getCanvas().selectedTopNodes();
		if (selected.isEmpty()) {
			return;
		}
		apply(layout().arrangeSelection(editor.getDiagram().getNotation(), selected, hints()), "Arrange Selection", true);
	}

	/** For benchmarks: nanoseconds ELK Layered alone takes on the graph Arrange All lays out now. */
	long timeElkAlone() {
		return layout().timeElkAlone(editor.getDiagram().getNotation(), hints());
	}

	private void apply(LayoutResult result, String label, boolean undoable) {
		if (undoable) {
			editor.execute(NotationCommands.change(editor.getNotationResource(), label, result::apply));
		} else {
			result.apply();
		}
	}

	private DiagramLayout layout() {
		var direction = editor.getDiagram().getDescription().getLayoutDirection() == org.intdesigner.diagram.spec.LayoutDirection.RIGHT
				? org.intdesigner.diagram.layout.FlowDirection.RIGHT : org.intdesigner.diagram.layout.FlowDirection.DOWN;
		return new DiagramLayout(measurer(), direction);
	}

	/** Text measured in the fonts the canvas draws with. */
	TextMeasurer measurer() {
		SwtResources resources = editor.getCanvas().getResources();
		return (text, bold) -> {
			Point extent = resources.extent(text, bold);
			return new int[] { extent.x, extent.y };
		};
	}

	/** The specification's hints, as the headless readability check lays diagrams out with. */
	private LayoutHints hints() {
		return new SpecLayoutHints(editor.getDiagram());
	}
}
