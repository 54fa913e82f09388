package org.intdesigner.workforce.store;

import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.intdesigner.workforce.imports.ImportKind;
import org.intdesigner.workforce.imports.ImportOptions;
import org.intdesigner.workforce.imports.ImportSummary;
import org.intdesigner.workforce.imports.WorkforceImporter;

/**
 * The program {@link ChildJvm} runs: {@code hold FOLDER} opens the store of a data folder, says
 * "OPEN" and keeps it open until killed; {@code import FOLDER FILE} imports a staff file into it,
 * printing "PROGRESS n" as the import goes (n in thousandths) and then "DONE" with the outcome.
 */
public final class ChildMain {

	private ChildMain() {
	}

	public static void main(String[] args) throws Exception {
		try (WorkforceStore store = WorkforceStore.open(StoreLocation.embedded(Path.of(args[1])))) {
			if (args[0].equals("hold")) {
				System.out.println("OPEN");
				Thread.sleep(Long.MAX_VALUE);
			}
			ImportSummary summary = WorkforceImporter.importFile(store, ImportKind.STAFF, Path.of(args[2]),
					ImportOptions.defaults(), new NullProgressMonitor() {
						private int done;

						@Override
						public void worked(int work) {
							done += work;
							System.out.println(String.format(Locale.ROOT, "PROGRESS %d", done));
						}
					});
			System.out.println("DONE " + summary.outcome());
		} catch (StoreException e) {
			System.out.println("STORE " + e.getMessage());
		}
	}
}
