package org.intdesigner.diagram.sync;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.intdesigner.diagram.expressions.ExpressionException;
import org.intdesigner.diagram.expressions.Expressions;
import org.intdesigner.diagram.interpreter.Baseline;
import org.intdesigner.diagram.interpreter.BaselineOverlay;
import org.intdesigner.diagram.interpreter.BaselineSource;
import org.intdesigner.diagram.interpreter.DiagramEdge;
import org.intdesigner.diagram.interpreter.DiagramInterpreter;
import org.intdesigner.diagram.interpreter.DiagramNode;
import org.intdesigner.diagram.interpreter.ElementChange;
import org.intdesigner.diagram.interpreter.InterpretedDiagram;
import org.intdesigner.diagram.notation.Diagram;
import org.intdesigner.diagram.notation.EdgeView;
import org.intdesigner.diagram.notation.NodeView;
import org.intdesigner.diagram.spec.Decoration;
import org.intdesigner.diagram.spec.DiagramDescription;
import org.intdesigner.diagram.spec.EdgeMapping;
import org.intdesigner.diagram.spec.Filter;
import org.intdesigner.diagram.spec.FilterKind;
import org.intdesigner.diagram.spec.Layer;

/**
 * An open diagram: its description, its notation and its root element, kept in step. Each
 * {@link #refresh()} interprets the description over the model again and synchronises the notation
 * (what the user placed stays put), then works out what the active filters hide or collapse and
 * which decorations show. Filters only change what is drawn, never the notation, so switching one
 * off brings everything back where it was.
 */
public final class LiveDiagram {

	private final DiagramDescription description;
	private final Diagram notation;
	private final EObject root;
	private final Expressions expressions;
	private final DiagramInterpreter interpreter;
	private final BaselineOverlay overlay;
	private final NotationSync sync = new NotationSync();
	private InterpretedDiagram interpreted = new InterpretedDiagram();
	private final Set<NodeView> hidden = Collections.newSetFromMap(new IdentityHashMap<>());
	private final Set<NodeView> collapsedByFilter = Collections.newSetFromMap(new IdentityHashMap<>());
	private final Set<EdgeView> hiddenEdges = Collections.newSetFromMap(new IdentityHashMap<>());
	private final Map<NodeView, List<NodeDecoration>> decorations = new IdentityHashMap<>();
	private final Map<String, String> problems = new LinkedHashMap<>();
	private String title = "";
	/** Where the model's baseline is found; null when nobody said (the model is then no scenario). */
	private BaselineSource baselineSource;
	/** Why the baseline cannot be compared with, at the last refresh; null when it can (or there is none). */
	private String baselineProblem;
	private boolean changesDrawn;

	public LiveDiagram(DiagramDescription description, Diagram notation, EObject root, Expressions expressions) {
		this.description = description;
		this.notation = notation;
		this.root = root;
		this.expressions = expressions;
		this.interpreter = new DiagramInterpreter(expressions);
		this.overlay = new BaselineOverlay(interpreter);
	}

	/** Interprets the description again and brings the notation in line. */
	public SyncReport refresh() {
		problems.clear();
		interpreted = interpreter.interpret(description, root, activeLayers());
		problems.putAll(interpreted.getProblems());
		compareWithBaseline();
		SyncReport report = sync.sync(notation, interpreted);
		applyFilters();
		decorate();
		try {
			title = description.getTitleExpression() == null || description.getTitleExpression().isBlank()
					? notation.getName() : expressions.text(description.getTitleExpression(), root);
		} catch (ExpressionException e) {
			title = notation.getName();
			problems.putIfAbsent(description.getName() + " (title)", e.getMessage());
		}
		return report;
	}

	/** Tells the diagram where its model's baseline is (before the first refresh); null: it has none. */
	public void setBaselineSource(BaselineSource source) {
		this.baselineSource = source;
	}

