package org.intdesigner.reports.engine;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.intdesigner.model.IntdModel;
import org.intdesigner.reports.Audience;
import org.intdesigner.reports.render.ReportFormat;

/**
 * A report asked for, from the workbench's wizard or {@code ./intd report}: the model (and its
 * file), the scope's id or code (null: the whole model), the template, the sections by name (empty:
 * the template's), the format and the file to write.
 *
 * @param month     the last month of workforce figures, or null for the latest month of data
 * @param threshold the small-number suppression threshold (Suppression.DEFAULT_THRESHOLD as on the dashboard)
 */
public record ReportRequest(IntdModel model, Path modelFile, String scope, Audience audience, List<String> sections,
		ReportFormat format, Path output, YearMonth month, int threshold, LocalDate date) {

	public ReportRequest {
		sections = sections == null ? List.of() : List.copyOf(sections);
	}
}
