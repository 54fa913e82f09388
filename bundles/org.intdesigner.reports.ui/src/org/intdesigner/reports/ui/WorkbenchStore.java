package org.intdesigner.reports.ui;

import java.nio.file.Files;

import org.intdesigner.workforce.store.StoreException;
import org.intdesigner.workforce.store.StoreLocation;
import org.intdesigner.workforce.store.WorkforceStore;
import org.intdesigner.workforce.ui.store.WorkforceStores;

/**
 * The workforce store a report reads: the workbench's own (the one the dashboard shows), or none
 * when its data folder holds no store yet. A report only reads, so it never creates an empty store
 * whose zeros would look like figures; the sections then say the data is missing.
 */
final class WorkbenchStore {

	private WorkbenchStore() {
	}

	/** The workbench's store, or null when there is none yet; a StoreException says why one could not be opened. */
	static WorkforceStore openIfAny() throws StoreException {
		if (WorkforceStores.get().location() instanceof StoreLocation.Embedded embedded
				&& !Files.isDirectory(embedded.databaseDirectory())) {
			return null;
		}
		return WorkforceStores.get().store();
	}
}
