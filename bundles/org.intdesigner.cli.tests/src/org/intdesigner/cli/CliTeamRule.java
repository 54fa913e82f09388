package org.intdesigner.cli;

import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.intdesigner.analysis.api.Category;
import org.intdesigner.analysis.api.FindingSink;
import org.intdesigner.analysis.api.Parameter;
import org.intdesigner.analysis.api.Rule;
import org.intdesigner.analysis.api.RuleContext;
import org.intdesigner.analysis.api.Severity;
import org.intdesigner.model.IntdPackage;
import org.intdesigner.model.Team;

/** A rule for tests: reports "Team 'NAME' {@code problem}." on every team {@code test} picks. */
record CliTeamRule(String id, Severity defaultSeverity, List<Parameter> parameters, BiPredicate<Team, RuleContext> test,
		String problem) implements Rule {

	/** An ERROR: a team with no purpose. */
	static final Rule NO_PURPOSE = new CliTeamRule("TST-010", Severity.ERROR, List.of(), (team, c) -> team.getPurpose() == null,
			"has no purpose");
	/** A WARNING: a name shorter than the parameter "min" (8 unless set). */
	static final Rule SHORT_NAME = new CliTeamRule("TST-020", Severity.WARNING,
			List.of(new Parameter("min", "Shortest name", 8, 1, 100)),
			(team, c) -> team.getName().length() < c.parameter("min"), "has a short name");
	/** An INFO: a pilot team. */
	static final Rule PILOT = new CliTeamRule("TST-030", Severity.INFO, List.of(),
			(team, c) -> team.getName().contains("pilot"), "is a pilot");
	static final List<Rule> ALL = List.of(NO_PURPOSE, SHORT_NAME, PILOT);

	@Override
	public Category category() {
		return Category.STRUCTURE;
	}

	@Override
	public String title() {
		return "Team " + problem;
	}

	@Override
	public String rationale() {
		return "For tests.";
	}

	@Override
	public Set<EClass> appliesTo() {
		return Set.of(IntdPackage.Literals.TEAM);
	}

	@Override
	public void check(EObject element, RuleContext context, FindingSink sink) {
		Team team = (Team) element;
		if (test.test(team, context)) {
			sink.report(team, "Team '" + team.getName() + "' " + problem + ".");
		}
	}
}
