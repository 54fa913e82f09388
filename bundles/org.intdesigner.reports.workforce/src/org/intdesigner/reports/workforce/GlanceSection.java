package org.intdesigner.reports.workforce;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.intdesigner.model.Area;
import org.intdesigner.model.Organisation;
import org.intdesigner.model.Role;
import org.intdesigner.model.Team;
import org.intdesigner.reports.Cell;
import org.intdesigner.reports.Figures;
import org.intdesigner.reports.ReportContext;
import org.intdesigner.reports.ReportScope;
import org.intdesigner.reports.ReportSection;
import org.intdesigner.reports.ReportTable;
import org.intdesigner.reports.SectionWriter;
import org.intdesigner.reports.charts.Charts;
import org.intdesigner.reports.workforce.Establishment.Share;
import org.intdesigner.reports.workforce.Establishment.Totals;
import org.intdesigner.workforce.metrics.CodeNames;

/**
 * "The place at a glance": the scope as the INT model plans it (neighbourhoods and their
 * population, teams, posts and FTE by organisation and by sector, vacancies, new and ARRS roles)
 * and a chart of FTE by organisation. These are the establishment, posts and not people, so they
 * are not suppressed; the one figure from the workforce store, the vacancy rate, is
 * ({@link StoreVacancy}). A partner's scope shows its posts across the INTs by neighbourhood and team.
 */
public final class GlanceSection implements ReportSection {

	@Override
	public void write(ReportContext context, SectionWriter out) throws Exception {
		ReportScope scope = context.scope();
		Establishment establishment = new Establishment(scope);
		Totals all = establishment.totals();
		out.paragraph(scope.label() + " has " + scope.teams().size() + " teams and " + all.posts() + " posts of "
				+ Figures.format(all.fte()) + " FTE in the INT model, of which " + all.vacantPosts() + " posts ("
				+ Figures.format(all.vacantFte()) + " FTE) are vacant. " + whatFteCounts(scope));
		out.table(neighbourhoods(establishment));
		if (scope.kind() == ReportScope.Kind.ORGANISATION || scope.kind() == ReportScope.Kind.TEAM) {
			out.table(teams(establishment));
		}
		out.table(byOrganisation(establishment));
		if (scope.kind() == ReportScope.Kind.ORGANISATION) {
			out.figure(Charts.bars("FTE by team", "FTE", fteByTeam(establishment)));
		} else {
			out.figure(Charts.bars("FTE by organisation", "FTE", fteByOrganisation(establishment)));
		}
		out.table(bySector(establishment));
		out.table(StoreVacancy.table(context, all));
		out.table(newAndArrsRoles(establishment));
	}

	private static String whatFteCounts(ReportScope scope) {
		return scope.kind() == ReportScope.Kind.MODEL || scope.kind() == ReportScope.Kind.ORGANISATION
				? "FTE is each post's contracted FTE."
				: "FTE is what the posts' allocations give the teams of " + StoreScope.name(scope.element())
						+ " (a post shared with a team elsewhere counts its share here).";
	}

	private static ReportTable neighbourhoods(Establishment establishment) {
		ReportTable table = new ReportTable("Neighbourhoods", "Neighbourhood", "Population", "Teams", "Posts", "FTE", "Vacant FTE");
		Map<Team, List<Share>> byTeam = establishment.byTeam();
		Map<Area, Integer> teams = new LinkedHashMap<>();
		for (Team team : establishment.scope().teams()) {
			teams.merge(Establishment.neighbourhoodOf(team), 1, Integer::sum);
		}
		for (Area neighbourhood : establishment.neighbourhoods()) {
			Totals in = totalsOf(byTeam, neighbourhood);
			table.row(StoreScope.name(neighbourhood), neighbourhood.getPopulation(), teams.getOrDefault(neighbourhood, 0),
					in.posts(), in.fte(), in.vacantFte());
		}
		Totals outside = totalsOf(byTeam, null);
		if (teams.containsKey(null) || outside.posts() > 0) {
			table.row(Establishment.NO_NEIGHBOURHOOD, "", teams.getOrDefault(null, 0), outside.posts(), outside.fte(),
					outside.vacantFte());
		}
		return table.note("Posts are counted in each neighbourhood they have time in; FTE is the time allocated there."
				+ " Population is the neighbourhood's in the model.");
	}

	/** The shares of the teams in {@code neighbourhood} (null: teams in none), each post once. */
	private static Totals totalsOf(Map<Team, List<Share>> byTeam, Area neighbourhood) {
		Map<Object, Share> posts = new LinkedHashMap<>();
		byTeam.forEach((team, shares) -> {
			if (team != null && Establishment.neighbourhoodOf(team) == neighbourhood) {
				for (Share share : shares) {
					posts.merge(share.post(), share, (a, b) -> new Share(a.post(), a.fte() + b.fte(), Map.of()));
				}
			}
		});
		return Totals.of(List.copyOf(posts.values()));
	}

