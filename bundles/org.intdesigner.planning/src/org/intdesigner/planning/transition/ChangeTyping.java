package org.intdesigner.planning.transition;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.intdesigner.model.AccountabilityItem;
import org.intdesigner.model.Allocation;
import org.intdesigner.model.Identified;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Post;
import org.intdesigner.model.RaciAssignment;
import org.intdesigner.model.Team;
import org.intdesigner.model.compare.ModelChange;

/**
 * Turns the raw changes of one wave (element by element, {@link org.intdesigner.model.compare.ModelComparison}) into
 * the changes a plan speaks of. The raw changes of one post, one team or one accountability item (with what it holds:
 * allocations, assignments, required capabilities) are read together: a new or closed post is one change, however
 * many allocations it has; a post's allocations to other teams are "post moved"; band and FTE are "re-banding"; its
 * employer (with its hosting arrangement) an "employer change"; line manager and supervisor "line management"; the
 * assignments of an item one "RACI change"; a team's changes one "team change". Anything else is "other", one per raw
 * change. Words come from the model before and after the wave; the changes come in the order of {@link ChangeType}.
 */
final class ChangeTyping {

	private static final Set<String> BANDING = Set.of("band", "fte");
	private static final Set<String> LINE_MANAGEMENT = Set.of("lineManager", "supervisor");

	private final Map<String, Identified> before;
	private final Map<String, Identified> after;

	ChangeTyping(Map<String, Identified> before, Map<String, Identified> after) {
		this.before = before;
		this.after = after;
	}

	List<PlanChange> type(List<ModelChange> changes) {
		Map<String, List<ModelChange>> groups = new LinkedHashMap<>();
		Map<String, EObject> subjects = new LinkedHashMap<>();
		int others = 0;
		for (ModelChange change : changes) {
			EObject subject = subjectOf(elementOf(change));
			String key = subject == null ? "other " + others++ : ((Identified) subject).getId();
			groups.computeIfAbsent(key, k -> new ArrayList<>()).add(change);
			subjects.putIfAbsent(key, subject);
		}
		List<PlanChange> typed = new ArrayList<>();
		groups.forEach((key, raw) -> {
			EObject subject = subjects.get(key);
			if (subject instanceof Post) {
				typed.addAll(post(((Post) subject).getId(), raw));
			} else if (subject instanceof AccountabilityItem item) {
				typed.add(raci(item.getId(), raw));
			} else if (subject instanceof Team team) {
				typed.add(team(team.getId(), raw));
			} else {
				raw.forEach(change -> typed.add(other(change)));
			}
		});
		// new posts first, then closures, moves...: a plan reads by kind; one element's changes keep their order
		typed.sort(java.util.Comparator.comparing(PlanChange::type));
		return typed;
	}

	/** The changed element: from after the wave, or from before it when the wave removed it. */
	private EObject elementOf(ModelChange change) {
		Identified element = change.change() == ModelChange.Kind.REMOVED ? before.get(change.id()) : after.get(change.id());
		return element != null ? element : before.get(change.id());
	}

	/** The post, accountability item or team a change is read with, or null. */
	private EObject subjectOf(EObject element) {
		for (EObject e = element; e != null && !(e instanceof IntdModel); e = e.eContainer()) {
			if (e instanceof Post || e instanceof AccountabilityItem || e instanceof Team) {
				String id = ((Identified) e).getId();
				return after.containsKey(id) ? after.get(id) : before.get(id);
			}
		}
		return null;
	}

	private List<PlanChange> post(String id, List<ModelChange> raw) {
		Post was = (Post) before.get(id);
		Post now = (Post) after.get(id);
		if (was == null && now != null) {
			return List.of(change(ChangeType.NEW_POST, now, describe(now)));
		}
		if (now == null && was != null) {
			return List.of(change(ChangeType.POST_CLOSED, was, describe(was)));
		}
		Map<ChangeType, List<String>> parts = new EnumMap<>(ChangeType.class);
		boolean employerChanged = raw.stream().anyMatch(c -> c.id().equals(id) && c.feature().equals("employer"));
		for (ModelChange change : raw) {
			if (change.type().equals("Allocation")) {
				if (change.change() == ModelChange.Kind.CHANGED && !change.feature().equals("team")) {
					Allocation allocation = (Allocation) elementOf(change);
					parts.computeIfAbsent(ChangeType.OTHER, k -> new ArrayList<>()).add("time in "
							+ PlanNames.of(allocation.getTeam()) + " " + change.feature() + " " + change.before() + " -> " + change.after());
				} else {
					parts.putIfAbsent(ChangeType.POST_MOVED, List.of("from " + PlanNames.teams(was) + " to " + PlanNames.teams(now)));
				}
			} else if (!change.id().equals(id)) {
				parts.computeIfAbsent(ChangeType.OTHER, k -> new ArrayList<>()).add(raw(change));
			} else if (change.feature().equals("employer") || change.feature().equals("hostArrangement") && employerChanged) {
				parts.putIfAbsent(ChangeType.EMPLOYER_CHANGE, List.of("from " + PlanNames.of(was.getEmployer()) + " to "
						+ PlanNames.of(now.getEmployer()) + (now.getHostArrangement() == null ? ", no hosting arrangement named"
								: ", hosted under " + PlanNames.of(now.getHostArrangement()))));
			} else if (BANDING.contains(change.feature())) {
				parts.computeIfAbsent(ChangeType.REBANDING, k -> new ArrayList<>()).add(change.feature().equals("band")
						? "band " + PlanNames.orNone(change.before()) + " -> " + PlanNames.orNone(change.after())
						: "FTE " + PlanNames.number(was.getFte()) + " -> " + PlanNames.number(now.getFte()));
			} else if (LINE_MANAGEMENT.contains(change.feature())) {
				boolean manager = change.feature().equals("lineManager");
				parts.computeIfAbsent(ChangeType.LINE_MANAGEMENT, k -> new ArrayList<>()).add((manager ? "line manager" : "supervisor")
						+ " from " + PlanNames.of(manager ? was.getLineManager() : was.getSupervisor()) + " to "
						+ PlanNames.of(manager ? now.getLineManager() : now.getSupervisor()));
			} else {
				parts.computeIfAbsent(ChangeType.OTHER, k -> new ArrayList<>()).add(raw(change));
			}
		}
		List<PlanChange> typed = new ArrayList<>();
		parts.forEach((type, words) -> typed.add(change(type, now, String.join("; ", words))));
		return typed;
	}

