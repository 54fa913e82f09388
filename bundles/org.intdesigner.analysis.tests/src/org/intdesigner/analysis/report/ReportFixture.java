package org.intdesigner.analysis.report;

import java.util.List;

import org.intdesigner.analysis.api.Category;
import org.intdesigner.analysis.api.Rule;
import org.intdesigner.analysis.api.Severity;
import org.intdesigner.analysis.engine.RuleSettings;
import org.intdesigner.analysis.engine.ValidationReport;
import org.intdesigner.analysis.engine.Validator;
import org.intdesigner.model.IntdFactory;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Suppression;
import org.intdesigner.model.Team;

/**
 * A model of two teams and three rules, giving: one ERROR ("Core" has no purpose), two WARNINGs (both
 * names are short), two INFOs (every team is noted), and one suppressed finding ("Frailty MDT" has no
 * purpose either, which J. Smith accepted).
 */
final class ReportFixture {

	static final Rule NO_PURPOSE = new TeamRule("TST-010", Severity.ERROR, Category.ACCOUNTABILITY,
			"Team has no purpose", "A team without a stated purpose is hard to hold to account.",
			team -> team.getPurpose() == null, "has no purpose");
	static final Rule SHORT_NAME = new TeamRule("TST-020", Severity.WARNING, Category.DATA_QUALITY, "Short team name",
			"Very short names are hard to tell apart on diagrams.", team -> team.getName().length() < 12,
			"has a short name");
	static final Rule NOTE = new TeamRule("TST-030", Severity.INFO, Category.STRUCTURE, "Team noted",
			"Every team is noted, so that reports have an INFO.", team -> true, "is noted");
	static final List<Rule> RULES = List.of(NO_PURPOSE, SHORT_NAME, NOTE);

	final IntdModel model = IntdFactory.eINSTANCE.createIntdModel();
	final Team core = team("core-id", "Core");
	final Team frailty = team("frailty-id", "Frailty MDT");

	ReportFixture() {
		Suppression accepted = IntdFactory.eINSTANCE.createSuppression();
		accepted.setRuleId(NO_PURPOSE.id());
		accepted.setReason("Purpose agreed in the \"Frailty\" charter");
		accepted.setSuppressedBy("J. Smith");
		accepted.setDate("2026-01-02");
		frailty.getSuppressions().add(accepted);
	}

	private Team team(String id, String name) {
		Team team = IntdFactory.eINSTANCE.createTeam();
		team.setId(id);
		team.setName(name);
		model.getTeams().add(team);
		return team;
	}

	ValidationReport validate() {
		return validate(RuleSettings.defaults());
	}

	ValidationReport validate(RuleSettings settings) {
		return new Validator(RULES, settings).validate(model);
	}

	static RuleCatalog catalog() {
		return RuleCatalog.of(RULES);
	}
}
