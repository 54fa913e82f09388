package org.intdesigner.planning.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

import org.eclipse.emf.ecore.EObject;
import org.intdesigner.analysis.api.Finding;
import org.intdesigner.analysis.engine.RuleSettings;
import org.intdesigner.analysis.engine.Validator;
import org.intdesigner.analysis.rules.BuiltInRules;
import org.intdesigner.model.AccountabilityItem;
import org.intdesigner.model.Arrangement;
import org.intdesigner.model.ArrangementKind;
import org.intdesigner.model.Boundary;
import org.intdesigner.model.Element;
import org.intdesigner.model.Identified;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Interaction;
import org.intdesigner.model.Post;
import org.intdesigner.model.Team;
import org.intdesigner.model.TermsAndConditions;
import org.intdesigner.model.TransitionWave;
import org.intdesigner.model.compare.ModelChange;
import org.intdesigner.model.compare.ModelChange.Kind;
import org.intdesigner.model.compare.ModelComparison;
import org.intdesigner.model.samples.ExamplePlace;
import org.intdesigner.model.samples.ExampleScenario;
import org.intdesigner.planning.pay.PayTable;
import org.junit.jupiter.api.Test;

/**
 * The shipped scenario "Riverside: Docklands in two MDTs" against its baseline, the example place: it changes Docklands
 * only, makes a change of every kind a transition plan types, schedules every change in exactly one of three waves, and
 * has no more validation findings than the baseline.
 */
class ExampleScenarioTest {

	private final IntdModel baseline = ExamplePlace.create();
	private final IntdModel scenario = ExampleScenario.of(baseline, Path.of("/place/riverside.intd"),
			Path.of("/place/riverside-docklands-two-mdts.intd"));
	private final List<ModelChange> changes = ModelComparison.compare(baseline, scenario);
	private final Map<String, EObject> before = byId(baseline);
	private final Map<String, EObject> after = byId(scenario);

	@Test
	void isAScenarioOfTheExampleThatLeavesTheExampleAsItWas() {
		assertEquals(ExampleScenario.NAME, scenario.getName());
		assertEquals("riverside.intd", scenario.getBaseline());
		assertEquals(List.of(), ModelComparison.compare(ExamplePlace.create(), baseline));
		assertEquals(List.of(), ModelComparison.compare(scenario, ExampleScenario.of(ExamplePlace.create(),
				Path.of("/place/riverside.intd"), Path.of("/place/riverside-docklands-two-mdts.intd"))), "same ids every time");
	}

	/**
	 * Every change is of an element of Docklands (its teams, its posts, its accountability items, interactions with its
	 * teams, its geographic boundary), or of what follows from those: the hosting and supervision arrangements that
	 * cover moved posts, the organisational boundaries listing the posts that changed employer or were added, the
	 * community trust's terms that now cover the paramedic's role; and the scenario's own name, description and waves.
	 */
	@Test
	void changesDocklandsOnly() {
		Set<String> outside = new LinkedHashSet<>();
		Map<String, Integer> consequences = new TreeMap<>();
		for (ModelChange change : changes) {
			Element element = element(change.id());
			if (element instanceof IntdModel || element instanceof TransitionWave || inDocklands(element)) {
				continue;
			}
			if (element instanceof Arrangement arrangement && (arrangement.getKind() == ArrangementKind.HOSTING
					|| arrangement.getKind() == ArrangementKind.PROFESSIONAL_SUPERVISION)
					|| element instanceof Boundary boundary && boundary.getCode().startsWith("org-")
					|| element instanceof TermsAndConditions terms && terms.getName().startsWith("Community trust")) {
				consequences.merge(element.eClass().getName(), 1, Integer::sum);
				continue;
			}
			outside.add(change.toString());
		}
		assertEquals(Set.of(), outside);
		assertTrue(consequences.containsKey("Arrangement") && consequences.containsKey("Boundary"), consequences.toString());
	}

	@Test
	void hasAChangeOfEveryKindATransitionPlanTypes() {
		assertTrue(has(Kind.ADDED, "Post", p -> true), "new post");
		assertTrue(has(Kind.REMOVED, "Post", p -> ((Post) p).getCode().equals("docklands-fcp")), "post closed");
		assertTrue(has(Kind.CHANGED, "Allocation", a -> ((Element) ((EObject) a).eContainer()).getCode().startsWith("docklands-")),
				"post moved to another team");
		Post paramedic = post("docklands-para");
		assertTrue(has(Kind.MOVED, "Post", p -> p == paramedic), "employer change");
		assertEquals("cht", paramedic.getEmployer().getCode());
		assertEquals(ArrangementKind.HOSTING, paramedic.getHostArrangement().getKind());
		assertTrue(paramedic.getHostArrangement().getParties().contains(paramedic.getEmployer()));
		assertTrue(changed("band", p -> p == post("docklands-dn1")), "re-banding");
		assertTrue(changed("lineManager", p -> true), "line-management change");
		assertTrue(has(Kind.ADDED, "RaciAssignment", a -> true) && has(Kind.ADDED, "AccountabilityItem", a -> true), "RACI");
		assertTrue(has(Kind.ADDED, "Team", t -> ((Team) t).getCode().equals("docklands-families")), "team added");
		assertTrue(has(Kind.REMOVED, "Team", t -> ((Team) t).getCode().equals("docklands-mh")), "team removed");
		Team families = team("docklands-families");
		assertEquals(2, families.getServedCohorts().size());
		assertEquals(List.of("Docklands ageing well and complex care MDT", "Docklands families and mental health MDT"),
				team("docklands-core").getSubTeams().stream().map(Team::getName).toList(), "Docklands has two MDTs");
	}

