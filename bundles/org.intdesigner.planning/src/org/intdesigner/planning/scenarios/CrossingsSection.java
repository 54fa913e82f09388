package org.intdesigner.planning.scenarios;

import java.util.ArrayList;
import java.util.List;

import org.intdesigner.analysis.api.FigureTable;
import org.intdesigner.analysis.figures.BoundaryCrossings;
import org.intdesigner.model.IntdModel;
import org.intdesigner.planning.scenarios.SideBySide.Unit;

/**
 * Boundary crossings, from the analysis figure the Boundary map counts ({@link BoundaryCrossings}): per allocation of
 * a post to a team, working for another employer than the team's host, line managed and supervised across
 * employers. A team's crossings are the three added up, as the map writes them on the team; teams without any in
 * every model are left out.
 */
final class CrossingsSection {

	static final String TITLE = "Boundary crossings";
	static final String ALL_TEAMS = "All teams";
	static final String CROSSINGS = "crossings";
	static final String FROM_ANOTHER_EMPLOYER = "from another employer than the host";
	static final String LINE_MANAGED = "line managed across employers";
	static final String SUPERVISED = "supervised across employers";
	private static final Object TOTAL = new Object();

	private CrossingsSection() {
	}

	static SideBySide.Section of(List<IntdModel> models) {
		Tally byTeam = new Tally(models.size());
		Tally totals = new Tally(models.size());
		BoundaryCrossings figure = new BoundaryCrossings();
		for (int i = 0; i < models.size(); i++) {
			FigureTable table = figure.compute(models.get(i));
			for (String measure : List.of(CROSSINGS, FROM_ANOTHER_EMPLOYER, LINE_MANAGED, SUPERVISED)) {
				totals.add(i, TOTAL, ALL_TEAMS, measure, Unit.COUNT, 0);
			}
			for (List<Object> row : table.rows()) {
				// columns: team, posts, from another employer, line managed across, supervised across
				int other = (Integer) row.get(2);
				int managed = (Integer) row.get(3);
				int supervised = (Integer) row.get(4);
				int crossings = other + managed + supervised;
				if (crossings > 0) {
					// the figure names teams by name only: teams of one name are one row
					byTeam.add(i, row.get(0), (String) row.get(0), CROSSINGS, Unit.COUNT, crossings);
				}
				totals.add(i, TOTAL, ALL_TEAMS, CROSSINGS, Unit.COUNT, crossings);
				totals.add(i, TOTAL, ALL_TEAMS, FROM_ANOTHER_EMPLOYER, Unit.COUNT, other);
				totals.add(i, TOTAL, ALL_TEAMS, LINE_MANAGED, Unit.COUNT, managed);
				totals.add(i, TOTAL, ALL_TEAMS, SUPERVISED, Unit.COUNT, supervised);
			}
		}
		List<SideBySide.Row> rows = new ArrayList<>(byTeam.rows());
		rows.addAll(totals.rows());
		return new SideBySide.Section(TITLE, "Team", rows, List.of());
	}
}
