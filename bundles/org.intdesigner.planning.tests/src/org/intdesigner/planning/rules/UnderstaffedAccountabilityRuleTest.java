package org.intdesigner.planning.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.intdesigner.analysis.api.Finding;
import org.intdesigner.analysis.engine.RuleRegistry;
import org.intdesigner.analysis.engine.RuleSettings;
import org.intdesigner.analysis.engine.Validator;
import org.intdesigner.model.AccountabilityItem;
import org.intdesigner.model.Allocation;
import org.intdesigner.model.IntdFactory;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Party;
import org.intdesigner.model.Post;
import org.intdesigner.model.RaciAssignment;
import org.intdesigner.model.RaciCode;
import org.intdesigner.model.Role;
import org.intdesigner.model.ServiceActivity;
import org.intdesigner.model.Team;
import org.intdesigner.model.WisnStudy;
import org.intdesigner.model.samples.ExamplePlace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * PLAN-001, found through the extension point: a team whose nurses are Responsible for home visits needs 2 nurses
 * by WISN (6,300 half-hour visits, AWT 1,575 hours); 1.2 in post is a ratio of 0.6.
 */
class UnderstaffedAccountabilityRuleTest {

	private static final IntdFactory F = IntdFactory.eINSTANCE;

	private IntdModel model;
	private Role nurse;
	private Team team;
	private AccountabilityItem visits;
	private Post post;

	@BeforeEach
	void model() {
		model = F.createIntdModel();
		nurse = F.createRole();
		nurse.setName("Community nurse");
		model.getRoles().add(nurse);
		team = F.createTeam();
		team.setName("North INT");
		model.getTeams().add(team);
		post = F.createPost();
		post.setRole(nurse);
		post.setHolder("A. Nurse");
		post.setFte(1.2);
		Allocation allocation = F.createAllocation();
		allocation.setTeam(team);
		allocation.setFte(1.2);
		post.getAllocations().add(allocation);
		model.getPosts().add(post);
		WisnStudy study = F.createWisnStudy();
		study.setName("Nurses");
		study.setRole(nurse);
		study.setUnit(team);
		study.setWorkingDays(260);
		study.setPublicHolidays(8);
		study.setAnnualLeave(27);
		study.setSickLeave(10);
		study.setOtherLeave(5);
		study.setHoursPerDay(7.5);
		ServiceActivity activity = F.createServiceActivity();
		activity.setActivity("home visit");
		activity.setUnitMinutes(30);
		activity.setAnnualWorkload(6300);
		study.getActivities().add(activity);
		model.getWisnStudies().add(study);
		visits = F.createAccountabilityItem();
		visits.setName("Home visits for frail people");
		visits.setTeam(team);
		model.getAccountabilities().add(visits);
	}

	private void assign(Party party, RaciCode code) {
		RaciAssignment assignment = F.createRaciAssignment();
		assignment.setParty(party);
		assignment.setCode(code);
		visits.getAssignments().add(assignment);
	}

	private List<Finding> findings(RuleSettings settings) {
		return new Validator(List.of(RuleRegistry.getDefault().find("PLAN-001")), settings).validate(model).active();
	}

	@Test
	void aResponsibleRoleBelowTheRatioIsFound() {
		assertNotNull(RuleRegistry.getDefault().find("PLAN-001"), "contributed through plugin.xml");
		assign(nurse, RaciCode.R);
		List<Finding> found = findings(RuleSettings.defaults());
		assertEquals(1, found.size());
		assertEquals("Role Community nurse is Responsible for Home visits for frail people of team North INT, but its WISN"
				+ " ratio in North INT is 0.60 (1.20 staff for a workload needing 2.00), below 0.80.", found.get(0).message());
		assertTrue(findings(RuleSettings.defaults().withParameter("PLAN-001", "min", 50)).isEmpty(), "0.6 is above 0.5");
	}

	@Test
	void anAccountablePostCountsAsItsRoleAndAConsultedOneDoesNot() {
		assign(post, RaciCode.C);
		assertTrue(findings(RuleSettings.defaults()).isEmpty());
		assign(post, RaciCode.A);
		assertEquals(1, findings(RuleSettings.defaults()).size());
		post.setFte(2);
		post.getAllocations().get(0).setFte(2);
		assertTrue(findings(RuleSettings.defaults()).isEmpty(), "ratio 1");
	}

	@Test
	void theExamplePlaceShowsWhereWorkIsAssignedWithoutCapacity() {
		IntdModel example = ExamplePlace.create();
		List<Finding> found = new Validator(List.of(RuleRegistry.getDefault().find("PLAN-001")), RuleSettings.defaults())
				.validate(example).active();
		found.forEach(f -> System.out.println(f.message()));
		assertTrue(found.size() >= 1, "the example's under-staffed roles carry R or A somewhere");
	}
}