	private static ReportTable teams(Establishment establishment) {
		ReportTable table = new ReportTable("Posts by team", "Team", "Neighbourhood", "Posts", "FTE", "Vacant FTE");
		establishment.byTeam().forEach((team, shares) -> {
			Totals in = Totals.of(shares);
			Area neighbourhood = team == null ? null : Establishment.neighbourhoodOf(team);
			table.row(team == null ? Establishment.NO_TEAM : StoreScope.name(team),
					neighbourhood == null ? Establishment.NO_NEIGHBOURHOOD : StoreScope.name(neighbourhood), in.posts(), in.fte(),
					in.vacantFte());
		});
		return table.note("FTE is the time the posts' allocations give each team.");
	}

	private static ReportTable byOrganisation(Establishment establishment) {
		ReportTable table = new ReportTable("Posts and FTE by organisation", "Organisation", "Sector", "Posts", "FTE",
				"Vacant posts", "Vacant FTE");
		Map<String, List<Share>> groups = establishment.groupBy(share -> employer(share), "(no employer)");
		groups.forEach((name, shares) -> {
			Totals in = Totals.of(shares);
			Organisation employer = shares.get(0).post().getEmployer();
			table.row(name, employer == null || employer.getSector() == null ? "" : CodeNames.words(employer.getSector().name()),
					in.posts(), in.fte(), in.vacantPosts(), in.vacantFte());
		});
		Totals all = establishment.totals();
		table.row("All organisations", "", all.posts(), all.fte(), all.vacantPosts(), all.vacantFte());
		return table;
	}

	private static Map<String, Double> fteByOrganisation(Establishment establishment) {
		Map<String, Double> fte = new LinkedHashMap<>();
		establishment.groupBy(GlanceSection::employer, "(no employer)")
				.forEach((name, shares) -> fte.put(name, Totals.of(shares).fte()));
		return fte;
	}

	/** A partner's FTE in each team its posts work in (allocations). */
	private static Map<String, Double> fteByTeam(Establishment establishment) {
		Map<String, Double> fte = new LinkedHashMap<>();
		establishment.byTeam().forEach((team, shares) -> {
			if (team != null) {
				fte.merge(StoreScope.name(team), Totals.of(shares).fte(), Double::sum);
			}
		});
		return fte;
	}

	private static ReportTable bySector(Establishment establishment) {
		ReportTable table = new ReportTable("Posts and FTE by sector", "Sector", "Organisations", "Posts", "FTE", "Vacant FTE");
		Map<String, List<Share>> groups = establishment.groupBy(share -> share.post().getEmployer() == null
				|| share.post().getEmployer().getSector() == null ? null
						: CodeNames.words(share.post().getEmployer().getSector().name()), "(no employer's sector)");
		groups.forEach((sector, shares) -> {
			Totals in = Totals.of(shares);
			long organisations = shares.stream().map(share -> share.post().getEmployer()).filter(o -> o != null).distinct().count();
			table.row(sector, organisations, in.posts(), in.fte(), in.vacantFte());
		});
		return table.note("A post's sector is its employer's.");
	}

	private static ReportTable newAndArrsRoles(Establishment establishment) {
		ReportTable table = new ReportTable("New and ARRS roles", "Role", "New role", "ARRS", "Posts", "FTE", "Vacant posts");
		Map<String, List<Share>> groups = establishment.groupBy(share -> {
			Role role = share.post().getRole();
			return role != null && (role.isNewRole() || role.isArrs()) ? StoreScope.name(role) : "";
		}, "");
		groups.remove("");
		if (groups.isEmpty()) {
			return table.note("No post of the scope is in a new role or an ARRS role.");
		}
		groups.forEach((name, shares) -> {
			Role role = shares.get(0).post().getRole();
			Totals in = Totals.of(shares);
			table.row(name, yes(role.isNewRole()), yes(role.isArrs()), in.posts(), in.fte(), in.vacantPosts());
		});
		List<Share> arrs = establishment.shares().stream().filter(s -> s.post().getRole() != null && s.post().getRole().isArrs())
				.toList();
		List<Share> fresh = establishment.shares().stream()
				.filter(s -> s.post().getRole() != null && s.post().getRole().isNewRole()).toList();
		table.row(Cell.text("All new roles"), "", "", fresh.size(), Totals.of(fresh).fte(), Totals.of(fresh).vacantPosts());
		table.row(Cell.text("All ARRS roles"), "", "", arrs.size(), Totals.of(arrs).fte(), Totals.of(arrs).vacantPosts());
		return table.note("ARRS roles are funded through the PCNs' Additional Roles Reimbursement Scheme.");
	}

	private static String yes(boolean value) {
		return value ? "yes" : "";
	}

	private static String employer(Share share) {
		return share.post().getEmployer() == null ? null : StoreScope.name(share.post().getEmployer());
	}
}
