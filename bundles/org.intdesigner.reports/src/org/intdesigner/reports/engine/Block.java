package org.intdesigner.reports.engine;

import org.intdesigner.reports.Figure;
import org.intdesigner.reports.ReportTable;

/** One piece of a section's content, in the order the section wrote it. */
public sealed interface Block {

	record Heading(String text) implements Block {
	}

	record Paragraph(String text) implements Block {
	}

	record Table(ReportTable table) implements Block {
	}

	record Drawing(Figure figure) implements Block {
	}

	/** What is missing or left out: shown apart from the figures. */
	record Missing(String text) implements Block {
	}
}
