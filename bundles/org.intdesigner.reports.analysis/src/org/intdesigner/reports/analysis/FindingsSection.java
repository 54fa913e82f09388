package org.intdesigner.reports.analysis;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.intdesigner.analysis.api.Finding;
import org.intdesigner.analysis.api.Severity;
import org.intdesigner.analysis.engine.ValidationReport;
import org.intdesigner.reports.Cell;
import org.intdesigner.reports.ReportContext;
import org.intdesigner.reports.ReportSection;
import org.intdesigner.reports.ReportTable;
import org.intdesigner.reports.SectionWriter;

/**
 * Validation findings: what the product's validation (every installed rule, as {@code ./intd
 * validate} runs them) finds on the elements of the scope. The model is validated once and the
 * findings are then placed in or out of scope, so a London-scale place is quick; a summary by rule
 * and severity comes first, then the findings, most serious first, up to {@link #LISTED} of them on
 * the pages (the workbook has them all).
 */
public final class FindingsSection implements ReportSection {

	/** The most findings listed on the pages; a large place can have thousands, which nobody reads in a PDF. */
	static final int LISTED = 200;
	static final String SUMMARY_TABLE = "Findings by rule";
	static final String LIST_TABLE = "Findings";
	static final String ALL_TABLE = "All findings";

	/** Most serious first; then by rule and the element's name, so that a rule's findings stay together. */
	static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity).thenComparing(Finding::ruleId)
			.thenComparing(FindingsSection::element);

	@Override
	public void prepare(ReportContext context) {
		ReportValidation.startEarly(context);
	}

	@Override
	public void write(ReportContext context, SectionWriter out) {
		ValidationReport report = ReportValidation.of(context);
		ScopeFilter filter = new ScopeFilter(context.scope());
		List<Finding> inScope = report.findings().stream().filter(filter::concerns).toList();
		List<Finding> active = inScope.stream().filter(finding -> !finding.isSuppressed()).sorted(ORDER).toList();
		long accepted = inScope.size() - active.size();
		out.paragraph("Validated with every installed rule (" + report.rulesRun().size() + ") at its default settings, as"
				+ " ./intd validate does; " + (filter.isEverything() ? "all findings are shown." : "shown are the findings on"
						+ " the teams, posts, accountability items, areas and partners of " + context.scope().label() + "."));
		if (!report.failedRules().isEmpty()) {
			out.missing("Rule" + (report.failedRules().size() == 1 ? " " : "s ") + String.join(", ", report.failedRules())
					+ " failed on this model, so their findings are missing: the error is in the log and among the findings;"
					+ " please report it to the rule's provider.");
		}
		if (active.isEmpty()) {
			out.paragraph("Validation finds nothing to fix in " + context.scope().label() + "."
					+ (accepted > 0 ? " " + acceptedLine(accepted) : ""));
			return;
		}
		long info = count(active, Severity.INFO);
		out.paragraph(RaciSection.count(active.size(), "finding") + ": " + RaciSection.count(count(active, Severity.ERROR), "error")
				+ (info > 0 ? ", " : " and ") + RaciSection.count(count(active, Severity.WARNING), "warning")
				+ (info > 0 ? " and " + info + " for information." : ".") + (accepted > 0 ? " " + acceptedLine(accepted) : ""));
		out.table(summary(active));
		out.heading(active.size() > LISTED ? "The " + LISTED + " most serious findings" : "The findings");
		if (active.size() > LISTED) {
			out.table(list(LIST_TABLE, active.subList(0, LISTED)).shown(ReportTable.Shown.PAGES_ONLY));
			out.missing((active.size() - LISTED) + " more findings are not listed here. All " + active.size() + " are in the"
					+ " sheet '" + ALL_TABLE + "' of this pack as an Excel workbook, in the workbench's Validation view, and"
					+ " from ./intd validate on the model.");
			out.table(list(ALL_TABLE, active).shown(ReportTable.Shown.WORKBOOK_ONLY));
		} else {
			out.table(list(LIST_TABLE, active));
		}
	}

	private static String acceptedLine(long accepted) {
		return RaciSection.count(accepted, "finding was", "findings were") + " accepted by the partners (suppressed with a"
				+ " reason) and " + (accepted == 1 ? "is" : "are") + " not counted.";
	}

	private static long count(List<Finding> findings, Severity severity) {
		return findings.stream().filter(finding -> finding.severity() == severity).count();
	}

	/** A row per rule and severity (a rule's severity can be changed, so one rule may have findings at two). */
	static ReportTable summary(List<Finding> active) {
		Map<Severity, Map<String, Long>> counts = new TreeMap<>();
		for (Finding finding : active) {
			counts.computeIfAbsent(finding.severity(), s -> new TreeMap<>()).merge(finding.ruleId(), 1L, Long::sum);
		}
		ReportTable table = new ReportTable(SUMMARY_TABLE, "Rule", "Title", "Severity", "Findings");
		counts.forEach((severity, byRule) -> byRule.forEach((rule, n) -> table.row(rule, ReportValidation.title(rule),
				FindingTones.cell(severity), Cell.number(n).withTone(FindingTones.of(severity)))));
		table.row(Cell.text("Total"), "", "", Cell.number(active.size()));
		return table.note("Red: errors, to fix before the design is agreed. Amber: warnings, to look at.");
	}

	static ReportTable list(String title, List<Finding> findings) {
		ReportTable table = new ReportTable(title, "Rule", "Severity", "Element", "Finding");
		for (Finding finding : findings) {
			table.row(finding.ruleId(), FindingTones.cell(finding.severity()), element(finding), finding.message());
		}
		return table;
	}

	/** "Post 'PCN manager, Docklands and Hillside PCN'"; for a rule that failed, the rule. */
	static String element(Finding finding) {
		if (finding.element() == null) {
			return "Rule " + finding.ruleId();
		}
		String name = finding.elementName() == null || finding.elementName().isBlank() ? finding.elementId()
				: finding.elementName();
		return finding.element().eClass().getName() + " '" + (name == null ? "" : name) + "'";
	}
}
