package org.example.intd.rules;

import java.util.List;
import java.util.Set;

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

/**
 * A house style of an example trust: a team's name fits on a diagram's node and in a report's table column,
 * so at most 40 characters (a parameter: EXT-001.maxLength). Uses only INT Designer's API packages.
 */
public class TeamNameTooLongRule implements Rule {

	@Override
	public String id() {
		return "EXT-001";
	}

	@Override
	public Category category() {
		return Category.STRUCTURE;
	}

	@Override
	public Severity defaultSeverity() {
		return Severity.WARNING;
	}

	@Override
	public String title() {
		return "Team name too long for diagrams and reports";
	}

	@Override
	public String rationale() {
		return "Diagrams and the assurance pack's tables cut long names short. A short name (and the rest in the"
				+ " team's purpose) keeps every view readable.";
	}

	@Override
	public List<Parameter> parameters() {
		return List.of(new Parameter("maxLength", "Most characters in a team's name", TeamNames.MOST, 10, 200));
	}

	@Override
	public Set<EClass> appliesTo() {
		return Set.of(IntdPackage.Literals.TEAM);
	}

	@Override
	public void check(EObject element, RuleContext context, FindingSink sink) {
		Team team = (Team) element;
		String name = TeamNames.of(team);
		int most = context.parameter("maxLength");
		if (TeamNames.tooLong(team, most)) {
			sink.report(team, "Team '" + name + "' has a name of " + name.length() + " characters; the house style is at most "
					+ most + ".");
		}
	}
}
