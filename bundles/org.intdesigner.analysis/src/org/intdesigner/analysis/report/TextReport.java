package org.intdesigner.analysis.report;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.intdesigner.analysis.api.Finding;
import org.intdesigner.analysis.api.Severity;
import org.intdesigner.analysis.engine.ValidationReport;
import org.intdesigner.model.Suppression;
import org.intdesigner.model.io.Labels;

/**
 * A validation report for people: the findings that count grouped by severity, most serious
 * first, one line each ({@code ERROR   ACC-002  Accountability 'X' has no ...  [X, 4f0e...]}); then the
 * suppressed ones with who accepted them and why; then one summary line with counts and time.
 */
public final class TextReport {

	/** Within a severity, by rule, then in model order (the sort is stable). */
	private static final Comparator<Finding> BY_RULE = Comparator.comparing(Finding::ruleId);

	private TextReport() {
	}

	public static String format(ValidationReport report, String modelName) {
		return format(report, modelName, ElementSources.NONE);
	}

	/** Each finding's element named by the file and line it came from where {@code sources} knows them. */
	public static String format(ValidationReport report, String modelName, ElementSources sources) {
		StringBuilder text = new StringBuilder();
		for (Severity severity : Severity.values()) {
			List<Finding> findings = report.active().stream().filter(f -> f.severity() == severity).sorted(BY_RULE).toList();
			if (!findings.isEmpty()) {
				text.append(heading(severity)).append(" (").append(findings.size()).append(")\n");
				findings.forEach(f -> text.append("  ").append(line(f, sources)).append('\n'));
			}
		}
		List<Finding> suppressed = report.suppressed().stream().sorted(BY_RULE).toList();
		if (!suppressed.isEmpty()) {
			text.append("Suppressed (").append(suppressed.size()).append(")\n");
			for (Finding finding : suppressed) {
				text.append("  ").append(line(finding, sources)).append('\n');
				text.append("      ").append(accepted(finding.suppression())).append('\n');
			}
		}
		return text.append(summary(report, modelName)).append('\n').toString();
	}

	private static String heading(Severity severity) {
		return switch (severity) {
		case ERROR -> "Errors";
		case WARNING -> "Warnings";
		case INFO -> "Information";
		};
	}

	static String line(Finding finding) {
		return line(finding, ElementSources.NONE);
	}

	/**
	 * {@code WARNING SPAN-001 Post 'X' has 14 direct reports ...  [posts.csv:12 P_MGR1, X]}: the element by the
	 * file and line it came from and the planner's code when there are such, else by its name and id; no
	 * brackets for a finding on no element.
	 */
	static String line(Finding finding, ElementSources sources) {
		String line = String.format(Locale.ROOT, "%-7s %-8s %s", finding.severity().name(), finding.ruleId(), finding.message());
		String where = where(finding, sources);
		return where.isEmpty() ? line : line + "  [" + where + "]";
	}

	private static String where(Finding finding, ElementSources sources) {
		ElementSources.SourceLine source = finding.element() == null ? null : sources.of(finding.element());
		String code = Labels.code(finding.element());
		String located = source == null ? code : code == null ? source.toString() : source + " " + code;
		if (located != null) {
			return finding.elementName() == null ? located : located + ", " + finding.elementName();
		}
		if (finding.elementName() != null && finding.elementId() != null) {
			return finding.elementName() + ", " + finding.elementId();
		}
		return finding.elementName() != null ? finding.elementName() : finding.elementId() != null ? finding.elementId() : "";
	}

	private static String accepted(Suppression suppression) {
		StringBuilder text = new StringBuilder("suppressed: ");
		text.append(suppression.getReason() == null || suppression.getReason().isBlank() ? "(no reason given)"
				: suppression.getReason());
		String by = suppression.getSuppressedBy();
		String date = suppression.getDate();
		if (by != null || date != null) {
			text.append(" (").append(by == null ? "" : by).append(by != null && date != null ? ", " : "")
					.append(date == null ? "" : date).append(')');
		}
		return text.toString();
	}

	/** {@code model.intd: 2 errors, 1 warning, 0 info, 1 suppressed; 12 rules in 35 ms}, and any rule that failed. */
	static String summary(ValidationReport report, String modelName) {
		long errors = report.count(Severity.ERROR);
		long warnings = report.count(Severity.WARNING);
		String summary = String.format(Locale.ROOT, "%s: %d %s, %d %s, %d info, %d suppressed; %d %s in %s", modelName,
				errors, errors == 1 ? "error" : "errors", warnings, warnings == 1 ? "warning" : "warnings",
				report.count(Severity.INFO), report.suppressed().size(), report.rulesRun().size(),
				report.rulesRun().size() == 1 ? "rule" : "rules", duration(report.totalNanos()));
		if (!report.failedRules().isEmpty()) {
			summary += "; failed and not run to the end: " + String.join(", ", report.failedRules());
		}
		return summary;
	}

	private static String duration(long nanos) {
		double millis = nanos / 1e6;
		return millis < 10 ? String.format(Locale.ROOT, "%.1f ms", millis)
				: millis < 10_000 ? String.format(Locale.ROOT, "%.0f ms", millis)
						: String.format(Locale.ROOT, "%.1f s", millis / 1000);
	}
}
