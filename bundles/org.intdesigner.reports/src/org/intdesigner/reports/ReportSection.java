package org.intdesigner.reports;

/**
 * One section of a report, contributed through the {@code org.intdesigner.reports.reportSections}
 * extension point. A section reads what it needs from the context (the model, the scope, the
 * workforce store) and writes headings, text, tables and figures; it never formats: the same
 * content becomes HTML, PDF and Excel.
 */
public interface ReportSection {

	/**
	 * Writes the section. Throw {@link MissingData} when the data it needs is not there: the
	 * report says so in the section's place and goes on.
	 */
	void write(ReportContext context, SectionWriter out) throws Exception;

	/**
	 * Called for every section of a run before any is written: a section that needs a long
	 * model-wide analysis may {@link SharedResults#startEarly start} it here, so that it is worked out
	 * while the sections before it are written. Does nothing by default; must not write or fail.
	 */
	default void prepare(ReportContext context) {
	}
}
