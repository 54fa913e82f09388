package org.intdesigner.planning.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.intdesigner.analysis.engine.RuleSettings;
import org.intdesigner.analysis.rules.NoLineManagerRule;
import org.intdesigner.model.Allocation;
import org.intdesigner.model.IntdFactory;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Organisation;
import org.intdesigner.model.PayBand;
import org.intdesigner.model.Post;
import org.intdesigner.model.Role;
import org.intdesigner.model.Sector;
import org.intdesigner.model.SupplyAssumption;
import org.intdesigner.model.Team;
import org.intdesigner.model.compare.Scenarios;
import org.intdesigner.model.samples.ExamplePlace;
import org.intdesigner.planning.StoreFigures;
import org.intdesigner.planning.WorkforcePlan;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A trust and a council: a core team hosted by the trust with two nurses (1.0 and 0.5 FTE, band 6 at £60,000) and a
 * council social worker (SO1 at £50,000) line managed by the first nurse. The scenario adds a band 7 nurse (not in
 * the pay table), takes the second nurse to full time and the social worker's line manager away. Worked by hand:
 * trust 2 posts 1.5 FTE becomes 3 posts 3.0 FTE; cost £140,000 becomes £170,000 with one post not costed; POST-002
 * (no line manager, the first nurse is the top of the trust) finds nothing, then the social worker and the new nurse;
 * crossings: the social worker works for another employer than the host and is managed across employers (2), then
 * only the first (1).
 */
class SideBySideFiguresTest {

	private static final IntdFactory F = IntdFactory.eINSTANCE;
	private static final double EXACT = 1e-9;

	private IntdModel baseline;
	private IntdModel scenario;

	@BeforeEach
	void models() {
		baseline = F.createIntdModel();
		baseline.setName("As is");
		Organisation trust = organisation("Riverside Trust", Sector.COMMUNITY_HEALTH);
		Organisation council = organisation("Riverside Council", Sector.SOCIAL_CARE);
		Role nurse = role("Community nurse");
		Role worker = role("Social worker");
		band("Agenda for Change", "6", 60_000, Sector.COMMUNITY_HEALTH);
		band("NJC", "SO1", 50_000, Sector.SOCIAL_CARE);
		Team team = F.createTeam();
		team.setName("Core team");
		team.setHost(trust);
		baseline.getTeams().add(team);
		Post lead = post("n1", trust, nurse, "6", 1.0, team);
		lead.setTopOfOrganisation(true);
		post("n2", trust, nurse, "6", 0.5, team).setLineManager(lead);
		post("sw1", council, worker, "SO1", 1.0, team).setLineManager(lead);

		scenario = Scenarios.newScenario(baseline, "To be", Path.of("as-is.intd"), Path.of("to-be.intd"));
		Post added = F.createPost();
		added.setId("n3");
		added.setName("n3");
		added.setEmployer(find(scenario, "Riverside Trust"));
		added.setRole(scenario.getRoles().get(0));
		added.setBand("7");
		added.setFte(1.0);
		scenario.getPosts().add(added);
		scenario.getPosts().get(1).setFte(1.0);
		scenario.getPosts().get(2).setLineManager(null);
	}

	@Test
	void postsAndFteByOrganisationAndRoleWithTheirDifferences() {
		SideBySide figures = compute(baseline, scenario);
		assertEquals(List.of("as-is.intd", "to-be.intd"), figures.models());
		SideBySide.Section byOrganisation = figures.section(SideBySideFigures.BY_ORGANISATION);
		SideBySide.Row trustPosts = byOrganisation.row("Riverside Trust", "posts");
		assertEquals(2, trustPosts.value(0), EXACT);
		assertEquals(3, trustPosts.value(1), EXACT);
		assertEquals(1, trustPosts.difference(1), EXACT);
		assertEquals(1.5, byOrganisation.row("Riverside Trust", "FTE").difference(1), EXACT);
		assertEquals(0, byOrganisation.row("Riverside Council", "posts").difference(1), EXACT);
		assertEquals(4, byOrganisation.row("All organisations", "posts").value(1), EXACT);
		assertEquals(4.0, byOrganisation.row("All organisations", "FTE").value(1), EXACT);

		SideBySide.Section byRole = figures.section(SideBySideFigures.BY_ROLE);
		assertEquals(2, byRole.row("Community nurse", "posts").value(0), EXACT);
		assertEquals(3.0, byRole.row("Community nurse", "FTE").value(1), EXACT);
		assertEquals(1.0, byRole.row("Social worker", "FTE").value(1), EXACT);
	}

