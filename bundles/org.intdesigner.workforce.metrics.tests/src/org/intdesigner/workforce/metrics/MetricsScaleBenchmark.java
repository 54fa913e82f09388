package org.intdesigner.workforce.metrics;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.intdesigner.workforce.store.StoreLocation;
import org.intdesigner.workforce.store.WorkforceStore;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every built-in metric over 1,000,000 staff spells (with 200,000 absences and a year of
 * establishment), cut by organisation and month: the issue asks for under 1 s each. Prints the
 * figures and writes target/benchmarks/metrics.md (for docs/benchmarks.md, by ./intd bench-workforce);
 * tagged "benchmark", so run on request:
 * {@code -Dtest=MetricsScaleBenchmark -Dintd.test.excludedGroups=none}. Rows go in through JDBC
 * batches here; the import's own speed is the importer's benchmark.
 */
@Tag("benchmark")
class MetricsScaleBenchmark {

	private static final int SPELLS = Integer.getInteger("intd.bench.spells", 1_000_000);
	private static final int ORGANISATIONS = 40;
	private static final String[] ROLES = { "nurse", "hca", "gp", "pharmacist", "social worker", "therapist", "admin", "manager" };

	@TempDir
	Path folder;

	@Test
	void everyMetricByOrganisationAndMonth() throws Exception {
		try (WorkforceStore store = WorkforceStore.open(StoreLocation.embedded(folder.resolve("workforce")))) {
			long loadStart = System.nanoTime();
			store.write(connection -> {
				load(connection);
				return null;
			});
			System.out.printf("METRICS-BENCH rows: %,d staff spells loaded in %.1f s%n", SPELLS, (System.nanoTime() - loadStart) / 1e9);
			StringBuilder report = new StringBuilder(String.format(Locale.ROOT, "%,d staff spells of 40 organisations (%,d"
					+ " sickness absences, a year of establishment), the year 2026 by organisation and month (40 x 12 groups),"
					+ " first and then:%n%n| metric | first | then | groups |%n| --- | ---: | ---: | ---: |%n", SPELLS, SPELLS / 5));
			Period year = new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
			for (Metric metric : List.of(Metric.TURNOVER, Metric.TURNOVER_FTE, Metric.VACANCY_RATE, Metric.SICKNESS_ABSENCE,
					Metric.STABILITY, Metric.HEADCOUNT, Metric.FTE)) {
				MetricQuery query = new MetricQuery(metric, year, List.of(Cut.ORGANISATION, Cut.MONTH), TeamNeighbourhoods.NONE,
						SmallNumberSuppression.standard(), Target.DEFAULTS.get(metric));
				// as the first figure of a new process (./intd metrics): nothing in memory yet
				SnapshotCache.clear();
				long coldStart = System.nanoTime();
				store.read(connection -> WorkforceMetrics.compute(connection, query));
				long cold = (System.nanoTime() - coldStart) / 1_000_000;
				long best = Long.MAX_VALUE;
				int rows = 0;
				for (int run = 0; run < 3; run++) {
					long start = System.nanoTime();
					rows = store.read(connection -> WorkforceMetrics.compute(connection, query)).rows().size();
					best = Math.min(best, System.nanoTime() - start);
				}
				System.out.printf("METRICS-BENCH %s by organisation and month: first %d ms, then %d ms (%d rows)%n", metric.id(),
						cold, best / 1_000_000, rows);
				report.append(String.format(Locale.ROOT, "| %s | %,d ms | %d ms | %d |%n", metric.label(), cold, best / 1_000_000,
						rows));
			}
			report.append(String.format(Locale.ROOT, "%n\"First\" is the figure of a new process (each `./intd metrics` run, or"
					+ " the dashboard's first after an import): it reads the columns it needs out of Derby into memory"
					+ " (StaffSnapshot); the figures after it share them until the next import (best of 3).%n"));
			Path out = Paths.get("target", "benchmarks", "metrics.md");
			Files.createDirectories(out.getParent());
			Files.writeString(out, report);
		}
	}

	private static void load(Connection connection) throws SQLException {
		try (Statement s = connection.createStatement()) {
			s.executeUpdate("INSERT INTO WORKFORCE.IMPORT_LOG (KIND, FILE_NAME, OUTCOME, ROWS_READ, ROWS_IMPORTED, ROWS_REJECTED,"
					+ " IMPORTED_AT) VALUES ('staff', 'benchmark', 'IMPORTED', 0, 0, 0, CURRENT_TIMESTAMP)");
		}
		Random random = new Random(42);
		LocalDate base = LocalDate.of(2015, 1, 1);
		try (PreparedStatement insert = connection.prepareStatement("INSERT INTO WORKFORCE.STAFF (PERSON_ID, ORG_ID, ROLE_ID,"
				+ " TEAM_ID, POST_ID, FTE, START_DATE, END_DATE, LEAVING_REASON, IMPORT_ID) VALUES (?, ?, ?, ?, NULL, ?, ?, ?, NULL,"
				+ " (SELECT MAX(IMPORT_ID) FROM WORKFORCE.IMPORT_LOG))");
				PreparedStatement absence = connection.prepareStatement("INSERT INTO WORKFORCE.ABSENCE (PERSON_ID, START_DATE, END_DATE,"
						+ " IMPORT_ID) VALUES (?, ?, ?, (SELECT MAX(IMPORT_ID) FROM WORKFORCE.IMPORT_LOG))")) {
			for (int i = 0; i < SPELLS; i++) {
				String person = "p" + i;
				LocalDate start = base.plusDays(random.nextInt(4300));
				LocalDate end = random.nextInt(5) == 0 ? start.plusDays(30 + random.nextInt(1500)) : null;
				insert.setString(1, person);
				insert.setString(2, "org" + random.nextInt(ORGANISATIONS));
				insert.setString(3, ROLES[random.nextInt(ROLES.length)]);
				insert.setString(4, "team" + random.nextInt(400));
				insert.setDouble(5, random.nextBoolean() ? 1.0 : 0.6);
				insert.setDate(6, Date.valueOf(start));
				insert.setDate(7, end == null ? null : Date.valueOf(end));
				insert.addBatch();
				if (i % 5 == 0) {
					LocalDate off = LocalDate.of(2026, 1, 1).plusDays(random.nextInt(365));
					absence.setString(1, person);
					absence.setDate(2, Date.valueOf(off.isBefore(start) ? start : off));
					absence.setDate(3, Date.valueOf((off.isBefore(start) ? start : off).plusDays(random.nextInt(10))));
					absence.addBatch();
				}
				if (i % 10_000 == 9_999) {
					insert.executeBatch();
					absence.executeBatch();
				}
			}
			insert.executeBatch();
			absence.executeBatch();
		}
		try (PreparedStatement plan = connection.prepareStatement("INSERT INTO WORKFORCE.ESTABLISHMENT (ORG_ID, ROLE_ID, MONTH_START,"
				+ " PLANNED_FTE, IMPORT_ID) VALUES (?, ?, ?, ?, (SELECT MAX(IMPORT_ID) FROM WORKFORCE.IMPORT_LOG))")) {
			for (int o = 0; o < ORGANISATIONS; o++) {
				for (String role : ROLES) {
					for (int m = 1; m <= 12; m++) {
						plan.setString(1, "org" + o);
						plan.setString(2, role);
						plan.setDate(3, Date.valueOf(LocalDate.of(2026, m, 1)));
						plan.setDouble(4, 2000 + o);
						plan.addBatch();
					}
				}
			}
			plan.executeBatch();
		}
	}
}
