package org.intdesigner.reports.planning;

import java.sql.SQLException;
import java.util.List;

import org.intdesigner.development.RequirementCheck;
import org.intdesigner.development.SkillRecords;
import org.intdesigner.development.SkillSufficiency;
import org.intdesigner.development.SkillsAnalysis;
import org.intdesigner.development.SufficiencyReport;
import org.intdesigner.model.Team;
import org.intdesigner.reports.MissingData;
import org.intdesigner.reports.ReportContext;
import org.intdesigner.reports.ReportScope;
import org.intdesigner.workforce.metrics.MeasureBatch;

/**
 * Skill sufficiency for a report, made as {@code ./intd skills} and {@code ./intd training-plan} make it from a store:
 * the people in post and their assessed skills on the last day of the store's data, training lapsing within 90 days
 * flagged. A report shows people's skills, so it needs assessments: the posts as designed are no evidence for a board.
 */
final class ScopedSkills {

	private static final String SUFFICIENCY = "org.intdesigner.development.sufficiency";

	private final SufficiencyReport report;
	private final ReportScope scope;

	private ScopedSkills(SufficiencyReport report, ReportScope scope) {
		this.report = report;
		this.scope = scope;
	}

	/** @throws MissingData without a store, without skills assessments in it, or when it cannot be read */
	static ScopedSkills of(ReportContext context) throws MissingData {
		return new ScopedSkills(sufficiency(context), context.scope());
	}

	/**
	 * Sufficiency of the whole model, worked out once a run: the skills and training sections of a report, and every
	 * place of an all-places run, share it.
	 */
	static SufficiencyReport sufficiency(ReportContext context) throws MissingData {
		return context.shared().get(SUFFICIENCY, () -> analyse(context));
	}

	/** Starts the sufficiency on another core while the sections before the first that needs it are written. */
	static void startEarly(ReportContext context) {
		if (context.hasStore()) {
			context.shared().startEarly(SUFFICIENCY, () -> analyse(context));
		}
	}

	private static SufficiencyReport analyse(ReportContext context) throws MissingData {
		SkillRecords records = readRecords(context);
		return SkillsAnalysis.sufficiency(context.model(), records, SkillsAnalysis.defaultDay(records),
				SkillSufficiency.DEFAULT_EXPIRING_DAYS);
	}

	private static SkillRecords readRecords(ReportContext context) throws MissingData {
		SkillRecords records;
		try {
			// the metrics section's skill sufficiency reads the same records: once a run
			records = context.store().read(c -> MeasureBatch.run(context.measures(), () -> SkillRecords.readOnce(c)));
		} catch (SQLException e) {
			throw new MissingData("The workforce store's staff and skills could not be read (" + e.getMessage() + "): check"
					+ " that it is there and not in use by another program.");
		}
		if (!records.hasAssessments()) {
			throw new MissingData("The workforce store holds no skills assessments: import the partners' skills records"
					+ " (File > Import > Workforce Data, kind Skills, or ./intd import-workforce skills skills.csv) to see"
					+ " who holds each capability a team needs.");
		}
		return records;
	}

	SufficiencyReport report() {
		return report;
	}

	/** The teams in scope that have requirements, in the model's order. */
	List<Team> teams() {
		return scope.teams().stream().filter(team -> !report.checksOf(team).isEmpty()).toList();
	}

	/** The checks of the teams in scope. */
	List<RequirementCheck> checks() {
		return report.checks().stream().filter(check -> scope.contains(check.requirement().team())).toList();
	}

	/** People in post in a team and its sub-teams. */
	int peopleIn(Team team) {
		return SkillSufficiency.peopleIn(team, report.held()).size();
	}
}
