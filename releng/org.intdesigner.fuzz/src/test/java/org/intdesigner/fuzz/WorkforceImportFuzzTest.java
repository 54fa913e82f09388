package org.intdesigner.fuzz;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.intdesigner.workforce.imports.ImportKind;
import org.intdesigner.workforce.imports.ImportOptions;
import org.intdesigner.workforce.imports.ImportProblem;
import org.intdesigner.workforce.imports.ImportSummary;
import org.intdesigner.workforce.imports.WorkforceImporter;
import org.intdesigner.workforce.store.StoreLocation;
import org.intdesigner.workforce.store.StoreTable;
import org.intdesigner.workforce.store.WorkforceStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.provider.MethodSource;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The workforce importers on any bytes, into one embedded store for the whole run. The first line of
 * an input names the kind of file (staff, establishment, absence, skills, survey, pcn-workforce, gp-practice, asc-wds;
 * another line picks one by its hash), the rest is the file. Expected: a summary, imported or
 * rejected, whose problems name the file; or an IOException whose message names it. Imports are all
 * or nothing: after a rejected file no table may have changed, and an imported one adds exactly the
 * rows it says. A store that fails on a file's content, anything else thrown, or a hang is a finding.
 * <p>
 * Inputs kept in {@code WorkforceImportFuzzTestInputs/importFile/}, replayed by every build:
 * {@code sql-detector-fails-on-derby-error-as-found} (as the fuzzer found it: a file that goes wrong while its rows
 * stream into Derby made Jazzer's own SQL injection detector throw, which is why that detector is off) and
 * {@code bulk-load-failing-midway} (the same, small: an absence file into the empty table, whose second row
 * leaves a quote open).
 */
class WorkforceImportFuzzTest {

	/** The tables an import writes (the import log gets a row for every attempt, so it is not here). */
	private static final StoreTable[] DATA = { StoreTable.PARTNER, StoreTable.IMPORT_PARTNER, StoreTable.STAFF, StoreTable.ESTABLISHMENT,
			StoreTable.ABSENCE, StoreTable.SKILL, StoreTable.SURVEY_RESPONSE, StoreTable.SURVEY_QUESTION, StoreTable.SURVEY_ANSWER };

	private static Path work;
	private static WorkforceStore store;

	@BeforeAll
	static void openStore() throws Exception {
		work = FuzzFiles.newWorkFolder("intd-fuzz-workforce");
		// no forced writes to disk at each commit: the same logic, many more inputs a second
		System.setProperty("derby.system.durability", "test");
		store = WorkforceStore.open(StoreLocation.embedded(work.resolve("store")));
	}

	@AfterAll
	static void closeStore() {
		if (store != null) {
			store.close();
		}
		FuzzFiles.deleteTree(work);
	}

	static Stream<byte[]> seeds() {
		return Seeds.workforceFiles().stream();
	}

	@MethodSource("seeds")
	@FuzzTest
	void importFile(byte[] data) throws IOException, SQLException {
		int newline = 0;
		while (newline < data.length && data[newline] != '\n') {
			newline++;
		}
		ImportKind kind = kind(new String(data, 0, newline, StandardCharsets.ISO_8859_1));
		Path file = work.resolve(kind.id() + ".csv");
		Files.write(file, Arrays.copyOfRange(data, Math.min(newline + 1, data.length), data.length));
		// a GP practice-level file needs its census month (--census); the others take the defaults
		ImportOptions options = kind == ImportKind.GP_PRACTICE ? ImportOptions.defaults().withCensus(YearMonth.of(2025, 3))
				: ImportOptions.defaults();

		Map<StoreTable, Long> before = counts();
		ImportSummary summary;
		try {
			summary = WorkforceImporter.importFile(store, kind, file, options, new NullProgressMonitor());
		} catch (IOException e) {
			FuzzFiles.assertTellsUser(e, file);
			unchanged(before, "an import that threw " + e.getMessage());
			return;
		}
		String text = summary.toText();
		switch (summary.outcome()) {
		case IMPORTED -> {
			Map<StoreTable, Long> after = counts();
			long added = after.get(kind.table()) - before.get(kind.table());
			if (added != summary.rowsImported()) {
				throw new AssertionError("the summary says " + summary.rowsImported() + " rows were imported, the store has "
						+ added + " more:\n" + text);
			}
		}
		case REJECTED -> {
			if (summary.problems().isEmpty()) {
				throw new AssertionError("a file was rejected without a problem:\n" + text);
			}
			for (ImportProblem problem : summary.problems()) {
				FuzzFiles.assertTellsUser(problem.toString(), null, file);
			}
			unchanged(before, "a rejected file:\n" + text);
		}
		case FAILED, CANCELLED -> throw new AssertionError("the store failed on a file's content (it should have been"
				+ " rejected with a problem):\n" + text);
		}
	}

	private static ImportKind kind(String line) {
		for (ImportKind kind : ImportKind.values()) {
			if (kind.id().equals(line)) {
				return kind;
			}
		}
		return ImportKind.values()[Math.floorMod(line.hashCode(), ImportKind.values().length)];
	}

	private static Map<StoreTable, Long> counts() throws SQLException {
		Map<StoreTable, Long> counts = new EnumMap<>(StoreTable.class);
		for (StoreTable table : DATA) {
			counts.put(table, store.rowCount(table));
		}
		return counts;
	}

	private static void unchanged(Map<StoreTable, Long> before, String after) throws SQLException {
		Map<StoreTable, Long> now = counts();
		if (!now.equals(before)) {
			throw new AssertionError("the store changed (" + before + " before, " + now + " after) with " + after);
		}
	}
}
