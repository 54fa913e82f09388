package org.intdesigner.analysis.rules;

import java.util.List;

import org.intdesigner.analysis.api.Rule;

/**
 * The built-in rules, for callers that run without the extension registry (plain unit tests, a
 * tool outside OSGi). In the platform they come from plugin.xml like any other rule; a test keeps
 * the two lists the same.
 */
public final class BuiltInRules {

	private BuiltInRules() {
	}

	/** A new instance of each built-in rule, in id order. */
	public static List<Rule> create() {
		return List.of(new NoAccountablePartyRule(), new SeveralAccountablePartiesRule(), new NoResponsiblePartyRule(),
				new AccountableAlsoConsultedRule(), new TeamNestingCycleRule(), new TeamWithoutLeadRule(),
				new EmptyTeamRule(), new OverAllocatedPostRule(), new NoLineManagerRule(), new LineManagementLoopRule(),
				new SpanTooWideRule(), new SpanTooNarrowRule(), new ChainTooDeepRule(), new UnsupervisedClinicianRule(),
				new NoHostingArrangementRule(), new CohortCapabilityGapRule(), new RequirementForNobodyRule(),
				new IncompleteCourseRule());
	}
}