	/** A post as a plan describes it when it opens or closes. */
	private static String describe(Post post) {
		StringBuilder words = new StringBuilder();
		if (PlanNames.text(post.getBand())) {
			words.append("band ").append(post.getBand().trim()).append(", ");
		}
		words.append(PlanNames.number(post.getFte())).append(" FTE");
		if (post.getEmployer() != null) {
			words.append(", employed by ").append(PlanNames.of(post.getEmployer()));
		}
		words.append(", in ").append(PlanNames.teams(post));
		if (post.getLineManager() != null) {
			words.append(", line-managed by ").append(PlanNames.of(post.getLineManager()));
		}
		return words.toString();
	}

	private PlanChange raci(String id, List<ModelChange> raw) {
		AccountabilityItem was = (AccountabilityItem) before.get(id);
		AccountabilityItem now = (AccountabilityItem) after.get(id);
		if (was == null || now == null) {
			AccountabilityItem item = now != null ? now : was;
			List<String> codes = item.getAssignments().stream().map(a -> a.getCode() + " " + PlanNames.of(a.getParty())).toList();
			return change(ChangeType.RACI, item, (now != null ? "new item" : "item removed") + (codes.isEmpty() ? ""
					: (now != null ? ": " : ", it had ") + String.join(", ", codes)));
		}
		List<String> words = new ArrayList<>();
		for (ModelChange change : raw) {
			if (change.type().equals("RaciAssignment")) {
				RaciAssignment assignment = (RaciAssignment) elementOf(change);
				String party = PlanNames.of(assignment.getParty());
				words.add(switch (change.change()) {
				case ADDED -> assignment.getCode() + " " + party + " added";
				case REMOVED -> assignment.getCode() + " " + party + " removed";
				default -> change.feature().equals("code") ? party + " " + change.before() + " -> " + change.after()
						: assignment.getCode() + " from " + PlanNames.orNone(change.before()) + " to " + PlanNames.orNone(change.after());
				});
			} else {
				words.add(raw(change));
			}
		}
		return change(ChangeType.RACI, now, String.join("; ", words));
	}

	private PlanChange team(String id, List<ModelChange> raw) {
		Team was = (Team) before.get(id);
		Team now = (Team) after.get(id);
		if (was == null && now != null) {
			return change(ChangeType.TEAM, now, "new team under " + PlanNames.holder(now)
					+ (now.getLead() == null ? "" : ", led by " + PlanNames.of(now.getLead())));
		}
		if (now == null && was != null) {
			return change(ChangeType.TEAM, was, "team closed (it was under " + PlanNames.holder(was) + ")");
		}
		List<String> words = new ArrayList<>();
		for (ModelChange change : raw) {
			if (!change.id().equals(id)) {
				words.add(raw(change));
			} else if (change.change() == ModelChange.Kind.MOVED) {
				words.add("moved from under " + PlanNames.holder(was) + " to under " + PlanNames.holder(now));
			} else if (change.feature().equals("lead")) {
				words.add("lead from " + PlanNames.of(was.getLead()) + " to " + PlanNames.of(now.getLead()));
			} else {
				words.add(raw(change));
			}
		}
		return change(ChangeType.TEAM, now, String.join("; ", words));
	}

	private PlanChange other(ModelChange change) {
		EObject element = elementOf(change);
		return new PlanChange(ChangeType.OTHER, change.id(), PlanNames.code(element),
				element == null ? change.name() : PlanNames.of(element), raw(change));
	}

	/** A raw change in words: "Role 'Care coordinator' added", "holder 'Amy Jones' -> ''". */
	private String raw(ModelChange change) {
		String what = change.type().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
		return switch (change.change()) {
		case ADDED -> what + " " + PlanNames.of(elementOf(change)) + " added";
		case REMOVED -> what + " " + PlanNames.of(elementOf(change)) + " removed";
		case MOVED -> what + " moved from " + PlanNames.orNone(change.before()) + " to " + PlanNames.orNone(change.after());
		case CHANGED -> change.feature() + " '" + change.before() + "' -> '" + change.after() + "'";
		};
	}

	private static PlanChange change(ChangeType type, EObject element, String detail) {
		return new PlanChange(type, ((Identified) element).getId(), PlanNames.code(element), PlanNames.of(element), detail);
	}
}
