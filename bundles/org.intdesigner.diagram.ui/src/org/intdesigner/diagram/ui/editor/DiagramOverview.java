package org.intdesigner.diagram.ui.editor;

import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Path;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.part.Page;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.intdesigner.diagram.interpreter.DiagramNode;
import org.intdesigner.diagram.notation.EdgeView;
import org.intdesigner.diagram.notation.NodeView;
import org.intdesigner.diagram.spec.ContainerMapping;
import org.intdesigner.diagram.render.Box;
import org.intdesigner.diagram.render.DiagramGeometry;
import org.intdesigner.diagram.render.Rgb;
import org.intdesigner.diagram.ui.render.SwtResources;

/**
 * The Outline view of a diagram: the whole diagram in miniature (boxes and lines, no text, so it
 * stays quick for thousands of nodes) with the part in view framed; click or drag to look
 * elsewhere.
 */
final class DiagramOverview extends Page implements IContentOutlinePage {

	private final DiagramCanvas diagram;
	private Canvas overview;
	private SwtResources resources;
	private final Runnable follow = () -> {
		if (overview != null && !overview.isDisposed()) {
			overview.redraw();
		}
	};

	DiagramOverview(DiagramCanvas diagram) {
		this.diagram = diagram;
	}

	@Override
	public void createControl(Composite parent) {
		overview = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
		resources = new SwtResources(parent.getDisplay());
		overview.addPaintListener(e -> paint(e.gc));
		overview.addListener(SWT.MouseDown, this::lookAt);
		overview.addListener(SWT.MouseMove, e -> {
			if ((e.stateMask & SWT.BUTTON1) != 0) {
				lookAt(e);
			}
		});
		overview.addListener(SWT.Dispose, e -> resources.dispose());
		diagram.addViewListener(follow);
	}

	/** Scale and offset that fit the whole diagram into the overview. */
	private double[] fit() {
		Rectangle area = overview.getClientArea();
		Box extent = diagram.getGeometry().extent().expand(20);
		double scale = Math.min(area.width / (double) Math.max(1, extent.width()), area.height / (double) Math.max(1, extent.height()));
		return new double[] { scale, extent.x(), extent.y() };
	}

	private void paint(GC gc) {
		Rectangle area = overview.getClientArea();
		gc.setBackground(resources.color(0xffffff));
		gc.fillRectangle(area);
		if (diagram.isDisposed()) {
			return;
		}
		DiagramGeometry geometry = diagram.getGeometry();
		double[] fit = fit();
		for (NodeView view : geometry.paintOrder()) {
			DiagramNode node = diagram.getDiagram().nodeOf(view);
			boolean container = node.getMapping() instanceof ContainerMapping;
			int fill = Rgb.parse(node.getStyle() == null ? null : node.getStyle().getFillColor(), container ? 0xf0f4f5 : 0xffffff);
			Rectangle r = toOverview(geometry.box(view), fit);
			gc.setBackground(resources.color(fill));
			gc.fillRectangle(r);
			gc.setForeground(resources.color(0x768692));
			gc.drawRectangle(r);
		}
		gc.setForeground(resources.color(0xaeb7bd));
		Path lines = new Path(gc.getDevice());
		try {
			for (EdgeView edge : geometry.edges()) {
				int[] route = geometry.route(edge);
				lines.moveTo((float) ((route[0] - fit[1]) * fit[0]), (float) ((route[1] - fit[2]) * fit[0]));
				for (int i = 2; i + 1 < route.length; i += 2) {
					lines.lineTo((float) ((route[i] - fit[1]) * fit[0]), (float) ((route[i + 1] - fit[2]) * fit[0]));
				}
			}
			gc.drawPath(lines); // one stroke for all edges: thousands of strokes would make scrolling lag
		} finally {
			lines.dispose();
		}
		gc.setForeground(resources.color(0x005eb8));
		gc.setLineWidth(2);
		gc.drawRectangle(toOverview(diagram.visibleArea(), fit));
	}

	private static Rectangle toOverview(Box box, double[] fit) {
		return new Rectangle((int) ((box.x() - fit[1]) * fit[0]), (int) ((box.y() - fit[2]) * fit[0]),
				Math.max(1, (int) (box.width() * fit[0])), Math.max(1, (int) (box.height() * fit[0])));
	}

	/** Centres the diagram editor's view on the point clicked. */
	private void lookAt(Event e) {
		double[] fit = fit();
		int x = (int) (e.x / fit[0] + fit[1]);
		int y = (int) (e.y / fit[0] + fit[2]);
		Box visible = diagram.visibleArea();
		var screen = diagram.toScreen(x - visible.width() / 2, y - visible.height() / 2);
		diagram.scrollBy(screen.x, screen.y);
	}

	@Override
	public Control getControl() {
		return overview;
	}

	@Override
	public void setFocus() {
		overview.setFocus();
	}

	@Override
	public void dispose() {
		diagram.removeViewListener(follow);
		super.dispose();
	}

	@Override
	public void addSelectionChangedListener(ISelectionChangedListener listener) {
		// the overview has no selection of its own
	}

	@Override
	public ISelection getSelection() {
		return StructuredSelection.EMPTY;
	}

	@Override
	public void removeSelectionChangedListener(ISelectionChangedListener listener) {
		// the overview has no selection of its own
	}

	@Override
	public void setSelection(ISelection selection) {
		// the overview has no selection of its own
	}
}