	/**
	 * Marks the changes since the baseline (the built-in layer "Changes against baseline", on unless
	 * switched off), ghosts of removed elements included; a baseline that cannot be read leaves the
	 * diagram as it is and says why ({@link #getBaselineProblem()}).
	 */
	private void compareWithBaseline() {
		changesDrawn = false;
		baselineProblem = null;
		if (!isScenario()) {
			return;
		}
		try {
			baselineProblem = baselineSource.problem();
			if (baselineProblem != null || notation.getActiveLayers().contains(ChangeMarks.LAYER_OFF)) {
				return;
			}
			Baseline baseline = baselineSource.compare();
			if (baseline == null) {
				baselineProblem = "the baseline could not be compared with";
				return;
			}
			overlay.apply(interpreted, description, root, activeLayers(), baseline);
			changesDrawn = true;
		} catch (RuntimeException e) {
			baselineProblem = e.getMessage() == null ? e.toString() : e.getMessage();
		}
	}

	/** True if the model names a baseline: the diagram offers the layer "Changes against baseline". */
	public boolean isScenario() {
		return baselineSource != null && baselineSource.namesBaseline();
	}

	/** Why the changes against the baseline cannot be drawn (as of the last refresh), or null. */
	public String getBaselineProblem() {
		return baselineProblem;
	}

	/** True if the last refresh marked the changes against the baseline. */
	public boolean isShowingChanges() {
		return changesDrawn;
	}

	/** The change a node is marked with (null: none, or the changes are not drawn). */
	public ElementChange changeOf(NodeView view) {
		DiagramNode node = sync.nodeOf(view);
		return node == null ? null : node.getChange();
	}

	/** A removed element drawn where the baseline had it: not part of the model, not editable. */
	public boolean isGhost(NodeView view) {
		DiagramNode node = sync.nodeOf(view);
		return node != null && node.isGhost();
	}

	/** An edge the baseline had and the model no longer has. */
	public boolean isGhost(EdgeView view) {
		DiagramEdge edge = sync.edgeOf(view);
		return edge != null && interpreted.getGhostEdges().contains(edge);
	}

	/** An edge the baseline did not have. */
	public boolean isAdded(EdgeView view) {
		DiagramEdge edge = sync.edgeOf(view);
		return edge != null && interpreted.getAddedEdges().contains(edge);
	}

	/** The default layer and the optional layers switched on in this diagram. */
	public List<Layer> activeLayers() {
		List<Layer> active = new ArrayList<>();
		for (int i = 0; i < description.getLayers().size(); i++) {
			Layer layer = description.getLayers().get(i);
			if (i == 0 || notation.getActiveLayers().contains(layer.getName())) {
				active.add(layer);
			}
		}
		return active;
	}

	public List<Filter> allFilters() {
		List<Filter> filters = new ArrayList<>();
		for (Layer layer : activeLayers()) {
			filters.addAll(layer.getFilters());
		}
		return filters;
	}

	private void applyFilters() {
		hidden.clear();
		collapsedByFilter.clear();
		hiddenEdges.clear();
		for (Filter filter : allFilters()) {
			if (!notation.getActiveFilters().contains(filter.getName())) {
				continue;
			}
			if (filter.getKind() == FilterKind.HIDE) {
				hideEdges(filter);
			}
			Set<NodeView> target = filter.getKind() == FilterKind.COLLAPSE ? collapsedByFilter : hidden;
			for (DiagramNode node : interpreted.allNodes()) {
				if (!filter.getMappings().isEmpty() && !filter.getMappings().contains(node.getMapping())) {
					continue;
				}
				try {
					if (expressions.test(filter.getCondition(), node.getElement())) {
						target.add(sync.viewOf(node));
					}
				} catch (ExpressionException e) {
					problems.putIfAbsent(filter.getName(), e.getMessage());
				}
			}
		}
	}

	/**
	 * A hide filter naming edge mappings hides their edges whose element passes its condition
	 * (relation-based edges have no element: the condition sees {@code self} null). A filter with
	 * no mappings applies to nodes only, as before edges could be filtered.
	 */
	private void hideEdges(Filter filter) {
		if (filter.getMappings().stream().noneMatch(EdgeMapping.class::isInstance)) {
			return;
		}
		for (EdgeView view : notation.getEdges()) {
			DiagramEdge edge = sync.edgeOf(view);
			if (edge == null || !filter.getMappings().contains(edge.mapping())) {
				continue;
			}
			try {
				if (expressions.test(filter.getCondition(), edge.element())) {
					hiddenEdges.add(view);
				}
			} catch (ExpressionException e) {
				problems.putIfAbsent(filter.getName(), e.getMessage());
			}
		}
	}

