package org.intdesigner.workforce.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Figures worked out together in a {@link MeasureBatch} (each table's measures read once) are the
 * figures each one gives worked out alone: every metric, by the cuts the dashboard and the reports
 * use, for every kind of scope, on {@link HandWorkedStore} with {@link HandWorkedSurveyQuestions}.
 */
class MeasureBatchTest extends OnHandWorkedStore {

	private static final List<List<Cut>> CUTS = List.of(List.of(), List.of(Cut.MONTH), List.of(Cut.ORGANISATION),
			List.of(Cut.ORGANISATION, Cut.MONTH), List.of(Cut.TEAM), List.of(Cut.ROLE), List.of(Cut.SECTOR), List.of(Cut.NEIGHBOURHOOD),
			List.of(Cut.NEIGHBOURHOOD, Cut.MONTH), List.of(Cut.ORGANISATION, Cut.ROLE), List.of(Cut.TEAM, Cut.SECTOR));
	private static final TeamNeighbourhoods PLACES = team -> "T1".equals(team) ? "Riverside North"
			: TeamNeighbourhoods.NOT_IN_A_NEIGHBOURHOOD;
	private static final List<StaffScope> SCOPES = List.of(StaffScope.everyone(), StaffScope.team("T1"),
			StaffScope.teams("North", Set.of("T1", "T2")), StaffScope.organisation("A"));

	@BeforeAll
	static void addSurveyQuestions() throws Exception {
		HandWorkedSurveyQuestions.add(store);
	}

	@Test
	void figuresInABatchAreTheFiguresWorkedOutAlone() throws SQLException {
		List<String> alone = store.read(c -> everyFigure(c, CUTS));
		List<String> together = store.read(c -> MeasureBatch.run(() -> everyFigure(c, CUTS)));
		assertSame(alone, together);
	}

	/**
	 * The finer cuts first: in a batch, the figures by fewer cuts are then added up from the groups already read
	 * (by organisation and team, then by team), and are still the figures worked out alone.
	 */
	@Test
	void figuresAddedUpFromFinerGroupsAreTheFiguresWorkedOutAlone() throws SQLException {
		List<List<Cut>> finerFirst = new ArrayList<>(CUTS);
		finerFirst.sort(java.util.Comparator.comparing(cuts -> -cuts.size()));
		List<String> alone = store.read(c -> everyFigure(c, finerFirst));
		List<String> together = store.read(c -> MeasureBatch.run(() -> everyFigure(c, finerFirst)));
		assertSame(alone, together);
	}

	/** The same figures kept in a memory across batches, as a report run keeps them across its places. */
	@Test
	void figuresKeptAcrossBatchesAreTheFiguresWorkedOutAlone() throws SQLException {
		List<String> alone = store.read(c -> everyFigure(c, CUTS));
		MeasureBatch.Memory memory = new MeasureBatch.Memory();
		store.read(c -> MeasureBatch.run(memory, () -> everyFigure(c, CUTS)));
		List<String> again = store.read(c -> MeasureBatch.run(memory, () -> everyFigure(c, CUTS)));
		assertSame(alone, again);
	}

	private static void assertSame(List<String> alone, List<String> together) {
		assertEquals(alone.size(), together.size());
		for (int i = 0; i < alone.size(); i++) {
			assertEquals(alone.get(i), together.get(i));
		}
		assertFalse(alone.stream().allMatch(text -> text.startsWith("cannot")), "some figures were worked out");
	}

	/** Every metric by every cut for every scope, as text (rows with their measures, or why there is none). */
	private static List<String> everyFigure(Connection connection, List<List<Cut>> cutsInOrder) throws SQLException {
		List<String> figures = new ArrayList<>();
		for (StaffScope scope : SCOPES) {
			for (Metric metric : Metric.values()) {
				for (List<Cut> cuts : cutsInOrder) {
					for (boolean rolling : List.of(false, true)) {
						MetricQuery query = new MetricQuery(metric, YEAR_2026, cuts, PLACES,
								SmallNumberSuppression.standard(), Target.DEFAULTS.get(metric));
						query = rolling ? query.rollingTwelveMonths() : query;
						String what = scope + " " + metric + " " + cuts + " rolling " + rolling + ": ";
						try {
							figures.add(what + rows(scope.table(connection, query)));
						} catch (IllegalArgumentException cannot) {
							figures.add("cannot " + what + cannot.getMessage());
						}
					}
				}
			}
		}
		return figures;
	}

	private static String rows(MetricTable table) {
		StringBuilder text = new StringBuilder();
		for (MetricRow row : table.rows()) {
			text.append(row.key()).append(' ').append(row.period()).append(' ')
					.append(Double.doubleToLongBits(row.value())).append(' ').append(row.suppressed()).append(' ')
					.append(row.rag()).append(' ').append(row.measures().asMap()).append('\n');
		}
		return text.toString();
	}
}
