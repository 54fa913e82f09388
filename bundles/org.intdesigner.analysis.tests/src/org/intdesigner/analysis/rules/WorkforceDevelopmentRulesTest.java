package org.intdesigner.analysis.rules;

import static org.intdesigner.analysis.rules.RuleCheck.findings;
import static org.intdesigner.analysis.rules.RuleCheck.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.intdesigner.analysis.api.Finding;
import org.intdesigner.analysis.api.Severity;
import org.intdesigner.model.Capability;
import org.intdesigner.model.CapabilityLevel;
import org.intdesigner.model.Course;
import org.intdesigner.model.ProficiencyLevel;
import org.intdesigner.model.Team;
import org.junit.jupiter.api.Test;

/** SKL-002 (a requirement for nobody) and SKL-003 (a course a training plan cannot use). */
class WorkforceDevelopmentRulesTest {

	private final TestModel m = new TestModel();
	private final Capability frailty = m.capability("Frailty assessment");
	private final Capability safeguarding = m.capability("Safeguarding adults");

	private CapabilityLevel requires(Team team, Capability capability, int people) {
		CapabilityLevel requirement = TestModel.level(capability);
		requirement.setLevel(ProficiencyLevel.PRACTITIONER);
		requirement.setPeople(people);
		team.getRequiredCapabilities().add(requirement);
		return requirement;
	}

	private Course course(String name, Capability capability, double hours, double cost) {
		Course course = TestModel.F.createCourse();
		course.setName(name);
		course.setId(name);
		course.setCapability(capability);
		course.setLevel(ProficiencyLevel.WORKING);
		course.setHours(hours);
		course.setCost(cost);
		m.model.getCourses().add(course);
		return course;
	}

	@Test
	void aRequirementForNobodyIsAnErrorNamingTheTeamAndCapability() {
		Team mdt = m.team("Frailty MDT");
		requires(mdt, frailty, 0);
		requires(mdt, safeguarding, 2);
		Finding finding = only(new RequirementForNobodyRule(), m.model);
		assertSame(mdt, finding.element());
		assertEquals(Severity.ERROR, finding.severity());
		assertEquals("Team 'Frailty MDT' requires 'Frailty assessment' at practitioner level of 0 people; a requirement"
				+ " is for at least one person.", finding.message());
		assertEquals(List.of(frailty), finding.related());
	}

	@Test
	void requirementsForOneOrMorePeopleAreFine() {
		Team core = m.team("Core team");
		requires(core, frailty, 1);
		requires(core, safeguarding, 2);
		assertEquals(List.of(), findings(new RequirementForNobodyRule(), m.model));
	}

	@Test
	void eachRequirementForNobodyIsReported() {
		Team mdt = m.team("Complex needs MDT");
		requires(mdt, frailty, -1);
		requires(mdt, safeguarding, 0);
		List<Finding> findings = findings(new RequirementForNobodyRule(), m.model);
		assertEquals(2, findings.size(), findings.toString());
		assertEquals("Team 'Complex needs MDT' requires 'Safeguarding adults' at practitioner level of 0 people;"
				+ " a requirement is for at least one person.", findings.get(1).message());
	}

	@Test
	void theQuickFixAsksForOnePersonAndUndoBringsTheFindingBack() {
		Team mdt = m.team("Frailty MDT");
		CapabilityLevel requirement = requires(mdt, frailty, 0);
		RequirementForNobodyRule rule = new RequirementForNobodyRule();
		Finding finding = only(rule, m.model);
		RuleCheck.assertFixResolves(rule, m.model, finding, RuleCheck.fix(rule, finding, "Require one person"));
		assertEquals(1, requirement.getPeople(), "after redo the requirement is for one person");
	}

	@Test
	void aCourseWithoutACapabilityIsAnError() {
		Course course = course("CGA essentials", null, 14, 250);
		Finding finding = only(new IncompleteCourseRule(), m.model);
		assertSame(course, finding.element());
		assertEquals(Severity.ERROR, finding.severity());
		assertEquals("Course 'CGA essentials' names no capability.", finding.message());
	}

	@Test
	void negativeHoursAndCostAreNamedInOneFinding() {
		course("Safeguarding adults level 3", safeguarding, -7.5, -40);
		assertEquals("Course 'Safeguarding adults level 3' takes -7.5 hours and costs -£40.",
				only(new IncompleteCourseRule(), m.model).message());
	}

	@Test
	void aCompleteCourseIsFineEvenWhenFree() {
		course("Safeguarding adults e-learning", safeguarding, 2, 0);
		course("CGA essentials", frailty, 14, 250);
		assertEquals(List.of(), findings(new IncompleteCourseRule(), m.model));
	}
}
