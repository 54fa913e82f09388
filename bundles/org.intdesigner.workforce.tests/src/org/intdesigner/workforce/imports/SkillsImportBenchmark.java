package org.intdesigner.workforce.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.CallableStatement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.samples.SyntheticModels;
import org.intdesigner.workforce.store.Schema;
import org.intdesigner.workforce.store.StoreLocation;
import org.intdesigner.workforce.store.StoreTable;
import org.intdesigner.workforce.store.WorkforceStore;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Not a test: the skills import at London scale (issue #18), run by ./intd bench-workforce. 100,000
 * people in the posts of the LONDON synthetic model with 10 assessments each (1,000,000 rows of
 * skills.csv), imported into the empty SKILL table of a store that already holds those people's
 * staff rows, by the workforce importer (every person looked up in the store's staff, capability
 * codes checked against the model, levels and dates checked, both passes, the import log) and by
 * Derby's own SYSCS_UTIL.SYSCS_IMPORT_TABLE (the same rows into the same table with the same keys,
 * foreign key, checks and index), alternately, after a warm-up of 100,000 rows each; medians. Each
 * import goes into a fresh copy of one store made with the staff rows (the copy not timed). Writes
 * target/benchmarks/skills.md. Smaller with the system properties intd.bench.skillPeople,
 * intd.bench.smallRows (the warm-up's rows), intd.bench.runs and intd.bench.scale.
 */
@Tag("benchmark")
class SkillsImportBenchmark {

	private static final int PEOPLE = Integer.getInteger("intd.bench.skillPeople", 100_000);
	private static final int PER_PERSON = 10;
	private static final int SMALL = Integer.getInteger("intd.bench.smallRows", 100_000);
	private static final int ROUNDS = Integer.getInteger("intd.bench.runs", 3);
	private static final SyntheticModels.Scale SCALE = SyntheticModels.Scale
			.valueOf(System.getProperty("intd.bench.scale", "LONDON"));
	private static final double RATIO_GOAL = 1.5;

	private final Path work = Paths.get("target", "benchmarks", "skills");
	private IntdModel model;
	private Path template;
	private int storeNumber;

	@Test
	void importAtScale() throws Exception {
		deleteTree(work);
		Files.createDirectories(work);
		model = SyntheticModels.generate(SCALE, 1L);
		ImportOptions options = ImportOptions.defaults().withCodes(KnownCodes.of(model));
		Path staff = work.resolve("staff.csv");
		StaffCsv.write(model, PEOPLE, 7L, staff, null, 1);
		template = work.resolve("template");
		try (WorkforceStore store = WorkforceStore.open(StoreLocation.embedded(template))) {
			ImportSummary summary = WorkforceImporter.importFile(store, ImportKind.STAFF, staff, options, null);
			assertTrue(summary.imported(), summary.toText());
		}
		int rows = PEOPLE * PER_PERSON;
		Path big = work.resolve("skills.csv");
		Path bigDerby = work.resolve("skills-derby.csv");
		Path small = work.resolve("skills-small.csv");
		Path smallDerby = work.resolve("skills-small-derby.csv");
		SkillsCsv.write(model, PEOPLE, PER_PERSON, 11L, big, bigDerby, 1); // import 1: the staff's, in every copy
		SkillsCsv.write(model, Math.max(1, SMALL / PER_PERSON), PER_PERSON, 12L, small, smallDerby, 1);

		int smallRows = Math.max(1, SMALL / PER_PERSON) * PER_PERSON;
		derbyImport(smallDerby, smallRows);
		ours(small, smallRows, options);
		double[] derby = new double[ROUNDS];
		double[] ours = new double[ROUNDS];
		for (int round = 0; round < ROUNDS; round++) {
			derby[round] = derbyImport(bigDerby, rows);
			ours[round] = ours(big, rows, options);
		}
		report(derby, ours, rows, Files.size(big));
	}

	/** A copy of the store that holds the staff, with an empty SKILL table. */
	private WorkforceStore newStore() throws Exception {
		Path folder = work.resolve("store" + storeNumber++);
		deleteTree(folder);
		try (Stream<Path> walk = Files.walk(template)) {
			for (Path from : walk.toList()) {
				Files.copy(from, folder.resolve(template.relativize(from).toString()));
			}
		}
		return WorkforceStore.open(StoreLocation.embedded(folder));
	}

	private double derbyImport(Path derbyFile, int rows) throws Exception {
		try (WorkforceStore store = newStore()) {
			long start = System.nanoTime();
			store.write(connection -> {
				try (CallableStatement call = connection.prepareCall("CALL SYSCS_UTIL.SYSCS_IMPORT_TABLE(?, ?, ?, ',', '\"',"
						+ " 'UTF-8', 0)")) {
					call.setString(1, Schema.NAME);
					call.setString(2, StoreTable.SKILL.name());
					call.setString(3, derbyFile.toAbsolutePath().toString());
					call.execute();
				}
				return null;
			});
			double seconds = (System.nanoTime() - start) / 1e9;
			assertEquals(rows, store.rowCount(StoreTable.SKILL));
			return seconds;
		} finally {
			deleteTree(work.resolve("store" + (storeNumber - 1)));
		}
	}

	private double ours(Path file, int rows, ImportOptions options) throws Exception {
		try (WorkforceStore store = newStore()) {
			long start = System.nanoTime();
			ImportSummary summary = WorkforceImporter.importFile(store, ImportKind.SKILLS, file, options,
					new NullProgressMonitor());
			double seconds = (System.nanoTime() - start) / 1e9;
			assertTrue(summary.imported(), summary.toText());
			assertTrue(summary.notes().contains("bulk-loaded into an empty table"), summary.toText());
			assertEquals(rows, store.rowCount(StoreTable.SKILL));
			return seconds;
		} finally {
			deleteTree(work.resolve("store" + (storeNumber - 1)));
		}
	}

	private void report(double[] derby, double[] ours, int rows, long bytes) throws IOException {
		double derbyMedian = median(derby);
		double oursMedian = median(ours);
		double ratio = oursMedian / derbyMedian;
		List<String> lines = new ArrayList<>();
		lines.add(String.format(Locale.ROOT, "%s cores, -Xmx%d MB. skills.csv: %,d rows, %.1f MB: %,d people (staff spells in"
				+ " the posts of the %s synthetic model, %,d posts) with %d assessments each, of distinct capabilities of the"
				+ " model; the target table SKILL has its primary key (person, capability, date), a foreign key (IMPORT_ID),"
				+ " two check constraints and an index on the capability, and is empty in a store that holds the people's"
				+ " staff rows. Each import goes into a fresh copy of that store; times are %s after a warm-up of %,d rows,"
				+ " both ways alternating in one JVM.%n", Runtime.getRuntime().availableProcessors(),
				Runtime.getRuntime().maxMemory() >> 20, rows, bytes / 1e6, PEOPLE, SCALE, model.getPosts().size(), PER_PERSON,
				ROUNDS == 1 ? "one round" : "the median of " + ROUNDS + " rounds", SMALL));
		lines.add("| what | time | goal |");
		lines.add("| --- | --- | --- |");
		lines.add(String.format(Locale.ROOT, "| Derby's `SYSCS_UTIL.SYSCS_IMPORT_TABLE`, %,d rows | %.1f s (runs %s) | |", rows,
				derbyMedian, runs(derby)));
		lines.add(String.format(Locale.ROOT, "| `WorkforceImporter`, kind `skills` (every person looked up in the store's"
				+ " staff, capabilities against the model, levels, dates and repeats checked, then written in one"
				+ " transaction), %,d rows | %.1f s (runs %s) | |", rows, oursMedian, runs(ours)));
		lines.add(String.format(Locale.ROOT, "| ratio (importer / Derby's import) | %.2fx | under %.1fx: %s |", ratio,
				RATIO_GOAL, ratio < RATIO_GOAL ? "met" : "NOT MET"));
		Path out = Paths.get("target", "benchmarks", "skills.md");
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
		try (Stream<Path> walk = Files.walk(folder)) {
			walk.sorted(Comparator.reverseOrder()).forEach(path -> {
				try {
					Files.delete(path);
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
		}
	}
}