	private void decorate() {
		decorations.clear();
		List<Decoration> all = new ArrayList<>();
		activeLayers().forEach(layer -> all.addAll(layer.getDecorations()));
		if (all.isEmpty() && !changesDrawn) {
			return;
		}
		for (DiagramNode node : interpreted.allNodes()) {
			if (node.getChange() != null) {
				decorations.computeIfAbsent(sync.viewOf(node), v -> new ArrayList<>()).addAll(ChangeMarks.badges(node.getChange()));
			}
			if (node.isGhost()) {
				continue; // the baseline's element: what the specification says of it now would only mislead
			}
			for (Decoration decoration : all) {
				if (!decoration.getMappings().isEmpty() && !decoration.getMappings().contains(node.getMapping())) {
					continue;
				}
				try {
					if (expressions.test(decoration.getPrecondition(), node.getElement())) {
						decorations.computeIfAbsent(sync.viewOf(node), v -> new ArrayList<>()).add(new NodeDecoration(
								decoration, decoration.getIconPath(),
								expressions.text(decoration.getTooltipExpression(), node.getElement())));
					}
				} catch (ExpressionException e) {
					problems.putIfAbsent(decoration.getName(), e.getMessage());
				}
			}
		}
	}

	public DiagramDescription getDescription() {
		return description;
	}

	public Diagram getNotation() {
		return notation;
	}

	public EObject getRoot() {
		return root;
	}

	public Expressions getExpressions() {
		return expressions;
	}

	public String getTitle() {
		return title;
	}

	/** The interpreted node a view shows, or null for a view not (or no longer) in the diagram. */
	public DiagramNode nodeOf(NodeView view) {
		return sync.nodeOf(view);
	}

	public DiagramEdge edgeOf(EdgeView view) {
		return sync.edgeOf(view);
	}

	/**
	 * The semantic element of a node or edge view (null for relation-based edges, and for ghosts of
	 * removed elements: they are the baseline's, and nothing may select or edit them).
	 */
	public EObject elementOf(Object view) {
		if (view instanceof NodeView node) {
			DiagramNode shown = sync.nodeOf(node);
			return shown == null || shown.isGhost() ? null : shown.getElement();
		}
		if (view instanceof EdgeView edge) {
			DiagramEdge shown = sync.edgeOf(edge);
			return shown == null || interpreted.getGhostEdges().contains(shown) ? null : shown.element();
		}
		return null;
	}

	/** The views showing {@code element} (there may be several). */
	public List<NodeView> viewsOf(EObject element) {
		List<NodeView> views = new ArrayList<>();
		for (DiagramNode node : interpreted.allNodes()) {
			if (node.getElement() == element) {
				views.add(sync.viewOf(node));
			}
		}
		return views;
	}

	/** The edges showing {@code element}, for element-based edge mappings (a RACI assignment, an interaction). */
	public List<EdgeView> edgeViewsOf(EObject element) {
		List<EdgeView> views = new ArrayList<>();
		for (EdgeView view : notation.getEdges()) {
			DiagramEdge shown = sync.edgeOf(view);
			if (shown != null && shown.element() == element) {
				views.add(view);
			}
		}
		return views;
	}

	/** Hidden by an active filter, or inside a hidden or collapsed node. */
	public boolean isHidden(NodeView view) {
		for (Object v = view.eContainer(); v instanceof NodeView parent; v = parent.eContainer()) {
			if (hidden.contains(parent) || isCollapsed(parent)) {
				return true;
			}
		}
		return hidden.contains(view);
	}

	/** Hidden by an active hide filter, itself or through a container: its edges are not drawn either. */
	public boolean isFilteredOut(NodeView view) {
		for (Object v = view; v instanceof NodeView node; v = node.eContainer()) {
			if (hidden.contains(node)) {
				return true;
			}
		}
		return false;
	}

	/** Hidden by an active hide filter on its edge mapping (edges whose ends are hidden are not drawn either). */
	public boolean isHidden(EdgeView view) {
		return hiddenEdges.contains(view);
	}

	public boolean isCollapsed(NodeView view) {
		return view.isCollapsed() || collapsedByFilter.contains(view);
	}

	public List<NodeDecoration> decorationsOf(NodeView view) {
		return decorations.getOrDefault(view, List.of());
	}

	/** Problems found in the last refresh, one per mapping (or filter, decoration): name to message. */
	public Map<String, String> getProblems() {
		return problems;
	}
}
