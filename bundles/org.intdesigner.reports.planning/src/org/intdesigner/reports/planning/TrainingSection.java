package org.intdesigner.reports.planning;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.intdesigner.development.Cohort;
import org.intdesigner.development.CommunityOfPractice;
import org.intdesigner.development.Level;
import org.intdesigner.development.ModelCodes;
import org.intdesigner.development.Names;
import org.intdesigner.development.Rotation;
import org.intdesigner.development.StaffMember;
import org.intdesigner.development.TrainingNeed;
import org.intdesigner.development.TrainingPlan;
import org.intdesigner.development.TrainingPlanner;
import org.intdesigner.model.Team;
import org.intdesigner.planning.Units;
import org.intdesigner.reports.Cell;
import org.intdesigner.reports.MissingData;
import org.intdesigner.reports.ReportContext;
import org.intdesigner.reports.ReportScope;
import org.intdesigner.reports.ReportSection;
import org.intdesigner.reports.ReportTable;
import org.intdesigner.reports.SectionWriter;
import org.intdesigner.workforce.metrics.SmallNumberSuppression;

/**
 * The training plan for the scope, as {@code ./intd training-plan} makes it: the gaps of the teams in scope and the
 * course that closes each, the cohorts their learners join (joint across partners where the course allows), the
 * rotations between partners and the communities of practice. Learners are counted, never named; a count of fewer
 * people than the suppression threshold is *, with the hours and cost worked out from it.
 */
public final class TrainingSection implements ReportSection {

	private static final String PLAN = "org.intdesigner.development.trainingPlan";

	@Override
	public void prepare(ReportContext context) {
		ScopedSkills.startEarly(context);
		if (context.hasStore()) {
			// after the sufficiency (it waits for it), on another core while the sections before this one are written
			context.shared().startEarly(PLAN, () -> plan(context));
		}
	}

	@Override
	public void write(ReportContext context, SectionWriter out) throws MissingData {
		ScopedSkills skills = ScopedSkills.of(context);
		TrainingPlan plan = context.shared().get(PLAN, () -> plan(context));
		ReportScope scope = context.scope();
		Set<String> teamCodes = new HashSet<>();
		scope.teams().forEach(team -> teamCodes.add(ModelCodes.of(team)));
		List<TrainingNeed> needs = plan.needs().stream().filter(need -> scope.contains(need.gap().requirement().team())).toList();
		List<Cohort> cohorts = plan.cohorts().stream()
				.filter(cohort -> cohort.learners().stream().anyMatch(learner -> worksIn(learner, teamCodes))).toList();
		List<Rotation> rotations = plan.rotations().stream()
				.filter(rotation -> scope.contains(rotation.firstTeam()) || scope.contains(rotation.secondTeam())).toList();
		List<CommunityOfPractice> communities = plan.communities().stream().filter(community -> concerns(scope, community))
				.toList();
		SmallNumberSuppression suppression = context.suppression();
		Names names = new Names(context.model());
		int learners = cohorts.stream().mapToInt(cohort -> cohort.learners().size()).sum();
		boolean fewLearners = suppression.hides(learners);
		out.paragraph(String.format(Locale.ROOT, "On %s, from %s: %d gaps in the teams in scope; %d cohorts (%d joint across"
				+ " partners) with %s learners, %s hours, %s; %d rotations; %d communities of practice.", skills.report().day(),
				skills.report().held().basis().label(), needs.size(), cohorts.size(), cohorts.stream().filter(Cohort::joint).count(),
				fewLearners ? SmallNumberSuppression.MARK : Integer.toString(learners),
				fewLearners ? SmallNumberSuppression.MARK : hours(cohorts.stream().mapToDouble(Cohort::hours).sum()),
				fewLearners ? SmallNumberSuppression.MARK : moneyText(cohorts.stream().mapToDouble(Cohort::cost).sum()), rotations.size(),
				communities.size()));
		needs(out, needs, suppression);
		cohorts(out, cohorts, names, suppression);
		rotations(out, rotations, names);
		communities(out, communities, names, suppression);
	}

	/** The model's training plan, worked out once a run (every place of an all-places run shares it). */
	private static TrainingPlan plan(ReportContext context) throws MissingData {
		return TrainingPlanner.plan(ScopedSkills.sufficiency(context));
	}

	private static boolean worksIn(StaffMember member, Set<String> teamCodes) {
		return member.teams().stream().anyMatch(teamCodes::contains);
	}

