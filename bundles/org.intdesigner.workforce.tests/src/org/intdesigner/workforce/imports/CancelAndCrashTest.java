package org.intdesigner.workforce.imports;

import static org.intdesigner.workforce.imports.Imports.one;
import static org.intdesigner.workforce.imports.Imports.rows;
import static org.intdesigner.workforce.imports.Imports.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.intdesigner.model.samples.SyntheticModels;
import org.intdesigner.workforce.imports.ImportSummary.Outcome;
import org.intdesigner.workforce.store.ChildJvm;
import org.intdesigner.workforce.store.StoreLocation;
import org.intdesigner.workforce.store.StoreMode;
import org.intdesigner.workforce.store.StoreTable;
import org.intdesigner.workforce.store.TestStores;
import org.intdesigner.workforce.store.TestStores.TestStore;
import org.intdesigner.workforce.store.WorkforceStore;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An import stopped half way leaves the store as it was: cancelled from its progress monitor (both
 * ways of writing rows, both store modes), or its process killed outright (a child JVM, killed while
 * Derby is writing; then the data folder is opened again, as after a crash).
 */
class CancelAndCrashTest {

	private static final String FIRST = StaffCsv.HEADER + "\nE1,pcn-north,gp,,,1,2019-01-01,,\nE2,cht,dn,,,1,2019-01-01,,\n";

	@TempDir
	Path temp;

	/** Cancels once a fifth of the work is done, and notes how much work it saw. */
	private static final class CancellingMonitor extends NullProgressMonitor {
		int worked;

		@Override
		public void worked(int work) {
			worked += work;
			if (worked >= 20) {
				setCanceled(true);
			}
		}
	}

	@ParameterizedTest
	@EnumSource(StoreMode.class)
	void aCancelledImportLeavesNothing(StoreMode mode) throws Exception {
		Path big = temp.resolve("staff.csv");
		StaffCsv.write(SyntheticModels.generate(SyntheticModels.Scale.SMALL, 1L), 40_000, 3L, big, null, 0);
		try (TestStore test = TestStores.open(mode, temp)) {
			WorkforceStore store = test.store();
			for (boolean emptyTable : new boolean[] { true, false }) {
				if (!emptyTable) {
					assertTrue(Imports.run(store, ImportKind.STAFF, write(temp, "first.csv", FIRST), ImportOptions.defaults())
							.imported());
				}
				CancellingMonitor monitor = new CancellingMonitor();
				ImportSummary summary = WorkforceImporter.importFile(store, ImportKind.STAFF, big, ImportOptions.defaults(),
						monitor);
				assertEquals(Outcome.CANCELLED, summary.outcome(), summary.toText());
				assertTrue(monitor.worked >= 20 && monitor.worked < 100, "progress was reported: " + monitor.worked);
				assertEquals(emptyTable ? 0 : 2, store.rowCount(StoreTable.STAFF));
				assertEquals("CANCELLED", one(store, "SELECT OUTCOME FROM WORKFORCE.IMPORT_LOG ORDER BY IMPORT_ID DESC"
						+ " FETCH FIRST ROW ONLY"));
			}
		}
	}

	/**
	 * The child imports 150,000 rows into an empty store (bulk-loaded) or into one that already has an
	 * import (batched inserts) and is killed (SIGKILL) a third of the way through. The folder opens
	 * again, with none of that file, the earlier import whole, and takes the same file afterwards.
	 */
	@ParameterizedTest
	@ValueSource(booleans = { true, false })
	void aProcessKilledInTheMiddleOfAnImportLeavesNoneOfTheFile(boolean emptyStore) throws Exception {
		Path big = temp.resolve("staff.csv");
		StaffCsv.write(SyntheticModels.generate(SyntheticModels.Scale.SMALL, 1L), 150_000, 4L, big, null, 0);
		StoreLocation.Embedded location = StoreLocation.embedded(temp.resolve("data"));
		if (!emptyStore) {
			try (WorkforceStore store = WorkforceStore.open(location)) {
				assertTrue(Imports.run(store, ImportKind.STAFF, write(temp, "first.csv", FIRST), ImportOptions.defaults())
						.imported());
			}
		}
		try (ChildJvm child = ChildJvm.start("import", location.folder().toString(), big.toString())) {
			child.waitFor(line -> line.startsWith("PROGRESS ") && Integer.parseInt(line.substring(9)) >= 33, 120);
			child.kill();
		}
		try (WorkforceStore store = WorkforceStore.open(location)) {
			assertEquals(emptyStore ? 0 : 2, store.rowCount(StoreTable.STAFF), "none of the killed import's rows");
			assertEquals(emptyStore ? List.of() : List.of("IMPORTED,2"), rows(store, "SELECT OUTCOME, ROWS_IMPORTED FROM"
					+ " WORKFORCE.IMPORT_LOG"), "the killed import left no log row either");
			ImportSummary again = WorkforceImporter.importFile(store, ImportKind.STAFF, big, ImportOptions.defaults(), null);
			assertTrue(again.imported(), again.toText());
			assertEquals(150_000 + (emptyStore ? 0 : 2), store.rowCount(StoreTable.STAFF));
		}
	}
}
