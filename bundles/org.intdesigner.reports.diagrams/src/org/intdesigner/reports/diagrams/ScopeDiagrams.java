package org.intdesigner.reports.diagrams;

import java.util.Iterator;

import org.eclipse.emf.ecore.EObject;
import org.intdesigner.diagram.interpreter.DiagramNode;
import org.intdesigner.diagram.layout.DiagramLayout;
import org.intdesigner.diagram.layout.FlowDirection;
import org.intdesigner.diagram.layout.SpecLayoutHints;
import org.intdesigner.diagram.layout.TextMeasurer;
import org.intdesigner.diagram.notation.Diagram;
import org.intdesigner.diagram.notation.NodeView;
import org.intdesigner.diagram.registry.ContributedDiagram;
import org.intdesigner.diagram.render.DiagramGeometry;
import org.intdesigner.diagram.spec.ContainerMapping;
import org.intdesigner.diagram.spec.DiagramDescription;
import org.intdesigner.diagram.store.NewDiagrams;
import org.intdesigner.diagram.sync.LiveDiagram;
import org.intdesigner.diagram.sync.NodePlacement;
import org.intdesigner.diagram.sync.SyncReport;
import org.intdesigner.diagram.expressions.Expressions;

/**
 * One diagram type drawn of a report's scope, headless: the diagram saved beside the model when
 * there is one of that type and element, else a new one laid out as the editor lays out a first
 * open (ELK, the specification's hints, text measured in the figure's font). A page holds what it
 * can show: the whole diagram when it reads on paper; else its top-level containers collapsed (a
 * place's teams without their posts, each marked [+n]) when that comes out larger; else the whole
 * as an overview to zoom into (the figure is vector); when neither shows at all (beyond
 * {@value #MAX_NODES} boxes, or shrunk below {@value #MIN_PAGE_SCALE}), nothing, and the section
 * says where to see it.
 */
final class ScopeDiagrams {

	/** More nodes than this are not laid out: no page shows them, and the layout alone would take seconds. */
	static final int MAX_NODES = 400;
	/** Shrunk to fit the page by at least this, the 12-point labels stay 6 points or more: readable on paper. */
	static final double READABLE_SCALE = 0.5;
	/** Shrunk further than this, even zooming in on screen does not make an overview of it (labels under 0.6 points). */
	static final double MIN_PAGE_SCALE = 0.05;

	/** What drawing one type came to. */
	sealed interface Outcome {
	}

	/**
	 * Drawn: whole, or ({@code collapsed}) only its top level; {@code saved} when as the user saved it.
	 * The figure's {@link DiagramFigure#pageScale()} says how small it comes out on paper.
	 */
	record Drawn(DiagramFigure figure, int nodes, boolean saved, boolean collapsed) implements Outcome {

		/** Readable on paper as it is; else an overview to zoom into (the figure is vector). */
		boolean readable() {
			return figure.pageScale() >= READABLE_SCALE;
		}
	}

	/** The type shows nothing of this scope. */
	record Empty() implements Outcome {
	}

	/** Too many elements to show on a page at all, even with its containers collapsed. */
	record TooLarge(int nodes) implements Outcome {
	}

	private final SavedDiagrams saved;
	private final Expressions expressions;
	private final TextMeasurer measurer = DiagramFigure.measure().measurer();

	ScopeDiagrams(SavedDiagrams saved, Expressions expressions) {
		this.saved = saved;
		this.expressions = expressions;
	}

	/**
	 * The whole diagram when it reads on a page; else whichever of the whole and its top level
	 * collapsed (a place's teams without their posts) comes out larger on the page.
	 */
	Outcome draw(ContributedDiagram type, EObject element, String title) {
		DiagramDescription description = type.description();
		String fragment = element.eResource().getURIFragment(element);
		Diagram notation = saved.find(NewDiagrams.idOf(description), fragment).orElse(null);
		boolean fromSaved = notation != null;
		LiveDiagram diagram = live(description, fromSaved ? notation : NewDiagrams.create(description, element, title), element);
		SyncReport sync = diagram.refresh();
		int nodes = shownNodes(diagram);
		if (nodes == 0) {
			return new Empty();
		}
		Drawn whole = null;
		if (nodes <= MAX_NODES) {
			if (fromSaved) {
				placeNew(diagram, sync);
			} else {
				layOut(diagram);
			}
			whole = new Drawn(new DiagramFigure(title, diagram), nodes, fromSaved, false);
			if (whole.readable()) {
				return whole;
			}
		}
		// the top level on its own, in a diagram of its own so that the whole one stays as it was
		LiveDiagram top = whole == null ? diagram : live(description, NewDiagrams.create(description, element, title), element);
		if (top != diagram) {
			top.refresh();
		}
		Drawn collapsed = null;
		if (collapseTopLevel(top) && shownNodes(top) <= MAX_NODES) {
			layOut(top);
			collapsed = new Drawn(new DiagramFigure(title, top), shownNodes(top), false, true);
		}
		Drawn larger = whole == null || collapsed != null && collapsed.figure().pageScale() >= whole.figure().pageScale() ? collapsed : whole;
		return larger == null || larger.figure().pageScale() < MIN_PAGE_SCALE ? new TooLarge(nodes) : larger;
	}

	private LiveDiagram live(DiagramDescription description, Diagram notation, EObject element) {
		return new LiveDiagram(description, notation, element, expressions);
	}

	/** The nodes drawn now: neither filtered out nor inside a collapsed container. */
	static int shownNodes(LiveDiagram diagram) {
		int count = 0;
		for (Iterator<EObject> it = diagram.getNotation().eAllContents(); it.hasNext();) {
			if (it.next() instanceof NodeView view && diagram.nodeOf(view) != null && !diagram.isHidden(view)) {
				count++;
			}
		}
		return count;
	}

	/** Collapses every top-level container that holds something; false if there is none. */
	private static boolean collapseTopLevel(LiveDiagram diagram) {
		boolean any = false;
		for (NodeView view : diagram.getNotation().getNodes()) {
			DiagramNode node = diagram.nodeOf(view);
			if (node != null && node.getMapping() instanceof ContainerMapping && !view.getChildren().isEmpty()) {
				view.setCollapsed(true);
				any = true;
			}
		}
		return any;
	}

	/** As the editor's first open: Arrange All with the specification's hints and direction. */
	private void layOut(LiveDiagram diagram) {
		FlowDirection direction = diagram.getDescription().getLayoutDirection() == org.intdesigner.diagram.spec.LayoutDirection.RIGHT
				? FlowDirection.RIGHT : FlowDirection.DOWN;
		new DiagramLayout(measurer, direction).arrangeAll(diagram.getNotation(), new SpecLayoutHints(diagram)).apply();
	}

	/** Elements added to the model since the diagram was saved are placed as the editor places them on opening it. */
	private void placeNew(LiveDiagram diagram, SyncReport sync) {
		if (sync.addedNodes().isEmpty()) {
			return;
		}
		SpecLayoutHints hints = new SpecLayoutHints(diagram);
		new NodePlacement(view -> {
			int[] size = hints.styleSize(view);
			int[] label = measurer.measure(hints.label(view), hints.isContainer(view));
			size[0] = Math.max(size[0], Math.min(label[0] + 24, 260));
			return size;
		}, DiagramGeometry.HEADER).place(sync.addedNodes());
	}
}
