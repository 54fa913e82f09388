package org.intdesigner.analysis.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.intdesigner.analysis.api.FigureAnalysis;
import org.intdesigner.analysis.api.FigureTable;
import org.intdesigner.analysis.engine.FigureAnalysisRegistry;
import org.intdesigner.model.Allocation;
import org.intdesigner.model.Capability;
import org.intdesigner.model.CapabilityLevel;
import org.intdesigner.model.IntdFactory;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Need;
import org.intdesigner.model.Organisation;
import org.intdesigner.model.PopulationCohort;
import org.intdesigner.model.Post;
import org.intdesigner.model.Sector;
import org.intdesigner.model.Team;
import org.intdesigner.model.samples.ExamplePlace;
import org.junit.jupiter.api.Test;

/** The figures on a small hand-made INT whose answers are known, and on the example place. */
class FigureAnalysesTest {

	private static final IntdFactory F = IntdFactory.eINSTANCE;

	private final IntdModel model = F.createIntdModel();
	private final Organisation practice = organisation("Riverside PCN", Sector.GENERAL_PRACTICE);
	private final Organisation council = organisation("Riverside Council", Sector.SOCIAL_CARE);
	private final Team core = team("Core team", practice);
	private final Post director = post("Director", practice, null, 1.0, "D. Irector");
	private final Post lead = post("Lead nurse", practice, director, 1.0, "L. Ead");
	private final Post nurse1 = post("Nurse", practice, lead, 0.8, "N. One");
	private final Post nurse2 = post("Nurse", practice, lead, 1.0, null);
	private final Post worker = post("Social worker", council, lead, 0.6, "S. Worker");

	private Organisation organisation(String name, Sector sector) {
		Organisation organisation = F.createOrganisation();
		organisation.setName(name);
		organisation.setSector(sector);
		model.getOrganisations().add(organisation);
		return organisation;
	}

	private Team team(String name, Organisation host) {
		Team team = F.createTeam();
		team.setName(name);
		team.setHost(host);
		model.getTeams().add(team);
		return team;
	}

	private Post post(String name, Organisation employer, Post manager, double fte, String holder) {
		Post post = F.createPost();
		post.setName(name);
		post.setEmployer(employer);
		post.setLineManager(manager);
		post.setFte(fte);
		post.setHolder(holder);
		Allocation allocation = F.createAllocation();
		allocation.setTeam(core);
		allocation.setFte(fte);
		post.getAllocations().add(allocation);
		model.getPosts().add(post);
		return post;
	}

	@Test
	void spansAndLayersPerEmployer() {
		FigureTable table = new SpansAndLayers().compute(model);
		assertEquals(List.of("Riverside PCN", 4, 2, 2.0, 3, 3), table.row("Riverside PCN"),
				"director manages 1, lead manages 3 (one across employers): average 2, widest 3, three layers");
		assertEquals(List.of("Riverside Council", 1, 0, 0.0, 0, 1), table.row("Riverside Council"));
	}

	@Test
	void boundaryCrossingsPerTeam() {
		worker.setSupervisor(nurse1);
		FigureTable table = new BoundaryCrossings().compute(model);
		assertEquals(List.of("Core team", 5, 1, 1, 1), table.row("Core team"),
				"the social worker comes from the council, is managed and supervised from the practice");
	}

	@Test
	void fteByRoleSectorAndTeam() {
		FigureTable table = new FteBreakdown().compute(model);
		assertTrue(table.rows().contains(List.of("Role", "(no role)", 4.4, 1.0)), table.rows().toString());
		assertTrue(table.rows().contains(List.of("Sector", "general_practice", 3.8, 1.0)), table.rows().toString());
		assertTrue(table.rows().contains(List.of("Sector", "social_care", 0.6, 0.0)), table.rows().toString());
		assertTrue(table.rows().contains(List.of("Team", "Core team", 4.4, 1.0)), table.rows().toString());
	}

	@Test
	void skillsCoveragePerCohort() {
		Capability falls = capability("Falls prevention");
		Capability meds = capability("Medicines review");
		PopulationCohort frail = F.createPopulationCohort();
		frail.setName("Frail older people");
		Need need = F.createNeed();
		need.getRequiredCapabilities().add(falls);
		need.getRequiredCapabilities().add(meds);
		frail.getNeeds().add(need);
		var area = F.createArea();
		area.getCohorts().add(frail);
		model.getAreas().add(area);
		core.getServedCohorts().add(frail);
		CapabilityLevel level = F.createCapabilityLevel();
		level.setCapability(falls);
		nurse1.getCapabilities().add(level);
		FigureTable table = new SkillsCoverage().compute(model);
		assertEquals(List.of("Frail older people", 2, 1, 50.0, "Medicines review"), table.row("Frail older people"));
	}

	private Capability capability(String name) {
		Capability capability = F.createCapability();
		capability.setName(name);
		model.getCapabilities().add(capability);
		return capability;
	}

	@Test
	void theBuiltInAnalysesAreContributedAndRunOnTheExamplePlace() {
		FigureAnalysisRegistry registry = FigureAnalysisRegistry.getDefault();
		assertEquals(List.of(), registry.getProblems());
		List<FigureAnalysis> analyses = registry.getAnalyses();
		assertEquals(List.of("FIG-SPANS", "FIG-BOUNDARIES", "FIG-FTE", "FIG-SKILLS"), analyses.stream().map(FigureAnalysis::id).toList());
		IntdModel example = ExamplePlace.create();
		for (FigureAnalysis analysis : analyses) {
			FigureTable table = analysis.compute(example);
			assertFalse(table.rows().isEmpty(), analysis.id());
			table.rows().forEach(row -> assertEquals(table.columns().size(), row.size(), analysis.id() + " " + row));
		}
	}
}