	@Test
	void threeWavesScheduleEveryChangeOnce() {
		List<TransitionWave> waves = scenario.getTransitionWaves();
		assertEquals(3, waves.size());
		Map<String, Integer> waveOf = new HashMap<>();
		LocalDate previous = LocalDate.of(2026, 3, 31);
		for (int i = 0; i < waves.size(); i++) {
			TransitionWave wave = waves.get(i);
			LocalDate date = LocalDate.parse(wave.getEffectiveDate());
			assertTrue(date.isAfter(previous) && date.isBefore(LocalDate.of(2027, 4, 1)), wave.getEffectiveDate());
			previous = date;
			assertFalse(wave.getOwner().isBlank() || wave.getReason().isBlank() || wave.getElementIds().isEmpty());
			for (String id : wave.getElementIds()) {
				assertNull(waveOf.put(id, i + 1), id + " is in two waves");
			}
		}
		Set<String> changed = new LinkedHashSet<>();
		for (ModelChange change : changes) {
			Element element = element(change.id());
			if (!(element instanceof IntdModel) && !(element instanceof TransitionWave)) {
				changed.add(element.getId());
			}
		}
		assertEquals(changed, waveOf.keySet(), "every changed element in a wave, every listed element changed");
		assertEquals(2, waveOf.get(post("docklands-fmh-mgr").getId()));
		assertEquals(3, waveOf.get(post("docklands-para").getId()));
		assertEquals(3, waveOf.get(removedPostId("docklands-fcp")));
	}

	/** Wave 1 moves the practitioner under a manager whose post only comes in wave 2: the one gap it leaves. */
	@Test
	void wave1LeavesOneMovedPostWithoutItsManager() {
		List<String> wave1 = scenario.getTransitionWaves().get(0).getElementIds();
		List<String> later = new ArrayList<>(scenario.getTransitionWaves().get(1).getElementIds());
		later.addAll(scenario.getTransitionWaves().get(2).getElementIds());
		List<String> waiting = new ArrayList<>();
		for (Post post : scenario.getPosts()) {
			if (wave1.contains(post.getId()) && post.getLineManager() != null && later.contains(post.getLineManager().getId())) {
				waiting.add(post.getCode());
			}
		}
		assertEquals(List.of("docklands-mhp"), waiting);
	}

	@Test
	void hasNoMoreFindingsThanTheBaselineAndEveryPostIsCosted() {
		Map<String, Integer> was = findings(baseline);
		Map<String, Integer> now = findings(scenario);
		for (Map.Entry<String, Integer> rule : now.entrySet()) {
			assertTrue(rule.getValue() <= was.getOrDefault(rule.getKey(), 0), rule.getKey() + ": " + was + " -> " + now);
		}
		PayTable table = PayTable.of(scenario);
		assertEquals(List.of(), scenario.getPosts().stream().filter(p -> table.whyNoCost(p) != null).map(Post::getCode).toList());
	}

	private static Map<String, Integer> findings(IntdModel model) {
		Map<String, Integer> byRule = new TreeMap<>();
		for (Finding finding : new Validator(BuiltInRules.create(), RuleSettings.defaults()).validate(model).active()) {
			byRule.merge(finding.ruleId(), 1, Integer::sum);
		}
		return byRule;
	}

	private boolean inDocklands(Element element) {
		return switch (element) {
			case Team team -> team.getCode().startsWith("docklands-");
			case Post post -> post.getCode().startsWith("docklands-");
			case AccountabilityItem item -> item.getCode().startsWith("docklands-");
			case Interaction interaction -> interaction.getCode().contains("docklands-");
			case Boundary boundary -> boundary.getCode().equals("geo-docklands");
			default -> false;
		};
	}

	private boolean has(Kind kind, String type, Predicate<Object> which) {
		return changes.stream().anyMatch(c -> c.change() == kind && c.type().equals(type)
				&& which.test(after.containsKey(c.id()) ? after.get(c.id()) : before.get(c.id())));
	}

	private boolean changed(String feature, Predicate<Object> which) {
		return changes.stream().anyMatch(c -> c.change() == Kind.CHANGED && c.feature().equals(feature)
				&& which.test(after.get(c.id())));
	}

	/** The element a change is about: the changed object, or the post, team or item holding it. */
	private Element element(String id) {
		EObject object = after.containsKey(id) ? after.get(id) : before.get(id);
		while (!(object instanceof Element)) {
			object = object.eContainer();
		}
		return (Element) object;
	}

	private String removedPostId(String code) {
		return baseline.getPosts().stream().filter(p -> p.getCode().equals(code)).findFirst().orElseThrow().getId();
	}

	private Post post(String code) {
		return scenario.getPosts().stream().filter(p -> code.equals(p.getCode())).findFirst().orElseThrow();
	}

	private Team team(String code) {
		List<Team> teams = new ArrayList<>();
		scenario.eAllContents().forEachRemaining(o -> {
			if (o instanceof Team team) {
				teams.add(team);
			}
		});
		return teams.stream().filter(t -> code.equals(t.getCode())).findFirst().orElseThrow();
	}

	private static Map<String, EObject> byId(IntdModel model) {
		Map<String, EObject> byId = new HashMap<>();
		byId.put(model.getId(), model);
		model.eAllContents().forEachRemaining(o -> {
			if (o instanceof Identified identified) {
				byId.put(identified.getId(), o);
			}
		});
		return byId;
	}
}
