package org.intdesigner.workforce.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.RegistryFactory;
import org.intdesigner.workforce.store.WorkforceStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The metrics this fragment contributes (fragment.xml) read through the platform's registry: the two
 * that work are computed, suppressed and rated as built-ins are, and appear among the dashboard's
 * tiles; each broken one is reported naming this plug-in and what to change, and left out.
 */
class ContributedMetricsTest {

	private static final String PLUGIN = "org.intdesigner.workforce.metrics.tests";
	private static final Period YEAR_2026 = new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));

	@TempDir
	static Path folder;
	private static WorkforceStore store;

	@BeforeAll
	static void open() throws Exception {
		store = HandWorkedStore.create(folder.resolve("workforce"));
	}

	@AfterAll
	static void close() {
		store.close();
	}

	private static ContributedMetrics.Reading reading() {
		return ContributedMetrics.read(RegistryFactory.getRegistry().getConfigurationElementsFor(ContributedMetrics.EXTENSION_POINT));
	}

	@Test
	void theWorkingContributionsLoadAndTheBrokenOnesAreLeftOut() {
		ContributedMetrics.Reading reading = reading();
		assertEquals(List.of("test.leavers-per-100", "test.fte-per-head"),
				reading.metrics().stream().map(ContributedMetric::id).toList(), reading.problems().toString());
		ContributedMetric leavers = reading.metrics().get(0);
		assertEquals("Leavers per 100 in post", leavers.label());
		assertEquals("per 100", leavers.unit());
		assertEquals(new Target(10, 2, false), leavers.target());
		assertEquals(PLUGIN, leavers.contributor());
		assertEquals("leavers / inPostEnd * 100", leavers.formulaText());
		assertEquals(null, reading.metrics().get(1).target(), "no target: no RAG");
		assertEquals("FTE", reading.metrics().get(1).unit(), "the element's unit, not the class's");
		assertEquals(List.of("test.leavers-per-100", "test.fte-per-head"),
				ContributedMetrics.installed().stream().map(ContributedMetric::id).toList());
	}

	@Test
	void eachBrokenContributionIsReportedNamingThePluginAndTheFix() {
		List<String> problems = reading().problems();
		assertEquals(8, problems.size(), problems.toString());
		problems.forEach(problem -> assertTrue(problem.contains("of plug-in " + PLUGIN + " is left out"), problem));
		assertProblem(problems, "'test.unreadable'", "cannot be read", "Correct the expression attribute");
		assertProblem(problems, "'test.unknown-measure'", "uses 'agencyShifts', which is neither a measure", "inPostEnd");
		assertProblem(problems, "'turnover'", "is already the built-in metric 'Turnover (headcount)'", "an id of its own");
		assertProblem(problems, "'test.leavers-per-100'", "is already the metric of plug-in " + PLUGIN, "an id of its own");
		assertProblem(problems, "'test.missing-class'", "NoSuchFormula could not be made", "Check the class name");
		assertProblem(problems, "'test.wrong-type'", "is not a metric formula", "implement " + MetricFormula.class.getName());
		assertProblem(problems, "'test.both'", "both an expression and a class", "Keep one");
		assertProblem(problems, "'test.bad-target'", "target 'ten' is not a number", "Write it as");
	}

	private static void assertProblem(List<String> problems, String... parts) {
		assertTrue(problems.stream().anyMatch(problem -> List.of(parts).stream().allMatch(problem::contains)),
				"no problem saying " + List.of(parts) + " in " + problems);
	}

	@Test
	void problemsGoToTheErrorLog() {
		List<IStatus> logged = new ArrayList<>();
		ILogListener listener = (status, plugin) -> logged.add(status);
		ILog log = ILog.of(ContributedMetrics.class);
		log.addLogListener(listener);
		try {
			ContributedMetrics.log(reading().problems());
		} finally {
			log.removeLogListener(listener);
		}
		assertEquals(8, logged.size());
		assertEquals(IStatus.ERROR, logged.get(0).getSeverity());
		assertTrue(logged.get(0).getMessage().contains(PLUGIN), logged.get(0).getMessage());
	}

	@Test
	void theCatalogueFindsBuiltInsAndContributedMetricsByIdWithTheirTargets() {
		assertSame(Metric.TURNOVER, MetricCatalogue.find("turnover"));
		MetricFormula leavers = MetricCatalogue.find("TEST.Leavers-per-100");
		assertEquals("test.leavers-per-100", leavers.id());
		assertEquals(new Target(10, 2, false), MetricCatalogue.targetOf(leavers));
		assertEquals(Target.DEFAULTS.get(Metric.STABILITY), MetricCatalogue.targetOf(Metric.STABILITY));
		assertTrue(MetricCatalogue.all().containsAll(ContributedMetrics.installed()));
		IllegalArgumentException unknown = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
				() -> MetricCatalogue.find("test.unreadable"));
		assertTrue(unknown.getMessage().contains("turnover") && unknown.getMessage().contains("test.fte-per-head"),
				unknown.getMessage());
	}

	@Test
	void aContributedMetricIsComputedSuppressedAndRatedAsABuiltInIs() throws SQLException {
		MetricFormula leavers = MetricCatalogue.find("test.leavers-per-100");
		MetricTable table = store.read(c -> WorkforceMetrics.compute(c, new MetricQuery(leavers, YEAR_2026,
				List.of(Cut.ORGANISATION), TeamNeighbourhoods.NONE, SmallNumberSuppression.standard(), MetricCatalogue.targetOf(leavers))));
		MetricRow a = row(table, "A");
		// A: leavers a09, a10, a12, a13, a14 = 5; in post 31 Dec: a01-a08, a11 = 9
		assertEquals(5 / 9.0 * 100, a.value(), 1e-9);
		assertEquals(Rag.RED, a.rag(), "55.6 against at most 10, amber to 12");
		assertTrue(row(table, "B").suppressed(), "B has three people");
	}

	@Test
	void aFormulaNamingNoPeopleCountIsSuppressedByThePeopleInPost() throws SQLException {
		MetricFormula ftePerHead = MetricCatalogue.find("test.fte-per-head");
		assertTrue(ftePerHead.measures().contains(Measure.IN_POST_END), ftePerHead.measures().toString());
		MetricTable table = store.read(c -> WorkforceMetrics.compute(c, new MetricQuery(ftePerHead, YEAR_2026,
				List.of(Cut.ORGANISATION), TeamNeighbourhoods.NONE, SmallNumberSuppression.standard(), null)));
		assertEquals(8.5 / 9, row(table, "A").value(), 1e-9);
		assertEquals(Rag.NONE, row(table, "A").rag());
		assertTrue(row(table, "B").suppressed(), "three people's FTE is not shown, though the class names no people count");
	}

	@Test
	void theDashboardHasATileForEachContributedMetricAfterTheBuiltIns() throws SQLException {
		List<MetricFormula> metrics = DashboardFigures.tileMetrics();
		assertEquals(DashboardFigures.TILES, metrics.subList(0, DashboardFigures.TILES.size()));
		assertEquals(ContributedMetrics.installed(), metrics.subList(DashboardFigures.TILES.size(), metrics.size()));
		DashboardFigures.Tiles tiles = store.read(c -> DashboardFigures.tiles(c, YEAR_2026, TeamNeighbourhoods.NONE,
				SmallNumberSuppression.standard(), StaffScope.everyone(), null));
		assertEquals(metrics, List.copyOf(tiles.rows().keySet()), "the tiles in the dashboard's order");
		MetricRow leavers = tiles.rows().get(MetricCatalogue.find("test.leavers-per-100"));
		// everyone: leavers 5 (A) + 0 (B); in post 31 Dec 9 (A) + 3 (B) = 12
		assertEquals(5 / 12.0 * 100, leavers.value(), 1e-9);
		assertEquals(Rag.RED, leavers.rag());
		assertEquals(null, tiles.notes().get(MetricCatalogue.find("test.leavers-per-100")));
	}

	@Test
	void aMetricRegisteredInCodeJoinsUntilItsRegistrationCloses() {
		ContributedMetric leavers = new ContributedMetric("test.registered", "Registered", "", new MetricDefinition(
				"test.registered", "Registered", "", "leavers"), null, "a test");
		try (MeasureSources.Registration registration = ContributedMetrics.register(leavers)) {
			assertSame(leavers, MetricCatalogue.find("test.registered"));
			assertSame(leavers, ContributedMetrics.installed().get(0), "registered ones first");
			IllegalArgumentException taken = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
					() -> ContributedMetrics.register(new ContributedMetric("Turnover", "Mine", "", leavers, null, "a test")));
			assertTrue(taken.getMessage().contains("'Turnover' is taken"), taken.getMessage());
		}
		assertTrue(ContributedMetrics.installed().stream().noneMatch(metric -> metric.id().equals("test.registered")));
	}

	private static MetricRow row(MetricTable table, String organisation) {
		return table.rows().stream().filter(r -> organisation.equals(r.key().get(Cut.ORGANISATION))).findFirst()
				.orElseThrow(() -> new AssertionError("no row " + organisation + " in " + table.rows()));
	}
}
