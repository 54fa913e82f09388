package org.intdesigner.development;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.intdesigner.model.Organisation;
import org.intdesigner.model.Role;
import org.intdesigner.model.Team;
import org.intdesigner.workforce.metrics.Cut;
import org.intdesigner.workforce.metrics.Measure;
import org.intdesigner.workforce.metrics.MeasureBatch;
import org.intdesigner.workforce.metrics.MeasureRequest;
import org.intdesigner.workforce.metrics.MeasureSink;
import org.intdesigner.workforce.metrics.MeasureSource;
import org.intdesigner.workforce.metrics.Period;

/**
 * Skill sufficiency as measures of the workforce metrics (extension point
 * org.intdesigner.workforce.metrics.measureSources): for each period, the requirements of every team checked on its
 * last day against the people then in post and their assessments, counted per group: a team's requirements under the
 * team, its host organisation (and that one's sector), and each role asking for them. Only assessed people count: a
 * store without assessments is refused, saying what to import (the posts as designed are the model's intent, not data).
 */
public final class SufficiencyMeasures implements MeasureSource {

	static final String TEAM_AND_NEEDS = "(the team's own and its needs')";
	static final String NO_HOST = "(no host organisation)";

	@Override
	public Set<Measure> measures() {
		return Set.of(Measure.SKILL_REQUIREMENTS, Measure.SKILL_REQUIREMENTS_MET, Measure.SKILL_SINGLE_POINTS,
				Measure.SKILL_HOLDERS);
	}

	@Override
	public void measure(MeasureRequest request, MeasureSink sink) throws SQLException {
		if (request.model() == null) {
			throw new IllegalArgumentException("Skill sufficiency compares the workforce store's assessments with the"
					+ " requirements of an INT model's teams: give the model (--model MODEL.intd).");
		}
		// the same records whatever the groups: a batch of figures (a report's, the dashboard's) reads them once
		SkillRecords records = SkillRecords.readOnce(request.connection());
		if (!records.hasAssessments()) {
			// the posts as designed are the model's intent, not data: no figure, and say what would give one
			throw new IllegalArgumentException("No skills assessments are loaded. Import a skills file"
					+ " (./intd import-workforce skills FILE, or File > Import > Workforce Data) to measure skill sufficiency.");
		}
		// the dashboard asks from a background job while the model may be edited: a walk that meets an edit is
		// walked again, and nothing reaches the sink before a walk is whole
		for (int attempt = 1;; attempt++) {
			try {
				List<Figure> figures = figures(request, records);
				figures.forEach(f -> sink.add(f.group(), f.period(), f.measure(), f.value()));
				return;
			} catch (ConcurrentModificationException e) {
				if (attempt == 3) {
					throw e;
				}
			}
		}
	}

	private record Figure(List<String> group, int period, Measure measure, double value) {
	}

	/** The skills held on a day and the model's requirements checked against them. */
	private record Checked(SkillsHeld held, SufficiencyReport report) {
	}

	private static List<Figure> figures(MeasureRequest request, SkillRecords records) throws SQLException {
		List<Figure> figures = new ArrayList<>();
		for (int index = 0; index < request.periods().size(); index++) {
			Period period = request.periods().get(index);
			// every group of a batch's figures is counted from the same check of the whole model on that day
			Checked checked = MeasureBatch.shared(List.of(Checked.class, records, request.model(), period.last()), () -> {
				SkillsHeld on = SkillsHeld.assessed(records, request.model(), period.last());
				return new Checked(on, SkillSufficiency.check(request.model(), on, SkillSufficiency.DEFAULT_EXPIRING_DAYS));
			});
			SkillsHeld held = checked.held();
			SufficiencyReport report = checked.report();
			Set<List<Object>> counted = new HashSet<>();
			for (RequirementCheck check : report.checks()) {
				Team team = check.requirement().team();
				if (request.team() != null && !request.team().equals(ModelCodes.of(team))) {
					continue;
				}
				for (List<String> group : groups(check.requirement(), request.dimensions())) {
					figures.add(new Figure(group, index, Measure.SKILL_REQUIREMENTS, 1));
					figures.add(new Figure(group, index, Measure.SKILL_REQUIREMENTS_MET, check.met() ? 1 : 0));
					figures.add(new Figure(group, index, Measure.SKILL_SINGLE_POINTS, check.singlePoint() ? 1 : 0));
					if (counted.add(List.of(group, team))) {
						// the people the team's requirements were checked against, once per group and team
						figures.add(new Figure(group, index, Measure.SKILL_HOLDERS, SkillSufficiency.peopleIn(team, held).size()));
					}
				}
			}
		}
		return figures;
	}

	/** The groups a requirement counts in: one value per dimension; by role, one group per role asking for it. */
	private static List<List<String>> groups(Requirement requirement, List<Cut> dimensions) {
		List<List<String>> groups = new ArrayList<>();
		groups.add(new ArrayList<>());
		for (Cut cut : dimensions) {
			List<String> values = values(requirement, cut);
			List<List<String>> next = new ArrayList<>();
			for (List<String> group : groups) {
				for (String value : values) {
					List<String> longer = new ArrayList<>(group);
					longer.add(value);
					next.add(longer);
				}
			}
			groups = next;
		}
		return groups;
	}

	private static List<String> values(Requirement requirement, Cut cut) {
		Team team = requirement.team();
		Organisation host = team.getHost();
		return switch (cut) {
		case TEAM -> List.of(ModelCodes.of(team));
		case ORGANISATION -> List.of(host == null ? NO_HOST : ModelCodes.of(host));
		case SECTOR -> List.of(host == null || host.getSector() == null ? NO_HOST : host.getSector().getName());
		case ROLE -> {
			List<String> roles = new ArrayList<>();
			for (Role role : requirement.roles()) {
				roles.add(ModelCodes.of(role));
			}
			if (requirement.fromTeamOrNeeds()) {
				roles.add(TEAM_AND_NEEDS);
			}
			yield roles;
		}
		default -> throw new IllegalArgumentException("Skill sufficiency cannot be cut by " + cut.label() + ".");
		};
	}
}
