package org.intdesigner.app.welcome;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.intdesigner.workforce.imports.ImportHistory;
import org.intdesigner.workforce.ui.store.WorkforceStores;

/**
 * The workforce data loaded, in a line: how many partners' data of which kinds, how many rows,
 * and when the latest came in. Read from the workforce store away from the UI thread (opening
 * the store can take a moment, or fail when a server is down: the line then says why).
 */
final class WorkforceDataSummary {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK)
			.withZone(ZoneId.systemDefault());

	private WorkforceDataSummary() {
	}

	/** Reads the store in a job and gives {@code show} the line (on the job's thread). */
	static void read(Consumer<String> show) {
		Job job = Job.create("Workforce data loaded", monitor -> {
			try {
				show.accept(describe(ImportHistory.freshness(WorkforceStores.get().store())));
			} catch (Exception e) {
				show.accept("the workforce store could not be read: " + e.getMessage());
			}
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule();
	}

	static String describe(List<ImportHistory.Freshness> loaded) {
		if (loaded.isEmpty()) {
			return "none yet";
		}
		long partners = loaded.stream().map(ImportHistory.Freshness::organisation).distinct().count();
		List<String> kinds = loaded.stream().map(ImportHistory.Freshness::kind).distinct().sorted().toList();
		long rows = loaded.stream().mapToLong(ImportHistory.Freshness::rows).sum();
		Instant latest = loaded.stream().map(ImportHistory.Freshness::lastImported).max(Instant::compareTo).orElseThrow();
		return PlaceFacts.plural((int) partners, "partner") + " (" + String.join(", ", kinds) + "), " + rows
				+ " rows, the latest imported " + DAY.format(latest);
	}
}
