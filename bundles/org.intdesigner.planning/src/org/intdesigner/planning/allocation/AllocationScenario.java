package org.intdesigner.planning.allocation;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.intdesigner.model.Allocation;
import org.intdesigner.model.Identified;
import org.intdesigner.model.IntdFactory;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Organisation;
import org.intdesigner.model.Post;
import org.intdesigner.model.Role;
import org.intdesigner.model.Team;
import org.intdesigner.model.TermsAndConditions;
import org.intdesigner.model.TransitionWave;
import org.intdesigner.model.compare.Scenarios;
import org.intdesigner.model.io.ModelIds;

/**
 * An allocation as a scenario of its model: a copy (every id kept) with a new vacant post for each whole post placed
 * (and one of 0.5 FTE for a half), designed as {@link NewPostDesign} says, and one transition wave "Allocation" that
 * lists the new posts, so the proposal can be edited, compared and planned like any other scenario.
 */
public final class AllocationScenario {

	public static final String WAVE_NAME = "Allocation";
	public static final String OWNER = "Place workforce lead";

	private AllocationScenario() {
	}

	/** The first day of the month after {@code today}: when an allocation takes effect unless told otherwise. */
	public static LocalDate defaultStart(LocalDate today) {
		return today.withDayOfMonth(1).plusMonths(1);
	}

	public static IntdModel make(IntdModel baseline, Path baselineFile, Path scenarioFile, String name, AllocationResult result,
			AllocationInputs inputs, LocalDate from) {
		IntdModel scenario = Scenarios.newScenario(baseline, name, baselineFile, scenarioFile);
		Map<String, EObject> byId = new HashMap<>();
		scenario.eAllContents().forEachRemaining(object -> {
			if (object instanceof Identified identified && identified.getId() != null) {
				byId.put(identified.getId(), object);
			}
		});
		TransitionWave wave = IntdFactory.eINSTANCE.createTransitionWave();
		wave.setId(ModelIds.newId());
		wave.setName(WAVE_NAME);
		wave.setEffectiveDate(from.toString());
		wave.setOwner(OWNER);
		wave.setReason(reason(result));
		for (AllocationResult.Line line : result.lines()) {
			NewPostDesign.Design design = inputs.designOf(line.candidate());
			int whole = line.halves() / 2;
			for (int k = 0; k < whole + line.halves() % 2; k++) {
				Post post = newPost(design, k < whole ? 1.0 : 0.5, k + 1, byId);
				scenario.getPosts().add(post);
				wave.getElementIds().add(post.getId());
			}
		}
		scenario.getTransitionWaves().add(wave);
		return scenario;
	}

	private static Post newPost(NewPostDesign.Design design, double fte, int number, Map<String, EObject> byId) {
		IntdFactory f = IntdFactory.eINSTANCE;
		Post post = f.createPost();
		post.setId(ModelIds.newId());
		post.setName("New " + design.role().getName() + " post " + number + ", " + design.neighbourhood().getName());
		post.setCode("alloc-" + code(design.neighbourhood().getCode(), design.neighbourhood().getName()) + "-"
				+ code(design.role().getCode(), design.role().getName()) + "-" + number);
		post.setRole(same(design.role(), byId, Role.class));
		post.setEmployer(same(design.employer(), byId, Organisation.class));
		post.setTerms(same(design.terms(), byId, TermsAndConditions.class));
		post.setLineManager(same(design.lineManager(), byId, Post.class));
		post.setBand(design.band());
		post.setFte(fte);
		Team team = same(design.team(), byId, Team.class);
		if (team != null) {
			Allocation allocation = f.createAllocation();
			allocation.setId(ModelIds.newId());
			allocation.setTeam(team);
			allocation.setFte(fte);
			post.getAllocations().add(allocation);
		}
		return post;
	}

	/** The scenario's copy of a baseline element (by its id), or null. */
	private static <T> T same(Identified original, Map<String, EObject> byId, Class<T> type) {
		return original == null ? null : type.cast(byId.get(original.getId()));
	}

	private static String code(String code, String name) {
		String text = code != null && !code.isBlank() ? code : name;
		return text.trim().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
	}

	private static String reason(AllocationResult result) {
		return String.format(Locale.ROOT, "Fair allocation of %s to the shortages by role and neighbourhood: the most"
				+ " shortage closed weighted by priority (1/priority), whole or half posts, %s, with every neighbourhood"
				+ " closing at least %.2f x its fair share (the best share closed without a floor, of its shortage).", result.budget().describe(),
				result.budget().arrs() ? "ARRS roles only" : "ARRS roles left to ARRS money", result.floor());
	}
}
