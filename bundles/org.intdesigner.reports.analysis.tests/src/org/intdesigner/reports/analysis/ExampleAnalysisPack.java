package org.intdesigner.reports.analysis;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.intdesigner.analysis.api.Finding;
import org.intdesigner.analysis.engine.RuleRegistry;
import org.intdesigner.analysis.engine.RuleSettings;
import org.intdesigner.analysis.engine.ValidationReport;
import org.intdesigner.analysis.engine.Validator;
import org.intdesigner.model.IntdModel;
import org.intdesigner.reports.Audience;
import org.intdesigner.reports.Cell;
import org.intdesigner.reports.ReportContext;
import org.intdesigner.reports.ReportScope;
import org.intdesigner.reports.ReportTable;
import org.intdesigner.reports.engine.ReportBuilder;
import org.intdesigner.reports.engine.ReportDocument;
import org.intdesigner.reports.engine.SectionContent;
import org.intdesigner.reports.engine.SectionDescriptor;
import org.intdesigner.reports.engine.SectionRegistry;
import org.intdesigner.workforce.metrics.SmallNumberSuppression;

/** The example place's packs with the two sections, as the tests read them. */
final class ExampleAnalysisPack {

	private ExampleAnalysisPack() {
	}

	static ReportContext context(IntdModel model, String scope, Audience audience) {
		return new ReportContext(model, null, ReportScope.resolve(model, scope), audience, null, SmallNumberSuppression.standard(),
				LocalDate.of(2026, 12, 7), null, null);
	}

	/** The installed sections of this bundle, as its plugin.xml contributes them. */
	static List<SectionDescriptor> sections() {
		return SectionRegistry.installed().named(List.of("raci", "findings"));
	}

	static ReportDocument build(IntdModel model, String scope, Audience audience) {
		return ReportBuilder.build(context(model, scope, audience), sections(), null);
	}

	static SectionContent section(ReportDocument document, String id) {
		return document.sections().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
	}

	static ReportTable table(SectionContent section, String title) {
		return section.tables().stream().filter(t -> t.title().equals(title)).findFirst()
				.orElseThrow(() -> new AssertionError("no table " + title + " in " + section.blocks()));
	}

	/** What the validator itself reports: every installed rule, defaults, active findings by rule. */
	static ValidationReport validate(IntdModel model) {
		return new Validator(RuleRegistry.getDefault().getRules(), RuleSettings.defaults()).validate(model);
	}

	static Map<String, Long> byRule(List<Finding> findings) {
		Map<String, Long> counts = new TreeMap<>();
		findings.forEach(f -> counts.merge(f.ruleId(), 1L, Long::sum));
		return counts;
	}

	/** The "Findings by rule" table read back as rule id to count, without the total. */
	static Map<String, Long> summaryCounts(ReportTable summary) {
		Map<String, Long> counts = new TreeMap<>();
		for (List<Cell> row : summary.rows()) {
			if (!row.get(0).text().equals("Total")) {
				counts.merge(row.get(0).text(), row.get(3).number().longValue(), Long::sum);
			}
		}
		return counts;
	}

	static Set<String> ids(List<SectionDescriptor> sections) {
		return Set.copyOf(sections.stream().map(SectionDescriptor::id).toList());
	}
}
