package org.intdesigner.workforce.imports;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.intdesigner.workforce.store.WorkforceStore;

/**
 * Imports workforce files into a store, each all or nothing: every row is checked first (dates,
 * FTE, codes against a model when given, rows given twice, UTF-8); a file with any problem is not
 * imported at all, and its summary names each problem's file, row and column. Then its rows are
 * written in one transaction. Progress goes to the monitor, which may cancel (nothing is imported).
 * Every attempt is recorded in the store's import log.
 */
public final class WorkforceImporter {

	private WorkforceImporter() {
	}

	/**
	 * Imports {@code file} as a file of {@code kind}.
	 *
	 * @throws IOException when the file is missing or cannot be read at all (a file that can be read
	 *         but is wrong, not UTF-8 or not CSV included, gives a summary with outcome REJECTED)
	 */
	public static ImportSummary importFile(WorkforceStore store, ImportKind kind, Path file, ImportOptions options,
			IProgressMonitor monitor) throws IOException {
		return importInput(store, kind, ImportInput.of(file), options, monitor);
	}

	public static ImportSummary importInput(WorkforceStore store, ImportKind kind, ImportInput input, ImportOptions options,
			IProgressMonitor monitor) {
		return new WorkforceImportRun(store, kind, input, options, monitor).run();
	}
}
