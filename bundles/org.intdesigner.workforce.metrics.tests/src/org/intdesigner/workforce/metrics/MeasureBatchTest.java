package org.intdesigner.workforce.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.intdesigner.workforce.store.WorkforceStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Figures worked out together in a {@link MeasureBatch} (each table's measures read once) are the
 * figures each one gives worked out alone: every metric, by the cuts the dashboard and the reports
 * use, for every kind of scope, on {@link HandWorkedStore} with {@link HandWorkedSurveyQuestions}.
 */
class MeasureBatchTest {

	private static final Period YEAR_2026 = new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
	private static final List<List<Cut>> CUTS = List.of(List.of(), List.of(Cut.MONTH), List.of(Cut.ORGANISATION),
			List.of(Cut.ORGANISATION, Cut.MONTH), List.of(Cut.TEAM), List.of(Cut.ROLE), List.of(Cut.SECTOR), List.of(Cut.NEIGHBOURHOOD),
			List.of(Cut.NEIGHBOURHOOD, Cut.MONTH));
	private static final TeamNeighbourhoods PLACES = team -> "T1".equals(team) ? "Riverside North"
			: TeamNeighbourhoods.NOT_IN_A_NEIGHBOURHOOD;
	private static final List<StaffScope> SCOPES = List.of(StaffScope.everyone(), StaffScope.team("T1"),
			StaffScope.teams("North", Set.of("T1", "T2")), StaffScope.organisation("A"));

	@TempDir
	static Path folder;
	private static WorkforceStore store;

	@BeforeAll
	static void open() throws Exception {
		store = HandWorkedStore.create(folder.resolve("workforce"));
		HandWorkedSurveyQuestions.add(store);
	}

	@AfterAll
	static void close() {
		store.close();
	}

	@Test
	void figuresInABatchAreTheFiguresWorkedOutAlone() throws SQLException {
		List<String> alone = store.read(MeasureBatchTest::everyFigure);
		List<String> together = store.read(c -> MeasureBatch.run(() -> everyFigure(c)));
		assertEquals(alone.size(), together.size());
		for (int i = 0; i < alone.size(); i++) {
			assertEquals(alone.get(i), together.get(i));
		}
		assertFalse(alone.stream().allMatch(text -> text.startsWith("cannot")), "some figures were worked out");
	}

	/** Every metric by every cut for every scope, as text (rows with their measures, or why there is none). */
	private static List<String> everyFigure(Connection connection) throws SQLException {
		List<String> figures = new ArrayList<>();
		for (StaffScope scope : SCOPES) {
			for (Metric metric : Metric.values()) {
				for (List<Cut> cuts : CUTS) {
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