	@Test
	void costCountsThePostsItCannotCostWithWhy() {
		SideBySide.Section cost = compute(baseline, scenario).section(SideBySideFigures.COST);
		assertEquals(140_000, cost.row("All posts", "annual cost").value(0), EXACT);
		assertEquals(170_000, cost.row("All posts", "annual cost").value(1), EXACT);
		assertEquals(30_000, cost.row("All posts", "annual cost").difference(1), EXACT);
		assertEquals(0, cost.row("All posts", "posts not costed").value(0), EXACT);
		assertEquals(1, cost.row("All posts", "posts not costed").value(1), EXACT);
		assertEquals(3, cost.row("All posts", "posts costed").value(1), EXACT);
		assertEquals(120_000, cost.row("Riverside Trust", "annual cost").value(1), EXACT);
		SideBySide.Row why = cost.row("Not costed: the pay table has no band \"7\" for the "
				+ Sector.COMMUNITY_HEALTH.getLiteral() + " sector: add it to the pay table", "posts not costed");
		assertEquals(0, why.value(0), EXACT);
		assertEquals(1, why.value(1), EXACT);
		assertTrue(cost.notes().isEmpty(), cost.notes().toString());
	}

	@Test
	void aModelWithoutPayTableHasAnUnknownCostAndSaysWhy() {
		scenario.getPayBands().clear();
		SideBySide.Section cost = compute(baseline, scenario).section(SideBySideFigures.COST);
		assertTrue(Double.isNaN(cost.row("All posts", "annual cost").value(1)));
		assertTrue(Double.isNaN(cost.row("All posts", "annual cost").difference(1)));
		assertEquals(4, cost.row("Not costed: the model has no pay table", "posts not costed").value(1), EXACT);
		assertEquals(List.of("to-be.intd has no pay table: add its pay bands (scale, band, annual cost) to cost its posts."),
				cost.notes());
	}

	@Test
	void findingsByRuleAndCrossings() {
		SideBySide figures = compute(baseline, scenario);
		SideBySide.Section findings = figures.section(SideBySideFigures.FINDINGS);
		SideBySide.Row noManager = findings.row("POST-002 Post has no line manager", "findings");
		assertEquals(0, noManager.value(0), EXACT);
		assertEquals(2, noManager.value(1), EXACT);
		assertEquals(2, findings.row("All rules", "warnings").difference(1), EXACT);
		assertEquals(0, findings.row("All rules", "errors").value(1), EXACT);

		SideBySide.Section crossings = figures.section(SideBySideFigures.CROSSINGS);
		assertEquals(2, crossings.row("Core team", "crossings").value(0), EXACT);
		assertEquals(1, crossings.row("Core team", "crossings").value(1), EXACT);
		assertEquals(1, crossings.row("All teams", "from another employer than the host").value(1), EXACT);
		assertEquals(-1, crossings.row("All teams", "line managed across employers").difference(1), EXACT);
		assertEquals(0, crossings.row("All teams", "supervised across employers").value(0), EXACT);
	}

	@Test
	void theExamplesSupplyRaisedByTwoShowsInSupplyAndGap() {
		IntdModel example = ExamplePlace.create();
		IntdModel raised = Scenarios.newScenario(example, "Raised", Path.of("a.intd"), Path.of("b.intd"));
		SupplyAssumption supply = raised.getSupplyAssumptions().get(0);
		supply.setStartFte(supply.getStartFte() + 2);
		String role = supply.getRole().getName();
		int horizon = WorkforcePlan.defaultHorizon(example);

		SideBySide.Section plan = compute(example, raised).section(SideBySideFigures.PLAN);
		assertEquals(2, plan.row(role, "supply now").difference(1), 1e-6);
		assertEquals(-2, plan.row(role, "gap now").difference(1), 1e-6);
		assertEquals(0, plan.row(role, "need now").difference(1), 1e-6);
		assertTrue(plan.row(role, "need in " + horizon + " years").value(0) > 0);
		assertTrue(plan.notes().contains("as-is.intd: no workforce store, so supply starts only from the figures its supply"
				+ " assumptions give (an assumption without them is not projected)."), plan.notes().toString());
		// another role's figures do not move
		String other = raised.getSupplyAssumptions().get(1).getRole().getName();
		assertEquals(0, plan.row(other, "gap now").difference(1), 1e-6);
	}

