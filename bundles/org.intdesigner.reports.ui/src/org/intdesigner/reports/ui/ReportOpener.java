package org.intdesigner.reports.ui;

import java.nio.file.Path;

import org.intdesigner.reports.render.ReportFormat;

/**
 * Shows a report just written. The workbench's opener hands it to a browser or the system's
 * program (see {@link SystemReportOpener}); tests put their own in with {@link ReportOpeners#use}
 * so that no program is launched.
 */
@FunctionalInterface
public interface ReportOpener {

	/** Opens {@code file}; an exception's message says why it could not be (the file stays written). */
	void open(Path file, ReportFormat format) throws Exception;
}
