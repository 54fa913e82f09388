package org.intdesigner.workforce.metrics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.intdesigner.model.IntdModel;

/**
 * A skill measure source contributed by this fragment's fragment.xml, standing in for the workforce
 * development plug-in: fixed figures per team (partner A's T1 and T2, B's T3), T1 meeting two more
 * requirements from July 2026. It computes nothing (no measures) until {@link #active} is set, so
 * the tests can see what happens when no source is installed. It keeps the last model it was given.
 */
public final class ContributedSkillSource implements MeasureSource {

	static volatile boolean active;
	static volatile IntdModel lastModel;
	static volatile int requests;

	/** One team's figures: organisation, sector, role, team; requirements, met, single points, people in post. */
	private record TeamRow(String org, String sector, String role, String team, double requirements, double met,
			double singlePoints, double holders) {
	}

	private static List<TeamRow> rows(LocalDate day) {
		boolean fromJuly = !day.isBefore(LocalDate.of(2026, 7, 1));
		return List.of(new TeamRow("A", "nhs", "nurse", "T1", 10, fromJuly ? 9 : 7, 2, 8),
				new TeamRow("A", "nhs", "hca", "T2", 4, 2, 1, 1),
				new TeamRow("B", "council", "social worker", "T3", 5, 5, 0, 3));
	}

	@Override
	public Set<Measure> measures() {
		return active ? EnumSet.of(Measure.SKILL_REQUIREMENTS, Measure.SKILL_REQUIREMENTS_MET, Measure.SKILL_SINGLE_POINTS,
				Measure.SKILL_HOLDERS) : Set.of();
	}

	@Override
	public void measure(MeasureRequest request, MeasureSink sink) {
		lastModel = request.model();
		requests++;
		for (int p = 0; p < request.periods().size(); p++) {
			for (TeamRow row : rows(request.periods().get(p).last())) {
				if (request.team() != null && !request.team().equals(row.team())) {
					continue;
				}
				List<String> group = new ArrayList<>();
				for (Cut cut : request.dimensions()) {
					group.add(switch (cut) {
					case ORGANISATION -> row.org();
					case SECTOR -> row.sector();
					case ROLE -> row.role();
					case TEAM -> row.team();
					default -> throw new IllegalArgumentException(cut + " is the caller's to handle");
					});
				}
				sink.add(group, p, Measure.SKILL_REQUIREMENTS, row.requirements());
				sink.add(group, p, Measure.SKILL_REQUIREMENTS_MET, row.met());
				sink.add(group, p, Measure.SKILL_SINGLE_POINTS, row.singlePoints());
				sink.add(group, p, Measure.SKILL_HOLDERS, row.holders());
			}
		}
	}
}
