package org.intdesigner.model.samples;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.intdesigner.model.AccountabilityItem;
import org.intdesigner.model.Allocation;
import org.intdesigner.model.Arrangement;
import org.intdesigner.model.ArrangementKind;
import org.intdesigner.model.Boundary;
import org.intdesigner.model.CapabilityLevel;
import org.intdesigner.model.Element;
import org.intdesigner.model.Identified;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Interaction;
import org.intdesigner.model.Organisation;
import org.intdesigner.model.PopulationCohort;
import org.intdesigner.model.Post;
import org.intdesigner.model.RaciAssignment;
import org.intdesigner.model.Team;
import org.intdesigner.model.compare.ModelChange;
import org.intdesigner.model.compare.ModelComparison;

/**
 * The edits a reorganisation makes to a scenario of the example, done the way a planner would do them by hand, so
 * that the scenario keeps the ids of everything it did not change: a team merged into another (everything that named
 * it names the other; a post working in both keeps one allocation), duplicates that leaves tidied, hosting
 * arrangements for posts that now work in another organisation's team, and the ids of what a wave changed.
 */
final class ScenarioEdits {

	private final IntdModel model;
	private final ModelBuilder b;

	ScenarioEdits(ModelBuilder b) {
		this.b = b;
		this.model = b.model;
	}

	<T extends Element> T find(List<T> elements, String code) {
		return elements.stream().filter(e -> code.equals(e.getCode())).findFirst()
				.orElseThrow(() -> new IllegalStateException("the example has no " + code));
	}

	Post post(String code) {
		return find(model.getPosts(), code);
	}

	Team team(String code) {
		List<Team> all = new ArrayList<>();
		model.eAllContents().forEachRemaining(o -> {
			if (o instanceof Team team) {
				all.add(team);
			}
		});
		return find(all, code);
	}

	AccountabilityItem item(String code) {
		return find(model.getAccountabilities(), code);
	}

	/**
	 * Removes {@code merged}: whatever named it names {@code into} instead (allocations, accountability items, RACI
	 * parties, interactions, boundaries), and {@code into} takes on its cohorts and the requirements it lacks.
	 */
	void merge(Team merged, Team into) {
		for (EStructuralFeature.Setting setting : EcoreUtil.UsageCrossReferencer.find(merged, model)) {
			EObject owner = setting.getEObject();
			EStructuralFeature feature = setting.getEStructuralFeature();
			if (feature.isMany()) {
				@SuppressWarnings("unchecked")
				EList<EObject> list = (EList<EObject>) owner.eGet(feature);
				int at = list.indexOf(merged);
				if (list.contains(into)) {
					list.remove(at);
				} else {
					list.set(at, into);
				}
			} else {
				owner.eSet(feature, into);
			}
		}
		for (PopulationCohort cohort : merged.getServedCohorts()) {
			if (!into.getServedCohorts().contains(cohort)) {
				into.getServedCohorts().add(cohort);
			}
		}
		for (CapabilityLevel level : List.copyOf(merged.getRequiredCapabilities())) {
			if (into.getRequiredCapabilities().stream().noneMatch(l -> l.getCapability() == level.getCapability())) {
				into.getRequiredCapabilities().add(level);
			}
		}
		EcoreUtil.delete(merged, true);
		tidy();
	}

	/** A post working twice in one team works there once, for the sum; a party holding one code twice holds it once. */
	private void tidy() {
		for (Post post : model.getPosts()) {
			Map<Team, Allocation> first = new HashMap<>();
			for (Allocation allocation : List.copyOf(post.getAllocations())) {
				Allocation kept = first.putIfAbsent(allocation.getTeam(), allocation);
				if (kept != null) {
					kept.setFte(Math.round((kept.getFte() + allocation.getFte()) * 100) / 100.0);
					EcoreUtil.delete(allocation, true);
				}
			}
		}
		for (AccountabilityItem item : model.getAccountabilities()) {
			Set<List<Object>> seen = new LinkedHashSet<>();
			for (RaciAssignment assignment : List.copyOf(item.getAssignments())) {
				if (!seen.add(List.of(assignment.getParty(), assignment.getCode()))) {
					EcoreUtil.delete(assignment, true);
				}
			}
		}
		Set<List<Object>> interactions = new LinkedHashSet<>();
		for (Interaction interaction : List.copyOf(model.getInteractions())) {
			if (!interactions.add(List.of(interaction.getKind(), interaction.getSource(), interaction.getTarget()))) {
				EcoreUtil.delete(interaction, true);
			}
		}
	}

