package org.intdesigner.reports.sections;

import java.util.Locale;

import org.intdesigner.model.Allocation;
import org.intdesigner.model.Element;
import org.intdesigner.model.Organisation;
import org.intdesigner.model.Post;
import org.intdesigner.model.Team;
import org.intdesigner.reports.Cell;
import org.intdesigner.reports.ReportContext;
import org.intdesigner.reports.ReportScope;
import org.intdesigner.reports.ReportSection;
import org.intdesigner.reports.ReportTable;
import org.intdesigner.reports.SectionWriter;
import org.intdesigner.reports.Tone;

/**
 * Each team in scope with its people: the posts with time in the team, their role, employer,
 * band, FTE in the team, holder (or vacant), line manager and professional supervisor. For a
 * partner, only the posts it employs, across every INT they work in. These are the model's posts
 * (the establishment as designed), not records from the workforce store.
 */
public final class TeamsAndPeopleSection implements ReportSection {

	@Override
	public void write(ReportContext context, SectionWriter out) {
		ReportScope scope = context.scope();
		Organisation partner = scope.element() instanceof Organisation organisation ? organisation : null;
		if (scope.teams().isEmpty()) {
			out.missing("No teams in " + scope.label() + ": give teams an area (a neighbourhood) in the model, or choose"
					+ " another scope.");
			return;
		}
		out.paragraph(partner == null ? "The teams of " + scope.label() + " and the posts with time in each."
				: "The posts " + partner.getName() + " employs, team by team across the INTs they work in.");
		int shown = 0;
		for (Team team : scope.teams()) {
			ReportTable table = new ReportTable(team.getName(), "Post", "Role", "Employer", "Band", "FTE in team", "Holder",
					"Line manager", "Supervisor");
			double fte = 0;
			int vacant = 0;
			for (Post post : scope.posts()) {
				for (Allocation allocation : post.getAllocations()) {
					if (allocation.getTeam() != team || partner != null && post.getEmployer() != partner) {
						continue;
					}
					fte += allocation.getFte();
					boolean isVacant = post.getHolder() == null || post.getHolder().isBlank();
					vacant += isVacant ? 1 : 0;
					table.row(name(post), name(post.getRole()), name(post.getEmployer()), post.getBand(), allocation.getFte(),
							isVacant ? Cell.text("vacant").withTone(Tone.AMBER) : Cell.text(post.getHolder()),
							name(post.getLineManager()), name(post.getSupervisor()));
				}
			}
			if (table.rows().isEmpty() && partner != null) {
				continue;
			}
			out.heading(team.getName() + (team.getKind() == null ? "" : " (" + team.getKind().getLiteral().replace('_', ' ')
					.toLowerCase(Locale.ROOT) + ")"));
			StringBuilder about = new StringBuilder();
			if (team.getLead() != null) {
				about.append("Led by ").append(name(team.getLead())).append(". ");
			}
			if (team.getHost() != null) {
				about.append("Hosted by ").append(team.getHost().getName()).append(". ");
			}
			if (team.getPurpose() != null && !team.getPurpose().isBlank()) {
				about.append(team.getPurpose());
			}
			if (!about.isEmpty()) {
				out.paragraph(about.toString().trim());
			}
			out.table(table.note(table.rows().size() + " posts, " + org.intdesigner.reports.Figures.format(fte) + " FTE in the team"
					+ (vacant > 0 ? ", " + vacant + " vacant" : "") + "."));
			shown++;
		}
		if (shown == 0) {
			out.missing(partner.getName() + " employs no posts with time in a team: allocate its posts to teams in the model.");
		}
	}

	private static String name(Element element) {
		if (element == null) {
			return "";
		}
		return element.getName() == null || element.getName().isBlank() ? element.getId() : element.getName();
	}
}
