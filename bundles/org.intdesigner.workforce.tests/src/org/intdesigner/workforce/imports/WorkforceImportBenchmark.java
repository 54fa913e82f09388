package org.intdesigner.workforce.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Organisation;
import org.intdesigner.model.samples.SyntheticModels;
import org.intdesigner.workforce.store.NetworkServer;
import org.intdesigner.workforce.store.Schema;
import org.intdesigner.workforce.store.StoreLocation;
import org.intdesigner.workforce.store.StoreTable;
import org.intdesigner.workforce.store.WorkforceStore;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Not a test: the import at scale (issue #7), run by ./intd bench-workforce. One staff.csv of
 * 1,000,000 spells in the posts of the LONDON synthetic model, imported into a new embedded store
 * by the workforce importer (checked against the model's codes, both passes, the import log) and by
 * Derby's own SYSCS_UTIL.SYSCS_IMPORT_TABLE (the same rows, into the same table with the same keys,
 * foreign keys and indexes; partners and import log row made beforehand and not timed), alternately,
 * after a warm-up of 100,000 rows each; medians. Then, for the record, 100,000 rows through the
 * batched inserts: into a store that already has rows, and over the network. Writes
 * target/benchmarks/workforce.md. Smaller with the system properties intd.bench.rows, intd.bench.smallRows
 * (the warm-up and the batched inserts), intd.bench.runs and intd.bench.scale (a {@link SyntheticModels.Scale})
 * ({@code ./intd bench-workforce --quick}).
 */
@Tag("benchmark")
class WorkforceImportBenchmark {

	private static final int ROWS = Integer.getInteger("intd.bench.rows", 1_000_000);
	private static final int SMALL = Integer.getInteger("intd.bench.smallRows", 100_000);
	private static final int ROUNDS = Integer.getInteger("intd.bench.runs", 3);
	private static final SyntheticModels.Scale SCALE = SyntheticModels.Scale
			.valueOf(System.getProperty("intd.bench.scale", "LONDON"));
	private static final double SECONDS_GOAL = 60;
	private static final double RATIO_GOAL = 1.5;

	private final Path work = Paths.get("target", "benchmarks", "workforce");
	private IntdModel model;
	private int storeNumber;

	@Test
	void importAtScale() throws Exception {
		Files.createDirectories(work);
		model = SyntheticModels.generate(SCALE, 1L);
		Path big = work.resolve("staff.csv");
		Path bigDerby = work.resolve("staff-derby.csv");
		Path small = work.resolve("staff-small.csv");
		Path smallDerby = work.resolve("staff-small-derby.csv");
		StaffCsv.write(model, ROWS, 7L, big, bigDerby, 1);
		StaffCsv.write(model, SMALL, 8L, small, smallDerby, 1);
		ImportOptions options = ImportOptions.defaults().withCodes(KnownCodes.of(model));

		derbyImport(smallDerby, SMALL);
		ours(small, SMALL, options);
		double[] derby = new double[ROUNDS];
		double[] ours = new double[ROUNDS];
		for (int round = 0; round < ROUNDS; round++) {
			derby[round] = derbyImport(bigDerby, ROWS);
			ours[round] = ours(big, ROWS, options);
		}
		double batchLocal = batchIntoNonEmptyStore(small, options);
		double batchNetwork = overTheNetwork(small, options);
		report(derby, ours, batchLocal, batchNetwork, Files.size(big));
	}

	private WorkforceStore newStore() throws Exception {
		Path folder = work.resolve("store" + storeNumber++);
		deleteTree(folder);
		return WorkforceStore.open(StoreLocation.embedded(folder));
	}

	/** Seconds Derby's own import takes; the partners and the import log row its rows refer to are made first. */
	private double derbyImport(Path derbyFile, int rows) throws Exception {
		try (WorkforceStore store = newStore()) {
			store.write(connection -> {
				try (PreparedStatement partner = connection.prepareStatement("INSERT INTO " + StoreTable.PARTNER.qualified()
						+ " (ORG_ID) VALUES (?)");
						PreparedStatement log = connection.prepareStatement("INSERT INTO " + StoreTable.IMPORT_LOG.qualified()
								+ " (KIND, FILE_NAME, OUTCOME, ROWS_READ, ROWS_IMPORTED, ROWS_REJECTED, IMPORTED_AT)"
								+ " VALUES ('staff', 'derby', 'IMPORTED', 0, 0, 0, CURRENT_TIMESTAMP)")) {
					for (Organisation organisation : model.getOrganisations()) {
						partner.setString(1, organisation.getCode());
						partner.addBatch();
					}
					partner.executeBatch();
					log.executeUpdate();
				}
				return null;
			});
			long start = System.nanoTime();
			store.write(connection -> {
				try (CallableStatement call = connection.prepareCall("CALL SYSCS_UTIL.SYSCS_IMPORT_TABLE(?, ?, ?, ',', '\"',"
						+ " 'UTF-8', 0)")) {
					call.setString(1, Schema.NAME);
					call.setString(2, StoreTable.STAFF.name());
					call.setString(3, derbyFile.toAbsolutePath().toString());
					call.execute();
				}
				return null;
			});
			double seconds = (System.nanoTime() - start) / 1e9;
			assertEquals(rows, store.rowCount(StoreTable.STAFF));
			return seconds;
		}
	}

	private double ours(Path file, int rows, ImportOptions options) throws Exception {
		try (WorkforceStore store = newStore()) {
			long start = System.nanoTime();
			ImportSummary summary = WorkforceImporter.importFile(store, ImportKind.STAFF, file, options,
					new NullProgressMonitor());
			double seconds = (System.nanoTime() - start) / 1e9;
			assertTrue(summary.imported(), summary.toText());
			assertTrue(summary.notes().contains("bulk-loaded into an empty table"), summary.toText());
			assertEquals(rows, store.rowCount(StoreTable.STAFF));
			return seconds;
		}
	}

	/** The batch path: the table already has a row, so Derby cannot bulk-load. */
	private double batchIntoNonEmptyStore(Path file, ImportOptions options) throws Exception {
		Path one = work.resolve("one.csv");
		Files.writeString(one, StaffCsv.HEADER + "\nX1," + model.getOrganisations().get(0).getCode() + ","
				+ model.getRoles().get(0).getCode() + ",,,1,2020-01-01,,\n");
		try (WorkforceStore store = newStore()) {
			assertTrue(WorkforceImporter.importFile(store, ImportKind.STAFF, one, options, null).imported());
			long start = System.nanoTime();
			ImportSummary summary = WorkforceImporter.importFile(store, ImportKind.STAFF, file, options, null);
			double seconds = (System.nanoTime() - start) / 1e9;
			assertTrue(summary.notes().contains("written in batches of prepared inserts"), summary.toText());
			return seconds;
		}
	}

	private double overTheNetwork(Path file, ImportOptions options) throws Exception {
		Path folder = work.resolve("served");
		deleteTree(folder);
		char[] password = NetworkServer.generatePassword();
		try (NetworkServer server = NetworkServer.start(folder, TestPorts.free(), "bench", password);
				WorkforceStore store = WorkforceStore.open(server.location(password))) {
			long start = System.nanoTime();
			ImportSummary summary = WorkforceImporter.importFile(store, ImportKind.STAFF, file, options, null);
			double seconds = (System.nanoTime() - start) / 1e9;
			assertTrue(summary.imported(), summary.toText());
			return seconds;
		}
	}

	private void report(double[] derby, double[] ours, double batchLocal, double batchNetwork, long bytes)
			throws IOException {
		double derbyMedian = median(derby);
		double oursMedian = median(ours);
		double ratio = oursMedian / derbyMedian;
		List<String> lines = new ArrayList<>();
		lines.add(String.format(Locale.ROOT, "%s cores, -Xmx%d MB. staff.csv: %,d rows, %.1f MB, spells in the posts of the"
				+ " %s synthetic model (%,d posts, %,d organisations); the target table STAFF has its primary key,"
				+ " a foreign key (IMPORT_ID), two check constraints and three more indexes (organisation, role, team). Each import goes into a new embedded"
				+ " store; times are %s after a warm-up of %,d rows, both ways alternating in one JVM.%n",
				Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, ROWS, bytes / 1e6, SCALE,
				model.getPosts().size(), model.getOrganisations().size(),
				ROUNDS == 1 ? "one round" : "the median of " + ROUNDS + " rounds", SMALL));
		lines.add("| what | time | goal |");
		lines.add("| --- | --- | --- |");
		lines.add(String.format(Locale.ROOT, "| Derby's `SYSCS_UTIL.SYSCS_IMPORT_TABLE`, %,d rows | %.1f s (runs %s) | |", ROWS,
				derbyMedian, runs(derby)));
		lines.add(String.format(Locale.ROOT, "| `WorkforceImporter` (all rows checked, codes against the model, then written"
				+ " in one transaction), %,d rows | %.1f s (runs %s) | under %.0f s: %s |", ROWS, oursMedian, runs(ours),
				SECONDS_GOAL, oursMedian < SECONDS_GOAL ? "met" : "NOT MET"));
		lines.add(String.format(Locale.ROOT, "| ratio (importer / Derby's import) | %.2fx | under %.1fx: %s |", ratio,
				RATIO_GOAL, ratio < RATIO_GOAL ? "met" : "NOT MET"));
		lines.add(String.format(Locale.ROOT, "| %,d rows in batches of prepared inserts (embedded store that already has rows)"
				+ " | %.1f s | |", SMALL, batchLocal));
		lines.add(String.format(Locale.ROOT, "| %,d rows over the network (Derby Network Server on localhost, same batches)"
				+ " | %.1f s | |", SMALL, batchNetwork));
		Path out = Paths.get("target", "benchmarks", "workforce.md");
		Files.write(out, lines);
		lines.forEach(System.out::println);
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

	private static String runs(double[] values) {
		StringBuilder text = new StringBuilder();
		for (double value : values) {
			text.append(text.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.1f", value));
		}
		return text.toString();
	}

	private static void deleteTree(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return;
		}
		Set<Path> all = new HashSet<>();
		try (var walk = Files.walk(folder)) {
			walk.forEach(all::add);
		}
		all.stream().sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(path -> {
			try {
				Files.delete(path);
			} catch (IOException e) {
				throw new java.io.UncheckedIOException(e);
			}
		});
	}
}
