package org.intdesigner.model.diagrams;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.intdesigner.diagram.interpreter.Baseline;
import org.intdesigner.diagram.interpreter.ElementChange;
import org.intdesigner.diagram.interpreter.ElementChange.Kind;
import org.intdesigner.model.Allocation;
import org.intdesigner.model.Identified;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Post;
import org.intdesigner.model.compare.ModelChange;
import org.intdesigner.model.compare.ModelComparison;

/**
 * A scenario's changes against its baseline as every diagram type marks them: the model's comparison
 * ({@link ModelComparison}), element by element by id, read the way INT diagrams draw the model. A
 * post works in the teams it has allocations to, so an allocation added, removed or sent to another
 * team moves the post, and a changed allocation FTE changes it; every other change marks its own element.
 */
public final class ScenarioBaselines {

	private static final int LONGEST_VALUE = 60;

	private ScenarioBaselines() {
	}

	/**
	 * {@code scenario} compared with {@code baseline}: the baseline's elements by id, and the changes.
	 *
	 * @throws IllegalArgumentException when the models share no ids (they are not versions of one design)
	 */
	public static Baseline compare(IntdModel baseline, IntdModel scenario) {
		List<ModelChange> changes = ModelComparison.compare(baseline, scenario);
		Map<String, EObject> before = index(baseline);
		return new Baseline(before::get, marks(changes, before, scenario));
	}

	/** The marks of each element by id. */
	static Map<String, ElementChange> marks(List<ModelChange> changes, Map<String, EObject> before, IntdModel scenario) {
		Set<String> addedOrRemoved = new HashSet<>();
		for (ModelChange change : changes) {
			if (change.change() == ModelChange.Kind.ADDED || change.change() == ModelChange.Kind.REMOVED) {
				addedOrRemoved.add(change.id());
			}
		}
		Map<String, EObject> after = null;
		Map<String, ElementChange> marks = new HashMap<>();
		for (ModelChange change : changes) {
			if ("Allocation".equals(change.type())) {
				if (after == null) {
					after = index(scenario);
				}
				EObject allocation = (change.change() == ModelChange.Kind.REMOVED ? before : after).get(change.id());
				if (allocation instanceof Allocation a && a.eContainer() instanceof Post post
						&& !addedOrRemoved.contains(post.getId())) {
					mark(marks, post.getId(), allocationChange(change, a));
				}
				continue;
			}
			mark(marks, change.id(), switch (change.change()) {
			case ADDED -> ElementChange.of(Kind.ADDED, null);
			case REMOVED -> ElementChange.of(Kind.REMOVED, null);
			case CHANGED -> ElementChange.of(Kind.CHANGED, change.feature() + ": " + value(change.before()) + " \u2192 "
					+ value(change.after()));
			case MOVED -> ElementChange.of(Kind.MOVED, "employer".equals(change.feature())
					? "employer: " + value(change.before()) + " \u2192 " + value(change.after())
					: "from " + value(change.before()) + " to " + value(change.after()));
			});
		}
		return marks;
	}

	/** What a change of one of its allocations does to a post: a move between teams, or its FTE in one. */
	private static ElementChange allocationChange(ModelChange change, Allocation allocation) {
		String team = allocation.getTeam() == null ? "(no team)" : value(allocation.getTeam().getName());
		return switch (change.change()) {
		case ADDED -> ElementChange.of(Kind.MOVED, "now working in " + team);
		case REMOVED -> ElementChange.of(Kind.MOVED, "no longer working in " + team);
		default -> "team".equals(change.feature())
				? ElementChange.of(Kind.MOVED, "from " + value(change.before()) + " to " + value(change.after()))
				: ElementChange.of(Kind.CHANGED, change.feature() + " in " + team + ": " + value(change.before()) + " \u2192 "
						+ value(change.after()));
		};
	}

	private static void mark(Map<String, ElementChange> marks, String id, ElementChange change) {
		marks.merge(id, change, ElementChange::with);
	}

	private static String value(String text) {
		if (text == null || text.isBlank()) {
			return "(none)";
		}
		return text.length() > LONGEST_VALUE ? text.substring(0, LONGEST_VALUE - 1) + "\u2026" : text;
	}

	/** Every element of the model with an id, by id. */
	private static Map<String, EObject> index(IntdModel model) {
		Map<String, EObject> byId = new HashMap<>();
		if (model.getId() != null) {
			byId.put(model.getId(), model);
		}
		model.eAllContents().forEachRemaining(object -> {
			if (object instanceof Identified identified && identified.getId() != null) {
				byId.put(identified.getId(), identified);
			}
		});
		return byId;
	}
}
