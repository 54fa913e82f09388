package org.intdesigner.analysis.report;

import java.util.Set;
import java.util.function.Predicate;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.intdesigner.analysis.api.Category;
import org.intdesigner.analysis.api.FindingSink;
import org.intdesigner.analysis.api.Rule;
import org.intdesigner.analysis.api.RuleContext;
import org.intdesigner.analysis.api.Severity;
import org.intdesigner.model.IntdPackage;
import org.intdesigner.model.Team;

/** A rule for tests: reports "Team 'NAME' {@code problem}." on every team {@code test} picks. */
record TeamRule(String id, Severity defaultSeverity, Category category, String title, String rationale,
		Predicate<Team> test, String problem) implements Rule {

	@Override
	public Set<EClass> appliesTo() {
		return Set.of(IntdPackage.Literals.TEAM);
	}

	@Override
	public void check(EObject element, RuleContext context, FindingSink sink) {
		Team team = (Team) element;
		if (test.test(team)) {
			sink.report(team, "Team '" + team.getName() + "' " + problem + ".");
		}
	}
}
