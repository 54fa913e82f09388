package org.intdesigner.reports.ui;

import java.util.ArrayList;
import java.util.List;

import org.intdesigner.reports.engine.ReportDocument;
import org.intdesigner.reports.engine.SectionContent;

/**
 * What the wizard says after writing a report whose sections left something out: how many had no
 * data at all, how many left part out, and what each said is missing (which tells the person what
 * to import or supply), so nobody takes an empty section for good news.
 */
public final class MissingSummary {

	private MissingSummary() {
	}

	/**
	 * @param storeProblem why the workforce store could not be opened, or null
	 * @return the summary, or null when every section was written whole and the store was there
	 */
	public static String of(ReportDocument document, String storeProblem) {
		List<SectionContent> empty = new ArrayList<>();
		List<SectionContent> partial = new ArrayList<>();
		for (SectionContent section : document.sections()) {
			if (!section.missing().isEmpty()) {
				(section.missing().size() == section.blocks().size() ? empty : partial).add(section);
			}
		}
		if (empty.isEmpty() && partial.isEmpty() && storeProblem == null) {
			return null;
		}
		StringBuilder text = new StringBuilder();
		if (storeProblem != null) {
			text.append("The workforce store could not be opened: ").append(storeProblem).append("\n\n");
		}
		count(text, empty, "had no data");
		count(text, partial, "left something out");
		for (SectionContent section : empty) {
			details(text, section);
		}
		for (SectionContent section : partial) {
			details(text, section);
		}
		return text.toString().strip();
	}

	private static void count(StringBuilder text, List<SectionContent> sections, String what) {
		if (!sections.isEmpty()) {
			text.append(sections.size()).append(sections.size() == 1 ? " section " : " sections ").append(what).append(": ")
					.append(String.join(", ", sections.stream().map(SectionContent::title).toList())).append(".\n");
		}
	}

	private static void details(StringBuilder text, SectionContent section) {
		text.append("\n").append(section.title()).append(": ").append(String.join(" ", section.missing())).append("\n");
	}
}
