package org.intdesigner.workforce.ui.store;

import java.io.IOException;
import java.sql.SQLException;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.intdesigner.model.samples.ExamplePlace;
import org.intdesigner.workforce.example.ExampleWorkforceData;
import org.intdesigner.workforce.imports.ImportSummary;
import org.intdesigner.workforce.imports.KnownCodes;
import org.intdesigner.workforce.store.StoreException;
import org.intdesigner.workforce.store.WorkforceStore;

/**
 * On the first start of INT Designer, gives an empty workforce store the example place's year of
 * synthetic workforce data, in a job, so that the Workforce Dashboard has something real to show
 * next to the example model. Only a data folder of this computer that holds no workforce data yet
 * is given it: a shared server, or a folder with data, is left as it is.
 */
public final class ExampleWorkforceLoader {

	private static final String PLUGIN_ID = "org.intdesigner.workforce.ui";

	private ExampleWorkforceLoader() {
	}

	/** Schedules the loading; returns the job (tests join it). */
	public static Job schedule() {
		Job job = Job.create("Loading the example workforce data", ExampleWorkforceLoader::load);
		job.setUser(false);
		job.schedule();
		return job;
	}

	private static IStatus load(IProgressMonitor monitor) {
		try {
			WorkforceStore store = WorkforceStores.get().store();
			if (!store.isEmbedded() || !store.hasNoWorkforceData()) {
				return Status.OK_STATUS;
			}
			List<ImportSummary> summaries = ExampleWorkforceData.loadInto(store, KnownCodes.of(ExamplePlace.create()), monitor);
			WorkforceStores.get().dataChanged();
			ImportSummary last = summaries.get(summaries.size() - 1);
			return last.imported() ? Status.OK_STATUS
					: Status.warning("The example workforce data was not loaded completely: " + last.file() + " " + last.outcome());
		} catch (StoreException | SQLException | IOException e) {
			// the workbench works without the example: say why in the log, not in the user's way
			return Status.warning("The example workforce data was not loaded: " + e.getMessage(), e);
		}
	}
}
