package org.intdesigner.model.samples.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.intdesigner.model.AccountabilityItem;
import org.intdesigner.model.Allocation;
import org.intdesigner.model.Area;
import org.intdesigner.model.AreaKind;
import org.intdesigner.model.Identified;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Post;
import org.intdesigner.model.RaciCode;
import org.intdesigner.model.Role;
import org.intdesigner.model.Sector;
import org.intdesigner.model.Team;
import org.intdesigner.model.TeamKind;
import org.intdesigner.model.io.LoadedModel;
import org.intdesigner.model.io.ModelFiles;
import org.intdesigner.model.samples.ExamplePlace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExamplePlaceTest {

	private final IntdModel model = ExamplePlace.create();

	// the mistakes the example keeps on purpose for validation to find (ExampleFindings)
	static final String TWO_ACCOUNTABLE = "riverside-clinical-governance";
	static final String NOBODY_RESPONSIBLE = "riverside-inequalities";
	static final String TEAM_WITHOUT_LEAD = "riverside-phm";
	static final String CLINICIAN_WITHOUT_SUPERVISOR = "hillside-para";
	static final String HOSTED_WITHOUT_ARRANGEMENT = "mind-chww";

	static List<Team> allTeams(IntdModel model) {
		List<Team> teams = new ArrayList<>();
		model.eAllContents().forEachRemaining(o -> {
			if (o instanceof Team team) {
				teams.add(team);
			}
		});
		return teams;
	}

	@Test
	void geographyIsIcsPlaceAndFourNeighbourhoodsOf30To50k() {
		assertEquals(1, model.getAreas().size());
		Area ics = model.getAreas().get(0);
		assertEquals(AreaKind.ICS, ics.getKind());
		Area place = ics.getSubAreas().get(0);
		assertEquals(AreaKind.PLACE, place.getKind());
		assertEquals("Riverside", place.getName());
		assertEquals(4, place.getSubAreas().size());
		int sum = 0;
		for (Area nb : place.getSubAreas()) {
			assertEquals(AreaKind.NEIGHBOURHOOD, nb.getKind());
			assertTrue(nb.getPopulation() >= 30_000 && nb.getPopulation() <= 50_000, nb.getName());
			assertEquals(6, nb.getCohorts().size());
			nb.getCohorts().forEach(c -> {
				assertFalse(c.getNeeds().isEmpty());
				assertTrue(c.getSize() > 0 && c.getSize() < nb.getPopulation());
				c.getNeeds().forEach(n -> assertFalse(n.getRequiredCapabilities().isEmpty()));
			});
			sum += nb.getPopulation();
		}
		assertEquals(sum, place.getPopulation());
	}

	@Test
	void organisationsSpanTheSectorsWithDifferentTerms() {
		assertEquals(16, model.getOrganisations().size());
		Set<Sector> sectors = new HashSet<>();
		Set<String> terms = new HashSet<>();
		model.getOrganisations().forEach(o -> {
			sectors.add(o.getSector());
			// one set of terms each, and the mental health trust's consultant contract beside its Agenda for Change terms
			assertEquals(o.getCode().equals("mht") ? 2 : 1, o.getTerms().size(), o.getName());
			o.getTerms().forEach(t -> assertFalse(t.getRoles().isEmpty(), t.getName()));
			terms.add(o.getTerms().get(0).getPayScale() + o.getTerms().get(0).getWeeklyHours()
					+ o.getTerms().get(0).getAnnualLeaveDays());
		});
		assertTrue(sectors.containsAll(List.of(Sector.GENERAL_PRACTICE, Sector.COMMUNITY_HEALTH, Sector.MENTAL_HEALTH,
				Sector.ACUTE, Sector.SOCIAL_CARE, Sector.CHILDRENS_SERVICES, Sector.COMMUNITY_PHARMACY, Sector.VCFSE,
				Sector.VOLUNTEERS)));
		assertEquals(3, model.getOrganisations().stream().filter(o -> o.getSector() == Sector.GENERAL_PRACTICE).count());
		assertTrue(model.getOrganisations().stream().filter(o -> o.getSector() == Sector.VCFSE).count() >= 4);
		assertTrue(terms.size() >= 8, "terms differ between employers");
	}

	@Test
	void rolesIncludeNewAndArrsRolesWithRightFlags() {
		assertEquals(42, model.getRoles().size());
		assertEquals(22, model.getCapabilities().size());
		for (String name : List.of("Care coordinator", "Social prescribing link worker", "Health and wellbeing coach",
				"Community health and wellbeing worker", "GP with extended role (frailty)")) {
			assertTrue(role(name).isNewRole(), name);
		}
		for (String name : List.of("Clinical pharmacist", "Pharmacy technician", "First contact physiotherapist",
				"Paramedic", "Nursing associate", "Dietitian", "Podiatrist", "Mental health practitioner",
				"Digital and transformation lead", "Care coordinator", "Social prescribing link worker")) {
			assertTrue(role(name).isArrs(), name);
		}
		assertTrue(role("District nurse").isClinical());
		assertTrue(role("Paramedic").isClinical());
		assertFalse(role("Care coordinator").isClinical());
		assertFalse(role("Social worker (adults)").isClinical());
		assertFalse(role("District nurse").isArrs());
		assertEquals(13, model.getRoles().stream().filter(Role::isArrs).count());
		model.getRoles().forEach(r -> assertFalse(r.getCapabilities().isEmpty(), r.getName()));
	}

	private Role role(String name) {
		return model.getRoles().stream().filter(r -> r.getName().equals(name)).findFirst().orElseThrow();
	}

	@Test
	void postsHaveManagersFteBandsAndAboutTenPercentVacant() {
		List<Post> posts = model.getPosts();
		assertEquals(162, posts.size());
		long vacant = posts.stream().filter(Post::isVacant).count();
		assertEquals(18, vacant); // 11%
		Set<Sector> employers = new HashSet<>();
		for (Post post : posts) {
			assertNotNull(post.getRole());
			assertNotNull(post.getTerms());
			assertTrue(post.getEmployer().getTerms().contains(post.getTerms()));
			assertTrue(post.getFte() > 0 && post.getFte() <= 1.0);
			assertFalse(post.getBand().isBlank());
			employers.add(post.getEmployer().getSector());
			double allocated = post.getAllocations().stream().mapToDouble(Allocation::getFte).sum();
			assertTrue(allocated <= post.getFte() + 1e-9, post.getCode() + " allocates " + allocated);
		}
		assertTrue(employers.containsAll(List.of(Sector.GENERAL_PRACTICE, Sector.SOCIAL_CARE, Sector.VCFSE)));
		// every post has a line manager except the top post of each employer, and no chain loops
		List<Post> tops = posts.stream().filter(p -> p.getLineManager() == null).toList();
		assertEquals(model.getOrganisations().size(), tops.size());
		assertEquals(model.getOrganisations().size(), tops.stream().map(Post::getEmployer).distinct().count());
		for (Post post : posts) {
			Set<Post> chain = new HashSet<>();
			for (Post p = post; p != null; p = p.getLineManager()) {
				assertTrue(chain.add(p), "line management cycle at " + post.getCode());
			}
			if (post.getLineManager() != null) {
				assertFalse(post.getLineManager().isVacant(), "manager of " + post.getCode() + " is vacant");
			}
		}
	}

	@Test
	void postsWorkingOutsideTheirEmployerHaveHostArrangementsAndClinicalOnesSupervisors() {
		int outside = 0;
		for (Post post : model.getPosts()) {
			boolean away = post.getAllocations().stream().anyMatch(a -> a.getTeam().getHost() != post.getEmployer());
			if (!away) {
				continue;
			}
			outside++;
			if (post.getCode().equals(HOSTED_WITHOUT_ARRANGEMENT)) {
				assertNull(post.getHostArrangement(), "left out on purpose (BND-002)");
				assertTrue(model.getArrangements().stream().noneMatch(a -> a.getCovers().contains(post)));
				continue;
			}
			assertNotNull(post.getHostArrangement(), post.getCode());
			assertTrue(post.getHostArrangement().getCovers().contains(post));
			assertTrue(post.getHostArrangement().getParties().contains(post.getEmployer()));
			if (post.getRole().isClinical() && post.getCode().equals(CLINICIAN_WITHOUT_SUPERVISOR)) {
				assertNull(post.getSupervisor(), "left out on purpose (BND-001)");
			} else if (post.getRole().isClinical()) {
				Post supervisor = post.getSupervisor();
				assertNotNull(supervisor, post.getCode());
				assertEquals(post.getEmployer(), supervisor.getEmployer());
				assertTrue(supervisor.getRole().isClinical());
				assertFalse(supervisor.isVacant());
			}
		}
		assertTrue(outside > 50, "many posts work across boundaries: " + outside);
	}

	@Test
	void teamsHaveOneLeadAndNestWithoutCycles() {
		List<Team> teams = allTeams(model);
		assertEquals(33, teams.size());
		assertEquals(4, teams.stream().filter(t -> t.getKind() == TeamKind.CORE).count());
		assertEquals(16, teams.stream().filter(t -> t.getKind() == TeamKind.MDT).count());
		assertEquals(4, teams.stream().filter(t -> t.getKind() == TeamKind.SPECIALIST).count());
		assertEquals(6, teams.stream().filter(t -> t.getKind() == TeamKind.WIDER_PARTNER).count());
		assertEquals(3, teams.stream().filter(t -> t.getKind() == TeamKind.ENABLING).count());
		for (Team team : teams) {
			if (team.getCode().equals(TEAM_WITHOUT_LEAD)) {
				assertNull(team.getLead(), "left out on purpose (TEAM-002)");
			} else {
				assertNotNull(team.getLead(), team.getName());
				assertFalse(team.getLead().isVacant(), team.getName());
			}
			assertNotNull(team.getHost());
			assertFalse(team.getRequiredCapabilities().isEmpty());
			if (team.getKind() == TeamKind.MDT) {
				assertEquals(TeamKind.CORE, ((Team) team.eContainer()).getKind());
				assertFalse(team.getServedCohorts().isEmpty());
			}
			assertTrue(model.getPosts().stream().flatMap(p -> p.getAllocations().stream())
					.anyMatch(a -> a.getTeam() == team), team.getName() + " has members");
		}
	}

	@Test
	void everyAccountabilityItemHasExactlyOneAAndAtLeastOneRButTheTwoMistakesKeptOnPurpose() {
		assertEquals(47, model.getAccountabilities().size());
		int entries = 0;
		for (AccountabilityItem item : model.getAccountabilities()) {
			long accountable = item.getAssignments().stream().filter(a -> a.getCode() == RaciCode.A).count();
			boolean responsible = item.getAssignments().stream().anyMatch(a -> a.getCode() == RaciCode.R);
			assertEquals(item.getCode().equals(TWO_ACCOUNTABLE) ? 2 : 1, accountable, item.getName());
			assertEquals(!item.getCode().equals(NOBODY_RESPONSIBLE), responsible, item.getName());
			assertNotNull(item.getTeam());
			item.getAssignments().forEach(a -> assertNotNull(a.getParty()));
			entries += item.getAssignments().size();
		}
		assertEquals(249, entries);
	}

	@Test
	void boundariesArrangementsAndInteractions() {
		assertEquals(33, model.getBoundaries().size());
		assertEquals(64, model.getArrangements().size());
		assertEquals(56, model.getInteractions().size());
		model.getArrangements().forEach(a -> assertTrue(a.getParties().size() >= 2, a.getName()));
		assertTrue(model.getPosts().stream().filter(p -> !p.isVacant()).allMatch(p -> !p.getCapabilities().isEmpty()));
	}

	@Test
	void theSmallCharitiesNarrowSpansAreAcceptedWithAReason() {
		List<Post> accepted = model.getPosts().stream().filter(p -> !p.getSuppressions().isEmpty()).toList();
		assertEquals(5, accepted.size());
		for (Post post : accepted) {
			assertEquals(Sector.VCFSE, post.getEmployer().getSector(), post.getCode());
			assertEquals("SPAN-002", post.getSuppressions().get(0).getRuleId());
			assertFalse(post.getSuppressions().get(0).getReason().isBlank());
			long reports = model.getPosts().stream().filter(p -> p.getLineManager() == post).count();
			assertTrue(reports > 0 && reports < 3, post.getCode() + " manages " + reports);
		}
	}

	@Test
	void isDeterministicIdsIncluded() {
		IntdModel again = ExamplePlace.create();
		assertTrue(new EcoreUtil.EqualityHelper().equals(model, again));
		Set<String> ids = new HashSet<>();
		for (var it = model.eAllContents(); it.hasNext();) {
			EObject object = it.next();
			if (object instanceof Identified identified) {
				assertNotNull(identified.getId());
				assertTrue(ids.add(identified.getId()), "duplicate id " + identified.getId());
			}
		}
	}

	@Test
	void savesAndLoadsThroughModelFiles(@TempDir Path folder) throws Exception {
		Path file = folder.resolve("riverside.intd");
		Resource resource = ModelFiles.createResource(ModelFiles.newResourceSet(), file);
		resource.getContents().add(model);
		ModelFiles.save(resource, file);
		LoadedModel loaded = ModelFiles.load(file);
		assertTrue(loaded.integrity().isClean(), loaded.integrity().problems().toString());
		assertTrue(new EcoreUtil.EqualityHelper().equals(ExamplePlace.create(), loaded.model()));
	}
}
