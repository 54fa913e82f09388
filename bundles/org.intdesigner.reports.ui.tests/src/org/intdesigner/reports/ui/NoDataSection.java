package org.intdesigner.reports.ui;

import org.intdesigner.reports.MissingData;
import org.intdesigner.reports.ReportContext;
import org.intdesigner.reports.ReportSection;
import org.intdesigner.reports.SectionWriter;

/** A section of the tests whose data is never there, as a section without its study or store says. */
public final class NoDataSection implements ReportSection {

	static final String MISSING = "No test data: supply it with the test's own file.";

	@Override
	public void write(ReportContext context, SectionWriter out) throws MissingData {
		throw new MissingData(MISSING);
	}
}
