package org.intdesigner.reports.engine;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.intdesigner.reports.ReportContext;
import org.intdesigner.reports.ReportScope;
import org.intdesigner.reports.SharedResults;
import org.intdesigner.reports.render.ReportFiles;
import org.intdesigner.reports.render.ReportFormat;
import org.intdesigner.workforce.metrics.SmallNumberSuppression;
import org.intdesigner.workforce.store.WorkforceStore;

/**
 * A report from request to file, as the wizard and the command both make it: resolve the scope,
 * choose the sections, write them, then the file (whole or not at all). Bad requests (a scope or
 * section that is not there) are IllegalArgumentExceptions saying what there is.
 */
public final class Reports {

	private Reports() {
	}

	/**
	 * @param store the workforce store opened by the caller, or null when there is none
	 * @return the document written, whose sections say what was missing
	 */
	public static ReportDocument write(ReportRequest request, WorkforceStore store, SectionRegistry registry,
			IProgressMonitor monitor) throws IOException {
		return write(request, store, registry, new SharedResults(), monitor);
	}

	/** @param shared what the reports of one run (one file per place) work out once */
	public static ReportDocument write(ReportRequest request, WorkforceStore store, SectionRegistry registry,
			SharedResults shared, IProgressMonitor monitor) throws IOException {
		SubMonitor progress = SubMonitor.convert(monitor, "Writing " + request.output().getFileName(), 10);
		ReportDocument document = document(request, store, registry, shared, progress.split(7));
		progress.subTask("Writing the " + request.format().name() + " file");
		ReportFiles.write(document, request.format(), request.output());
		progress.worked(3);
		return document;
	}

	/** The report's content without writing it. */
	public static ReportDocument document(ReportRequest request, WorkforceStore store, SectionRegistry registry,
			IProgressMonitor monitor) {
		return document(request, store, registry, new SharedResults(), monitor);
	}

	public static ReportDocument document(ReportRequest request, WorkforceStore store, SectionRegistry registry,
			SharedResults shared, IProgressMonitor monitor) {
		ReportScope scope = ReportScope.resolve(request.model(), request.scope());
		List<SectionDescriptor> sections = request.sections().isEmpty() ? registry.of(request.audience())
				: registry.named(request.sections());
		ReportContext context = new ReportContext(request.model(), request.modelFile(), scope, request.audience(), store,
				new SmallNumberSuppression(request.threshold()), request.date(), request.month(),
				() -> monitor != null && monitor.isCanceled(), shared);
		return ReportBuilder.build(context, sections, monitor);
	}

	/** "riverside-place-board-pack.pdf". */
	public static String fileName(String title, ReportFormat format) {
		return title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "") + "." + format.extension();
	}
}
