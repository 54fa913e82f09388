package org.intdesigner.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Organisation;
import org.intdesigner.model.Role;
import org.intdesigner.model.SupplyAssumption;
import org.intdesigner.model.Team;
import org.intdesigner.model.samples.SyntheticModels;
import org.intdesigner.workforce.store.StoreLocation;
import org.intdesigner.workforce.store.WorkforceStore;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Not a test: supply from the workforce store at London scale (run by ./intd bench-planning). 1,000,000 staff spells
 * of the synthetic LONDON model's 30 roles, organisations and teams go into an embedded store; every role x
 * organisation has a supply assumption that leaves its start and its leaver rate to the store, with ranges for
 * retirements and joiners. Timed after the store's snapshot is in memory (a first plan made): reading the plan's
 * figures from the store (FTE in post by role and organisation and by role and team, FTE turnover and sickness by
 * role) and projecting every assumption 10 years with 1,000 runs. Median of the rounds; writes
 * target/benchmarks/supply.md. Fewer spells with intd.bench.spells (./intd bench-planning --quick).
 */
@Tag("benchmark")
class SupplyFromStoreBenchmark {

	private static final int SPELLS = Integer.getInteger("intd.bench.spells", 1_000_000);
	private static final int ROUNDS = Integer.getInteger("intd.bench.runs", 5);
	private static final int ROLES = 30;

	@TempDir
	Path folder;

	@Test
	void supplyOfEveryRoleAndOrganisationFromTheStore() throws Exception {
		IntdModel model = SyntheticModels.generate(SyntheticModels.Scale.LONDON, 1L);
		List<Role> roles = model.getRoles().subList(0, Math.min(ROLES, model.getRoles().size()));
		List<Organisation> organisations = model.getOrganisations();
		List<Team> teams = new ArrayList<>();
		model.eAllContents().forEachRemaining(object -> {
			if (object instanceof Team team) {
				teams.add(team);
			}
		});
		for (Role role : roles) {
			for (Organisation organisation : organisations) {
				SupplyAssumption supply = org.intdesigner.model.IntdFactory.eINSTANCE.createSupplyAssumption();
				supply.setRole(role);
				supply.setUnit(organisation);
				supply.setRetirementRate(1);
				supply.setRetirementRateHigh(3);
				supply.setJoinersPerYear(1);
				supply.setJoinersPerYearHigh(2);
				supply.setYears(10);
				model.getSupplyAssumptions().add(supply);
			}
		}
		try (WorkforceStore store = WorkforceStore.open(StoreLocation.embedded(folder.resolve("workforce")))) {
			long loadStart = System.nanoTime();
			store.write(connection -> {
				load(connection, roles, organisations, teams);
				return null;
			});
			double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
			// the first plan reads the store's spells into memory (the snapshot)
			long snapshotStart = System.nanoTime();
			plan(store, model);
			double snapshotSeconds = (System.nanoTime() - snapshotStart) / 1e9;
			double[] figures = new double[ROUNDS];
			double[] supply = new double[ROUNDS];
			for (int round = 0; round < ROUNDS; round++) {
				long start = System.nanoTime();
				StoreFigures read = store.read(connection -> WorkforceStoreFigures.read(connection, model, "the benchmark store"));
				figures[round] = (System.nanoTime() - start) / 1e6;
				start = System.nanoTime();
				List<Plan.Problem> problems = new ArrayList<>();
				List<Plan.SupplyRow> rows = WorkforcePlan.supply(model, read, PlanOptions.DEFAULT, problems, new ArrayList<>());
				supply[round] = (System.nanoTime() - start) / 1e6;
				assertTrue(rows.size() > roles.size() * 10, "most role x organisation pairs have staff: " + rows.size());
				assertEquals(roles.size() * organisations.size(), rows.size() / 11 + problems.size(), "each projected or named");
			}
			String report = String.format(Locale.ROOT, "%,d staff spells of the synthetic LONDON model's %d roles, %d"
					+ " organisations and %,d teams in an embedded store (loaded in %.0f s; the first plan, which reads them"
					+ " into memory, %.1f s); a supply assumption for every role x organisation (%,d) leaving its start and its"
					+ " leaver rate to the store, with ranges for retirements and joiners; 10 years, 1,000 runs. Median of %d.%n%n"
					+ "| what | median | goal |%n| --- | ---: | ---: |%n"
					+ "| the figures the plan asks the store for (FTE in post by role x organisation, FTE turnover by role; their"
					+ " leaver rates and starts are left empty) | %.0f ms | |%n"
					+ "| every role x organisation projected with its P10-P90 band | %.0f ms | |%n"
					+ "| supply for every role x organisation after the store's snapshot (the two above) | %.0f ms | under 2 s |%n",
					SPELLS, roles.size(), organisations.size(), teams.size(), loadSeconds, snapshotSeconds,
					roles.size() * organisations.size(), ROUNDS, median(figures), median(supply), median(figures) + median(supply));
			System.out.println("SUPPLY-BENCH\n" + report);
			Path out = Paths.get(System.getProperty("user.dir"), "target", "benchmarks");
			Files.createDirectories(out);
			Files.writeString(out.resolve("supply.md"), report);
		}
	}

	private static void plan(WorkforceStore store, IntdModel model) throws SQLException {
		StoreFigures read = store.read(connection -> WorkforceStoreFigures.read(connection, model, "the benchmark store"));
		WorkforcePlan.supply(model, read, PlanOptions.DEFAULT, new ArrayList<>(), new ArrayList<>());
	}

	/** The spells, in batches: a person each, in one role, organisation and team, a fifth of them left. */
	private static void load(Connection connection, List<Role> roles, List<Organisation> organisations, List<Team> teams)
			throws SQLException {
		try (Statement s = connection.createStatement()) {
			s.executeUpdate("INSERT INTO WORKFORCE.IMPORT_LOG (KIND, FILE_NAME, OUTCOME, ROWS_READ, ROWS_IMPORTED, ROWS_REJECTED,"
					+ " IMPORTED_AT) VALUES ('staff', 'benchmark', 'IMPORTED', 0, 0, 0, CURRENT_TIMESTAMP)");
		}
		Random random = new Random(16);
		LocalDate base = LocalDate.of(2012, 1, 1);
		try (PreparedStatement insert = connection.prepareStatement("INSERT INTO WORKFORCE.STAFF (PERSON_ID, ORG_ID, ROLE_ID,"
				+ " TEAM_ID, POST_ID, FTE, START_DATE, END_DATE, LEAVING_REASON, IMPORT_ID) VALUES (?, ?, ?, ?, NULL, ?, ?, ?, NULL,"
				+ " (SELECT MAX(IMPORT_ID) FROM WORKFORCE.IMPORT_LOG))")) {
			for (int i = 0; i < SPELLS; i++) {
				LocalDate start = base.plusDays(random.nextInt(5000));
				LocalDate end = random.nextInt(5) == 0 ? start.plusDays(30 + random.nextInt(1500)) : null;
				insert.setString(1, "p" + i);
				insert.setString(2, organisations.get(random.nextInt(organisations.size())).getCode());
				insert.setString(3, roles.get(random.nextInt(roles.size())).getCode());
				insert.setString(4, teams.get(random.nextInt(teams.size())).getCode());
				insert.setDouble(5, random.nextBoolean() ? 1.0 : 0.6);
				insert.setDate(6, Date.valueOf(start));
				insert.setDate(7, end == null ? null : Date.valueOf(end));
				insert.addBatch();
				if (i % 10_000 == 9_999) {
					insert.executeBatch();
				}
			}
			insert.executeBatch();
		}
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}
}