	@Test
	void aRoleWhoseSupplyAssumptionIsGoneHasUnknownSupplyNotNone() {
		IntdModel example = ExamplePlace.create();
		IntdModel without = Scenarios.newScenario(example, "Without", Path.of("a.intd"), Path.of("b.intd"));
		SupplyAssumption gone = without.getSupplyAssumptions().remove(0);
		SideBySide.Section plan = compute(example, without).section(SideBySideFigures.PLAN);
		SideBySide.Row supply = plan.row(gone.getRole().getName(), "supply now");
		assertTrue(supply.value(0) > 0);
		assertTrue(Double.isNaN(supply.value(1)), "no assumption: supply unknown");
		assertTrue(Double.isNaN(plan.row(gone.getRole().getName(), "gap now").value(1)));
		assertEquals(0, plan.row(gone.getRole().getName(), "need now").difference(1), 1e-6, "its need is still known");
	}

	@Test
	void oneModelAloneAndFiveRefused() {
		SideBySide alone = compute(baseline);
		assertEquals(1, alone.models().size());
		assertEquals(3, alone.section(SideBySideFigures.BY_ORGANISATION).row("All organisations", "posts").value(0), EXACT);
		assertNull(alone.section(SideBySideFigures.BY_ORGANISATION).row("Nobody", "posts"));
		assertThrows(IllegalArgumentException.class,
				() -> compute(baseline, scenario, baseline, scenario, baseline));
	}

	@Test
	void csvHasEveryValueAndDifferenceAsPlainNumbers() {
		String csv = SideBySideCsv.write(compute(baseline, scenario));
		assertTrue(csv.startsWith("section,row,measure,as-is.intd,to-be.intd,to-be.intd - as-is.intd\r\n"), csv);
		assertTrue(csv.contains("Posts and FTE by organisation,Riverside Trust,FTE,1.5,3,1.5\r\n"), csv);
		assertTrue(csv.contains("Annual cost,All posts,annual cost,140000,170000,30000\r\n"), csv);
	}

	@Test
	void numbersReadAsAPlannerWritesThem() {
		assertEquals("£1,250,000", SideBySideNumbers.value(SideBySide.Unit.MONEY, 1_250_000.4));
		assertEquals("12.5", SideBySideNumbers.value(SideBySide.Unit.FTE, 12.5));
		assertEquals("+1.5", SideBySideNumbers.difference(SideBySide.Unit.FTE, 1.5));
		assertEquals("\u22123", SideBySideNumbers.difference(SideBySide.Unit.COUNT, -3));
		assertEquals("0", SideBySideNumbers.difference(SideBySide.Unit.FTE, 0.001));
		assertEquals(0, SideBySideNumbers.direction(SideBySide.Unit.FTE, 0.001));
		assertEquals("n/a", SideBySideNumbers.value(SideBySide.Unit.COUNT, Double.NaN));
	}

	private SideBySide compute(IntdModel... models) {
		String[] names = { "as-is.intd", "to-be.intd", "c.intd", "d.intd", "e.intd" };
		List<SideBySideModel> columns = new java.util.ArrayList<>();
		for (int i = 0; i < models.length; i++) {
			columns.add(new SideBySideModel(names[i], models[i], StoreFigures.NONE));
		}
		return new SideBySideFigures(List.of(new NoLineManagerRule()), RuleSettings.defaults()).compute(columns,
				new NullProgressMonitor());
	}

	private Organisation organisation(String name, Sector sector) {
		Organisation organisation = F.createOrganisation();
		organisation.setId(name);
		organisation.setName(name);
		organisation.setSector(sector);
		baseline.getOrganisations().add(organisation);
		return organisation;
	}

	private Role role(String name) {
		Role role = F.createRole();
		role.setId(name);
		role.setName(name);
		baseline.getRoles().add(role);
		return role;
	}

	private void band(String scale, String name, double cost, Sector sector) {
		PayBand band = F.createPayBand();
		band.setScale(scale);
		band.setBand(name);
		band.setAnnualCost(cost);
		band.setSector(sector);
		baseline.getPayBands().add(band);
	}

	private Post post(String id, Organisation employer, Role role, String band, double fte, Team team) {
		Post post = F.createPost();
		post.setId(id);
		post.setName(id);
		post.setEmployer(employer);
		post.setRole(role);
		post.setBand(band);
		post.setFte(fte);
		Allocation allocation = F.createAllocation();
		allocation.setTeam(team);
		allocation.setFte(fte);
		post.getAllocations().add(allocation);
		baseline.getPosts().add(post);
		return post;
	}

	private static Organisation find(IntdModel model, String name) {
		return model.getOrganisations().stream().filter(o -> name.equals(o.getName())).findFirst().orElseThrow();
	}
}
