package org.intdesigner.reports.ui;

import java.nio.file.Path;
import java.util.Locale;

import org.intdesigner.reports.Audience;
import org.intdesigner.reports.engine.ReportBuilder;
import org.intdesigner.reports.engine.Reports;
import org.intdesigner.reports.render.ReportFormat;

/**
 * The file the wizard proposes: beside the model, named after the report's title as the report
 * command names it ("riverside-place-board-pack.pdf"); a file the person chose keeps its name and
 * only changes its extension with the format.
 */
final class ReportFileProposal {

	private ReportFileProposal() {
	}

	static Path propose(Path modelFile, Audience audience, String scopeName, ReportFormat format) {
		String name = Reports.fileName(ReportBuilder.title(audience, scopeName), format);
		Path folder = modelFile == null ? null : modelFile.toAbsolutePath().getParent();
		return folder == null ? Path.of(System.getProperty("user.home"), name) : folder.resolve(name);
	}

	/** {@code file} with the format's extension instead of another report format's; any other name gets it added. */
	static String withFormat(String file, ReportFormat format) {
		String trimmed = file.strip();
		if (trimmed.isEmpty()) {
			return trimmed;
		}
		String lower = trimmed.toLowerCase(Locale.ROOT);
		for (String extension : new String[] { ".html", ".htm", ".pdf", ".xlsx" }) {
			if (lower.endsWith(extension)) {
				return trimmed.substring(0, trimmed.length() - extension.length()) + "." + format.extension();
			}
		}
		return trimmed + "." + format.extension();
	}
}
