package org.intdesigner.reports.planning;

import java.util.List;
import java.util.Locale;

import org.intdesigner.development.Level;
import org.intdesigner.development.RequirementCheck;
import org.intdesigner.development.SkillSufficiency;
import org.intdesigner.development.SufficiencyRow;
import org.intdesigner.model.Team;
import org.intdesigner.reports.Cell;
import org.intdesigner.reports.MissingData;
import org.intdesigner.reports.ReportContext;
import org.intdesigner.reports.ReportSection;
import org.intdesigner.reports.ReportTable;
import org.intdesigner.reports.SectionWriter;
import org.intdesigner.reports.Tone;
import org.intdesigner.workforce.metrics.SmallNumberSuppression;

/**
 * Skills: each team in scope's skill sufficiency (requirements met by enough people in post holding the capability
 * at the level, in date), red below the sufficiency threshold and green when every requirement is met, and the single
 * points of failure: requirements only one person meets. Figures are those {@code ./intd skills} prints; the people
 * in post of a team are counted from the store and suppressed when few; nobody is named.
 */
public final class SkillsSection implements ReportSection {

	@Override
	public void prepare(ReportContext context) {
		ScopedSkills.startEarly(context);
	}

	@Override
	public void write(ReportContext context, SectionWriter out) throws MissingData {
		ScopedSkills skills = ScopedSkills.of(context);
		List<Team> teams = skills.teams();
		if (teams.isEmpty()) {
			throw new MissingData("No team in " + context.scope().label() + " has skill requirements: give teams, their needs"
					+ " or their roles the capabilities they call for (the Skills matrix) to see their sufficiency.");
		}
		SmallNumberSuppression suppression = context.suppression();
		List<RequirementCheck> checks = skills.checks();
		SufficiencyRow all = SufficiencyRow.of("all teams in scope", null, checks);
		out.paragraph(String.format(Locale.ROOT, "On %s, %d of the %d skill requirements of the teams in scope are met (%s),"
				+ " from %s; %d are met by one person only, and %d have a holder whose training lapses within %d days.",
				skills.report().day(), all.met(), all.requirements(), all.sufficiencyText(),
				skills.report().held().basis().label(), all.singlePoints(), all.expiring(), skills.report().expiringDays()));
		ReportTable table = new ReportTable("Skill sufficiency by team", "Team", "People in post", "Requirements", "Met",
				"Sufficiency", "Single points", "Expiring");
		boolean anySuppressed = false;
		for (Team team : teams) {
			SufficiencyRow row = SufficiencyRow.of(team.getName(), team, skills.report().checksOf(team));
			int people = skills.peopleIn(team);
			anySuppressed |= suppression.hides(people);
			table.row(team.getName(), PlanCells.people(people, suppression), row.requirements(), row.met(), sufficiency(row),
					row.singlePoints(), row.expiring());
		}
		table.row("All", "", all.requirements(), all.met(), sufficiency(all), all.singlePoints(), all.expiring());
		table.note("Sufficiency: requirements met / requirements; red below " + SkillSufficiency.DEFAULT_THRESHOLD
				+ " %, amber below 100 %, green when all are met. Single points: requirements met by exactly one person."
				+ " Expiring: a holder's training lapses within " + skills.report().expiringDays() + " days."
				+ (anySuppressed ? " * fewer than " + suppression.threshold() + " people." : ""));
		out.table(table);
		singlePoints(out, checks);
	}

	private static Cell sufficiency(SufficiencyRow row) {
		if (row.requirements() == 0) {
			return Cell.text("-");
		}
		double percent = row.sufficiency();
		Tone tone = percent < SkillSufficiency.DEFAULT_THRESHOLD ? Tone.RED : percent < 100 ? Tone.AMBER : Tone.GREEN;
		return Cell.number(percent, row.sufficiencyText(), tone);
	}

	private static void singlePoints(SectionWriter out, List<RequirementCheck> checks) {
		List<RequirementCheck> single = checks.stream().filter(RequirementCheck::singlePoint).toList();
		if (single.isEmpty()) {
			out.paragraph("No requirement of the teams in scope rests on one person.");
			return;
		}
		ReportTable table = new ReportTable("Single points of failure", "Team", "Capability", "Level", "Training lapsing soon");
		for (RequirementCheck check : single) {
			table.row(check.requirement().team().getName(), check.requirement().capability().getName(),
					Level.label(check.requirement().level()), check.hasExpiring() ? "yes" : "");
		}
		table.note("Each of these is met by one person in post: if they leave, are away or their training lapses, the team"
				+ " no longer has it. Train a second person (see the training plan) or share the skill across partners.");
		out.table(table);
	}
}