	/** A community of the place in scope, or of the place a team in scope works in. */
	private static boolean concerns(ReportScope scope, CommunityOfPractice community) {
		if (scope.kind() == ReportScope.Kind.MODEL || Units.within(community.place(), scope.element())
				|| Units.within(scope.element(), community.place())) {
			return true;
		}
		for (Team team : scope.teams()) {
			if (Units.within(team, community.place())) {
				return true;
			}
		}
		return false;
	}

	private static void needs(SectionWriter out, List<TrainingNeed> needs, SmallNumberSuppression suppression) {
		if (needs.isEmpty()) {
			out.paragraph("Every skill requirement of the teams in scope is met: there is nothing to train for.");
			return;
		}
		ReportTable table = new ReportTable("Training needs", "Team", "Capability (level)", "Short by", "Learners", "Course",
				"Hours", "Cost", "Still short");
		for (TrainingNeed need : needs) {
			boolean hidden = suppression.hides(need.learners().size());
			table.row(need.gap().requirement().team().getName(), need.gap().requirement().capability().getName() + " ("
					+ Level.label(need.gap().requirement().level()) + ")", need.gap().shortBy(),
					PlanCells.people(need.learners().size(), suppression),
					need.course() == null ? "none in the catalogue" : need.course().getName(),
					hidden ? PlanCells.suppressed() : Cell.number(need.hours()), hidden ? PlanCells.suppressed() : money(need.cost()),
					hidden ? PlanCells.suppressed() : Cell.number(need.unclosed()));
		}
		table.note("Learners: people in post one level below (or with their training lapsed) whom the course brings to the"
				+ " level. Still short: people needed once they are trained; recruit, rotate or develop over time, and where"
				+ " no course teaches the capability to the level, add one to the catalogue. * fewer than "
				+ suppression.threshold() + " people, and the figures worked out from them.");
		out.table(table);
	}

	private static void cohorts(SectionWriter out, List<Cohort> cohorts, Names names, SmallNumberSuppression suppression) {
		if (cohorts.isEmpty()) {
			return;
		}
		ReportTable table = new ReportTable("Cohorts", "Course", "Capability", "Cohort", "Organisations", "Learners", "Hours", "Cost");
		for (Cohort cohort : cohorts) {
			boolean hidden = suppression.hides(cohort.learners().size());
			table.row(cohort.course().getName(), cohort.course().getCapability() == null ? "" : cohort.course().getCapability().getName(),
					cohort.joint() ? "joint" : "single organisation", names.organisations(cohort.organisations()),
					PlanCells.people(cohort.learners().size(), suppression), hidden ? PlanCells.suppressed() : Cell.number(cohort.hours()),
					hidden ? PlanCells.suppressed() : money(cohort.cost()));
		}
		table.note("A joint cohort trains learners of several partners together, as the course allows.");
		out.table(table);
	}

	private static void rotations(SectionWriter out, List<Rotation> rotations, Names names) {
		if (rotations.isEmpty()) {
			return;
		}
		out.heading("Rotations and shadowing");
		ReportTable table = new ReportTable("Rotations", "Neighbourhood", "Team", "Organisation", "Brings to the other team",
				"Other team", "Its organisation", "Brings back");
		for (Rotation rotation : rotations) {
			table.row(rotation.neighbourhood().getName(), rotation.firstTeam().getName(),
					names.organisation(rotation.first().organisation()),
					rotation.closedInSecondTeam().requirement().capability().getName(), rotation.secondTeam().getName(),
					names.organisation(rotation.second().organisation()),
					rotation.closedInFirstTeam().requirement().capability().getName());
		}
		table.note("Two people of different partners in one neighbourhood, each holding what the other's team lacks.");
		out.table(table);
	}

	private static void communities(SectionWriter out, List<CommunityOfPractice> communities, Names names,
			SmallNumberSuppression suppression) {
		if (communities.isEmpty()) {
			return;
		}
		ReportTable table = new ReportTable("Communities of practice", "Place", "Capability", "Members", "Organisations");
		for (CommunityOfPractice community : communities) {
			table.row(community.place().getName(), community.capability().getName(),
					PlanCells.people(community.members().size(), suppression), names.organisations(community.organisations()));
		}
		out.table(table);
	}

	static String hours(double hours) {
		return hours == Math.rint(hours) ? String.format(Locale.ROOT, "%,.0f", hours) : String.format(Locale.ROOT, "%,.2f", hours);
	}

	static Cell money(double amount) {
		return Cell.number(amount, moneyText(amount));
	}

	static String moneyText(double amount) {
		return ExportReportTables.money(amount);
	}
}
