package org.intdesigner.reports.sections;

import org.intdesigner.reports.ReportContext;
import org.intdesigner.reports.ReportScope;
import org.intdesigner.reports.ReportTable;
import org.intdesigner.reports.SectionWriter;

/** The first section of every pack: what it covers and where its figures come from. */
public final class AboutSection implements org.intdesigner.reports.ReportSection {

	@Override
	public void write(ReportContext context, SectionWriter out) {
		ReportScope scope = context.scope();
		out.paragraph("This pack shows " + scope.label() + " in the INT model '" + context.model().getName() + "' as it stands on "
				+ context.date() + ", for the " + context.audience().label().toLowerCase(java.util.Locale.ROOT) + ".");
		ReportTable sources = new ReportTable("Sources", "What", "From");
		sources.row("INT model", context.modelFile() == null ? context.model().getName() : context.modelFile().getFileName().toString());
		sources.row("Scope", scope.label() + ": " + scope.teams().size() + " teams, " + scope.posts().size() + " posts");
		sources.row("Workforce data", context.hasStore() ? "the workforce store" : "none (sections that need it say so)");
		out.table(sources);
		out.paragraph("Figures from the workforce store made from fewer than " + context.suppression().threshold()
				+ " people are shown as * and left out of charts, as on the dashboard, so that nobody can be identified.");
	}
}
