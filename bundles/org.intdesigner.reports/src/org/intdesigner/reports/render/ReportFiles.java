package org.intdesigner.reports.render;

import java.io.IOException;
import java.nio.file.Path;

import org.intdesigner.io.AtomicWrite;
import org.intdesigner.reports.engine.ReportDocument;

/**
 * Writes a report to a file whole or not at all: it is written beside its target under a
 * temporary name and renamed over it, so a failure or a kill never leaves half a report where an
 * old one was; the file keeps the mode of the one it replaces.
 */
public final class ReportFiles {

	private ReportFiles() {
	}

	public static void write(ReportDocument report, ReportFormat format, Path file) throws IOException {
		AtomicWrite.write(file, out -> {
			switch (format) {
			case HTML -> HtmlReport.write(report, out);
			case PDF -> PdfReport.write(report, out);
			case XLSX -> XlsxReport.write(report, out);
			}
		});
	}
}
