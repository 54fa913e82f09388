package org.intdesigner.reports.engine;

import java.time.LocalDate;
import java.util.List;

import org.intdesigner.reports.Audience;

/**
 * A report's content, ready for any format: its title and what it covers (the front page and the
 * contents are made from these), and its sections in order.
 */
public record ReportDocument(String title, String scope, Audience audience, LocalDate date, String modelName,
		List<SectionContent> sections) {

	public ReportDocument {
		sections = List.copyOf(sections);
	}
}
