package org.intdesigner.development;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.intdesigner.model.Area;
import org.intdesigner.model.AreaKind;
import org.intdesigner.model.Capability;
import org.intdesigner.model.CapabilityLevel;
import org.intdesigner.model.Course;
import org.intdesigner.model.IntdFactory;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Organisation;
import org.intdesigner.model.ProficiencyLevel;
import org.intdesigner.model.Role;
import org.intdesigner.model.Team;

/**
 * A place worked by hand (see SkillSufficiencyTest): one neighbourhood, team T1 hosted by A needing frailty 3 x2 and
 * boundary 2, team T2 hosted by B needing medicines 3 and safeguarding 2; five people on 31 March 2026.
 */
final class HandWorkedPlace {

	static final LocalDate DAY = LocalDate.of(2026, 3, 31);
	static final IntdFactory F = IntdFactory.eINSTANCE;

	final IntdModel model = F.createIntdModel();
	final Organisation a = organisation("A");
	final Organisation b = organisation("B");
	final Capability frailty = capability("frailty", false);
	final Capability boundary = capability("boundary", true);
	final Capability meds = capability("meds", false);
	final Capability safe = capability("safe", false);
	final Role nurse = role("nurse");
	final Role pharmacist = role("pharmacist");
	final Area place = F.createArea();
	final Area neighbourhood = F.createArea();
	final Team t1 = team("T1", a);
	final Team t2 = team("T2", b);
	final Course frailtyCourse = course("Frailty essentials", frailty, 3, 20, 300, true);
	final Course boundaryCourse = course("Working across boundaries", boundary, 2, 10, 100, false);
	final List<SkillRecords.Spell> spells = new ArrayList<>();
	final Map<String, List<Holding>> assessments = new HashMap<>();

	HandWorkedPlace() {
		place.setName("Place");
		place.setKind(AreaKind.PLACE);
		neighbourhood.setName("North");
		neighbourhood.setKind(AreaKind.NEIGHBOURHOOD);
		place.getSubAreas().add(neighbourhood);
		model.getAreas().add(place);
		t1.setArea(neighbourhood);
		t2.setArea(neighbourhood);
		require(t1, frailty, 3, 2);
		require(t1, boundary, 2, 1);
		require(t2, meds, 3, 1);
		require(t2, safe, 2, 1);
		person("p1", "A", "nurse", "T1", held(frailty, 3, null), held(boundary, 1, null));
		person("p2", "A", "nurse", "T1", held(frailty, 2, null), held(safe, 2, null));
		person("p3", "B", "pharmacist", "T2", held(meds, 4, DAY.plusDays(30)), held(frailty, 3, null));
		person("p4", "B", "pharmacist", "T2", held(boundary, 3, null));
		person("p5", "A", "nurse", "T1", held(frailty, 3, DAY.minusDays(10)));
	}

	SkillRecords records() {
		return new SkillRecords(spells, assessments);
	}

	SufficiencyReport report() {
		return SkillsAnalysis.sufficiency(model, records(), DAY, 90);
	}

	private Organisation organisation(String code) {
		Organisation organisation = F.createOrganisation();
		organisation.setCode(code);
		organisation.setName("Organisation " + code);
		model.getOrganisations().add(organisation);
		return organisation;
	}

	private Capability capability(String code, boolean generalist) {
		Capability capability = F.createCapability();
		capability.setCode(code);
		capability.setName(code);
		capability.setGeneralist(generalist);
		model.getCapabilities().add(capability);
		return capability;
	}

	private Role role(String code) {
		Role role = F.createRole();
		role.setCode(code);
		role.setName(code);
		model.getRoles().add(role);
		return role;
	}

	private Team team(String code, Organisation host) {
		Team team = F.createTeam();
		team.setCode(code);
		team.setName(code);
		team.setHost(host);
		model.getTeams().add(team);
		return team;
	}

	private Course course(String name, Capability capability, int level, double hours, double cost, boolean joint) {
		Course course = F.createCourse();
		course.setName(name);
		course.setCapability(capability);
		course.setLevel(ProficiencyLevel.get(level));
		course.setHours(hours);
		course.setCost(cost);
		course.setJoint(joint);
		model.getCourses().add(course);
		return course;
	}

	static void require(Team team, Capability capability, int level, int people) {
		CapabilityLevel requirement = F.createCapabilityLevel();
		requirement.setCapability(capability);
		requirement.setLevel(ProficiencyLevel.get(level));
		requirement.setPeople(people);
		team.getRequiredCapabilities().add(requirement);
	}

	static Holding held(Capability capability, int level, LocalDate expires) {
		return new Holding(capability.getCode(), level, DAY.minusMonths(6), expires);
	}

	void person(String id, String organisation, String role, String team, Holding... holdings) {
		spells.add(new SkillRecords.Spell(id, organisation, role, team, null, 1.0, LocalDate.of(2020, 1, 1), null));
		assessments.put(id, new ArrayList<>(List.of(holdings)));
	}
}
