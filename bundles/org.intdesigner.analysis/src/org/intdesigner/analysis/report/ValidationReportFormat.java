package org.intdesigner.analysis.report;

import java.util.Locale;

import org.intdesigner.analysis.engine.ValidationReport;

/** The forms a validation report can be written in: for people, for scripts, and for code-review tools. */
public enum ValidationReportFormat {
	/** Grouped by severity, one line per finding, suppressed ones apart, a summary line. */
	TEXT,
	/** A JSON list of findings. */
	JSON,
	/** SARIF 2.1.0, which code-review tools show next to the changed file. */
	SARIF;

	/**
	 * {@code report} in this format. {@code modelPath} is the model file or CSV folder as the user
	 * named it (SARIF points its results there); {@code rules} describes the rules.
	 */
	public String write(ValidationReport report, RuleCatalog rules, String modelPath) {
		return write(report, rules, modelPath, ElementSources.NONE);
	}

	/** {@link #write(ValidationReport, RuleCatalog, String)}, each finding also at the file and line its element came from. */
	public String write(ValidationReport report, RuleCatalog rules, String modelPath, ElementSources sources) {
		return switch (this) {
		case TEXT -> TextReport.format(report, modelPath, sources);
		case JSON -> JsonReport.format(report, sources);
		case SARIF -> SarifReport.format(report, rules, modelPath, sources);
		};
	}

	/** The name on the command line: text, json, sarif. */
	public String label() {
		return name().toLowerCase(Locale.ROOT);
	}
}
