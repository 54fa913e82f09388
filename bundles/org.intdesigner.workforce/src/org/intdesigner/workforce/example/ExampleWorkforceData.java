package org.intdesigner.workforce.example;

import java.io.IOException;
import java.net.URL;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.intdesigner.workforce.imports.ImportInput;
import org.intdesigner.workforce.imports.ImportKind;
import org.intdesigner.workforce.imports.ImportOptions;
import org.intdesigner.workforce.imports.ImportSummary;
import org.intdesigner.workforce.imports.KnownCodes;
import org.intdesigner.workforce.imports.WorkforceImporter;
import org.intdesigner.workforce.store.WorkforceStore;

/**
 * The example place's year of synthetic workforce data (Riverside, April 2025 to March 2026), shipped
 * in this bundle as the files a partner would send: {@code data/example/staff.csv},
 * {@code establishment.csv}, {@code absence.csv}, {@code skills.csv}, and {@code survey.csv} with its
 * {@code questions.csv}. They are
 * {@link SyntheticWorkforce} over the example model (seed {@value #SEED}); a test checks that they
 * still are, and rewrites them when asked to.
 */
public final class ExampleWorkforceData {

	public static final long SEED = 2025L;
	public static final int FIRST_YEAR = 2025;
	public static final int FIRST_MONTH = 4;
	public static final int MONTHS = 12;
	/** The files shipped, in the order they are imported: absences and skills refer to staff; the questions go with the survey. */
	public static final List<String> FILES = List.of(WorkforceCsv.STAFF, WorkforceCsv.ESTABLISHMENT, WorkforceCsv.ABSENCE,
			WorkforceCsv.SKILLS, WorkforceCsv.SURVEY, WorkforceCsv.QUESTIONS);
	/** The imports: one per file but the questions file, which comes with the survey. */
	private static final List<ImportKind> KINDS = List.of(ImportKind.STAFF, ImportKind.ESTABLISHMENT, ImportKind.ABSENCE,
			ImportKind.SKILLS, ImportKind.SURVEY);

	private ExampleWorkforceData() {
	}

	/** A shipped file, e.g. "staff.csv". */
	public static URL file(String name) {
		URL url = ExampleWorkforceData.class.getResource("/data/example/" + name);
		if (url == null) {
			throw new IllegalStateException("data/example/" + name + " is missing from org.intdesigner.workforce");
		}
		return url;
	}

	/**
	 * Imports the files into {@code store} (the survey with its questions), checked against {@code codes} (the example model's,
	 * which also names the partners; or {@link KnownCodes#any()}); stops at the first file that is not
	 * imported. Returns the summaries.
	 */
	public static List<ImportSummary> loadInto(WorkforceStore store, KnownCodes codes, IProgressMonitor monitor)
			throws IOException {
		SubMonitor progress = SubMonitor.convert(monitor, "Loading the example workforce data", KINDS.size());
		ImportOptions options = ImportOptions.defaults().withCodes(codes);
		List<ImportSummary> summaries = new ArrayList<>();
		for (int i = 0; i < KINDS.size(); i++) {
			ImportOptions these = KINDS.get(i) == ImportKind.SURVEY
					? options.withQuestions(ImportInput.of(WorkforceCsv.QUESTIONS, file(WorkforceCsv.QUESTIONS)))
					: options;
			ImportSummary summary = WorkforceImporter.importInput(store, KINDS.get(i),
					ImportInput.of(FILES.get(i), file(FILES.get(i))), these, progress.split(1));
			summaries.add(summary);
			if (!summary.imported()) {
				break;
			}
		}
		return summaries;
	}

	/** {@link #loadInto} when the store has no workforce data yet (a first run); else nothing, and an empty list. */
	public static List<ImportSummary> loadIfEmpty(WorkforceStore store, KnownCodes codes, IProgressMonitor monitor)
			throws IOException, SQLException {
		return store.hasNoWorkforceData() ? loadInto(store, codes, monitor) : List.of();
	}
}