	/** An interaction that now joins other teams, or renamed teams, says so in its name. */
	void renameInteractions() {
		for (Interaction interaction : model.getInteractions()) {
			String verb = switch (interaction.getKind()) {
			case COLLABORATION -> " collaborates with ";
			case SERVICE -> " serves ";
			case FACILITATION -> " facilitates ";
			};
			String name = interaction.getSource().getName() + verb + interaction.getTarget().getName();
			if (!name.equals(interaction.getName())) {
				interaction.setName(name);
			}
		}
	}

	/**
	 * A post that works in a team another organisation hosts is covered by a hosting arrangement between its employer
	 * and that host (made when there is none yet) and names one as its host arrangement; arrangements of hosts it no
	 * longer works for stop covering it.
	 */
	void hosting(Post post) {
		Organisation employer = post.getEmployer();
		Set<Organisation> hosts = new LinkedHashSet<>();
		post.getAllocations().stream().map(a -> a.getTeam().getHost()).filter(h -> h != null && h != employer)
				.forEach(hosts::add);
		for (Arrangement arrangement : model.getArrangements()) {
			if (arrangement.getKind() == ArrangementKind.HOSTING && arrangement.getCovers().contains(post)
					&& (!hosts.contains(arrangement.getHost()) || !arrangement.getParties().contains(employer))) {
				arrangement.getCovers().remove(post);
				if (post.getHostArrangement() == arrangement) {
					post.setHostArrangement(null);
				}
			}
		}
		for (Organisation host : hosts) {
			String code = "hosting-" + employer.getCode() + "-in-" + host.getCode();
			Arrangement arrangement = model.getArrangements().stream().filter(a -> code.equals(a.getCode())).findFirst()
					.orElseGet(() -> {
						Arrangement made = b.arrangement(code, employer.getName() + " staff working in " + host.getName()
								+ " teams", ArrangementKind.HOSTING, host, organisational(employer));
						made.getParties().add(employer);
						return made;
					});
			if (!arrangement.getCovers().contains(post)) {
				arrangement.getCovers().add(post);
			}
			if (post.getHostArrangement() == null) {
				post.setHostArrangement(arrangement);
			}
		}
	}

	Boundary organisational(Organisation organisation) {
		return find(model.getBoundaries(), "org-" + organisation.getCode());
	}

	/** A post now employed by {@code employer}: the organisations' boundaries list it where it is. */
	void moveBoundary(Post post, Organisation from, Organisation to) {
		organisational(from).getMembers().remove(post);
		organisational(to).getMembers().add(post);
	}

	/**
	 * The ids of the elements whose changes {@code after} makes against {@code before}: a change of an allocation, a
	 * requirement or a RACI code is its post's, team's or item's. The scenario's own name and waves are no change of the
	 * design.
	 */
	static List<String> changedElements(IntdModel before, IntdModel after) {
		Map<String, EObject> beforeById = byId(before);
		Map<String, EObject> afterById = byId(after);
		Set<String> ids = new LinkedHashSet<>();
		for (ModelChange change : ModelComparison.compare(before, after)) {
			EObject object = afterById.containsKey(change.id()) ? afterById.get(change.id()) : beforeById.get(change.id());
			while (object != null && !(object instanceof Element)) {
				object = object.eContainer();
			}
			if (object instanceof Element element && !(element instanceof IntdModel)
					&& !(element instanceof org.intdesigner.model.TransitionWave)) {
				ids.add(element.getId());
			}
		}
		return new ArrayList<>(ids);
	}

	private static Map<String, EObject> byId(IntdModel model) {
		Map<String, EObject> byId = new HashMap<>();
		model.eAllContents().forEachRemaining(o -> {
			if (o instanceof Identified identified && identified.getId() != null) {
				byId.put(identified.getId(), o);
			}
		});
		return byId;
	}
}
