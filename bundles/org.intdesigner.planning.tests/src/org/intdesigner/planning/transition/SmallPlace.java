package org.intdesigner.planning.transition;

import java.nio.file.Path;

import org.intdesigner.model.AccountabilityItem;
import org.intdesigner.model.Allocation;
import org.intdesigner.model.Arrangement;
import org.intdesigner.model.ArrangementKind;
import org.intdesigner.model.Identified;
import org.intdesigner.model.IntdFactory;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Organisation;
import org.intdesigner.model.Party;
import org.intdesigner.model.PayBand;
import org.intdesigner.model.Post;
import org.intdesigner.model.RaciAssignment;
import org.intdesigner.model.RaciCode;
import org.intdesigner.model.Role;
import org.intdesigner.model.Sector;
import org.intdesigner.model.Team;
import org.intdesigner.model.TransitionWave;
import org.intdesigner.model.compare.Scenarios;

/**
 * A small place for hand-checked transition plans, and its scenario (a copy keeping every id). The baseline: one
 * Docklands MDT led by the team manager (band 7, 1 FTE, top of the trust), a nurse (band 6, 1 FTE), a social worker of
 * the council (SO1, 0.8 FTE), a vacant care coordinator (band 5, 1 FTE), all line-managed by the manager, and a
 * specialist on band 9, which the pay table has not (never costed). Pay table: band 5 £40,000, 6 £50,000, 7 £60,000
 * for community health, SO1 £45,000 for social care. Items: "Frailty care plans" (A manager, R nurse) and "Discharge"
 * (A social worker).
 */
final class SmallPlace {

	static final IntdFactory F = IntdFactory.eINSTANCE;

	final IntdModel baseline = F.createIntdModel();
	final IntdModel scenario;

	SmallPlace() {
		baseline.setId("model");
		baseline.setName("Small place");
		Organisation trust = organisation("trust", "Riverside Community Trust", Sector.COMMUNITY_HEALTH);
		Organisation council = organisation("council", "Riverside Council", Sector.SOCIAL_CARE);
		band("AfC", "5", 40_000, Sector.COMMUNITY_HEALTH);
		band("AfC", "6", 50_000, Sector.COMMUNITY_HEALTH);
		band("AfC", "7", 60_000, Sector.COMMUNITY_HEALTH);
		band("NJC", "SO1", 45_000, Sector.SOCIAL_CARE);
		Team mdt = team("mdt", "Docklands MDT");
		Post manager = post("manager", "Team manager", trust, "7", 1.0, "Mia Manager", null, mdt);
		manager.setTopOfOrganisation(true);
		mdt.setLead(manager);
		post("nurse", "Nurse", trust, "6", 1.0, "Nina Nurse", manager, mdt);
		post("social", "Social worker", council, "SO1", 0.8, "Sam Social", manager, mdt);
		post("coordinator", "Care coordinator", trust, "5", 1.0, null, manager, mdt);
		post("specialist", "Specialist", trust, "9", 1.0, "Uma Special", manager, mdt);
		Arrangement hosting = F.createArrangement();
		hosting.setId("hosting");
		hosting.setName("Council hosting agreement");
		hosting.setKind(ArrangementKind.HOSTING);
		hosting.setHost(council);
		hosting.getParties().add(trust);
		hosting.getParties().add(council);
		baseline.getArrangements().add(hosting);
		item("care-plans", "Frailty care plans", mdt, manager, RaciCode.A, get(baseline, "nurse"), RaciCode.R);
		item("discharge", "Discharge", mdt, get(baseline, "social"), RaciCode.A, null, null);
		scenario = Scenarios.newScenario(baseline, "Docklands split", Path.of("/place/small.intd"), Path.of("/place/split.intd"));
	}

	/** The element of {@code id} in {@code model}. */
	@SuppressWarnings("unchecked")
	static <T extends Identified> T get(IntdModel model, String id) {
		return (T) WaveStates.index(model).get(id);
	}

	TransitionWave wave(String id, String name, String date, String owner, String reason, String... ids) {
		TransitionWave wave = F.createTransitionWave();
		wave.setId(id);
		wave.setName(name);
		wave.setEffectiveDate(date);
		wave.setOwner(owner);
		wave.setReason(reason);
		wave.getElementIds().addAll(java.util.List.of(ids));
		scenario.getTransitionWaves().add(wave);
		return wave;
	}

	private Organisation organisation(String id, String name, Sector sector) {
		Organisation organisation = F.createOrganisation();
		organisation.setId(id);
		organisation.setName(name);
		organisation.setSector(sector);
		baseline.getOrganisations().add(organisation);
		return organisation;
	}

	private void band(String scale, String name, double cost, Sector sector) {
		PayBand band = F.createPayBand();
		band.setId("band-" + name);
		band.setScale(scale);
		band.setBand(name);
		band.setAnnualCost(cost);
		band.setSector(sector);
		baseline.getPayBands().add(band);
	}

	private Team team(String id, String name) {
		Team team = F.createTeam();
		team.setId(id);
		team.setName(name);
		baseline.getTeams().add(team);
		return team;
	}

	Post post(String id, String role, Organisation employer, String band, double fte, String holder, Post manager,
			Team team) {
		IntdModel model = (IntdModel) employer.eContainer();
		Role found = model.getRoles().stream().filter(r -> r.getName().equals(role)).findFirst().orElse(null);
		if (found == null) {
			found = F.createRole();
			found.setId("role-" + id);
			found.setName(role);
			model.getRoles().add(found);
		}
		Post post = F.createPost();
		post.setId(id);
		post.setCode("dm-" + id);
		post.setRole(found);
		post.setEmployer(employer);
		post.setBand(band);
		post.setFte(fte);
		post.setHolder(holder);
		post.setLineManager(manager);
		Allocation allocation = F.createAllocation();
		allocation.setId(id + "-in-" + team.getId());
		allocation.setTeam(team);
		allocation.setFte(fte);
		post.getAllocations().add(allocation);
		model.getPosts().add(post);
		return post;
	}

	private void item(String id, String name, Team team, Party first, RaciCode firstCode, Party second, RaciCode secondCode) {
		AccountabilityItem item = F.createAccountabilityItem();
		item.setId(id);
		item.setName(name);
		item.setTeam(team);
		item.getAssignments().add(assignment(id + "-1", first, firstCode));
		if (second != null) {
			item.getAssignments().add(assignment(id + "-2", second, secondCode));
		}
		baseline.getAccountabilities().add(item);
	}

	static RaciAssignment assignment(String id, Party party, RaciCode code) {
		RaciAssignment assignment = F.createRaciAssignment();
		assignment.setId(id);
		assignment.setParty(party);
		assignment.setCode(code);
		return assignment;
	}
}
