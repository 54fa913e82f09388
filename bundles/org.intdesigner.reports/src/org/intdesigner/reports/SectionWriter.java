package org.intdesigner.reports;

/** What a section writes, in order; a format turns it into HTML, PDF or a workbook. */
public interface SectionWriter {

	/** A heading inside the section (the section's own title is written for it). */
	SectionWriter heading(String text);

	SectionWriter paragraph(String text);

	SectionWriter table(ReportTable table);

	SectionWriter figure(Figure figure);

	/** A line saying what is missing or left out, shown apart from the figures. */
	SectionWriter missing(String text);
}
