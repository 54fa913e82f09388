package org.intdesigner.reports.ui;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.operation.IRunnableWithProgress;
import org.intdesigner.reports.engine.ReportDocument;
import org.intdesigner.reports.engine.ReportRequest;
import org.intdesigner.reports.engine.Reports;
import org.intdesigner.reports.engine.SectionRegistry;
import org.intdesigner.workforce.store.StoreException;
import org.intdesigner.workforce.store.WorkforceStore;

/**
 * The wizard's work, run under its progress bar: opens the workbench's workforce store (a store
 * that cannot be opened is no reason to write no report: the sections that need it say so), then
 * writes the report through {@link Reports#write}, whole or not at all. Cancel before the file is
 * written leaves no file; a file that cannot be written is an InvocationTargetException.
 */
final class ReportRun implements IRunnableWithProgress {

	/** Where the store comes from: the workbench's shared one, which this never closes. */
	@FunctionalInterface
	interface StoreSource {
		/** The store, or null when there is none. */
		WorkforceStore open() throws StoreException;
	}

	private final ReportRequest request;
	private final SectionRegistry registry;
	private final StoreSource stores;
	private volatile ReportDocument document;
	private volatile String storeProblem;

	ReportRun(ReportRequest request, SectionRegistry registry, StoreSource stores) {
		this.request = request;
		this.registry = registry;
		this.stores = stores;
	}

	@Override
	public void run(IProgressMonitor monitor) throws InvocationTargetException, InterruptedException {
		SubMonitor progress = SubMonitor.convert(monitor, "Writing " + request.output().getFileName(), 100);
		try {
			progress.subTask("Opening the workforce store");
			WorkforceStore store = openStore();
			progress.worked(5);
			if (progress.isCanceled()) {
				throw new OperationCanceledException();
			}
			document = Reports.write(request, store, registry, progress.split(95));
		} catch (OperationCanceledException cancelled) {
			throw new InterruptedException("The report was cancelled");
		} catch (IOException | IllegalArgumentException | IllegalStateException failed) {
			throw new InvocationTargetException(failed);
		} finally {
			monitor.done();
		}
	}

	private WorkforceStore openStore() {
		try {
			return stores.open();
		} catch (StoreException e) {
			storeProblem = e.getMessage();
			return null;
		}
	}

	/** The report written, or null until it is. */
	ReportDocument document() {
		return document;
	}

	/** Why the workforce store could not be opened, or null. */
	String storeProblem() {
		return storeProblem;
	}
}
