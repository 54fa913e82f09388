package org.intdesigner.reports.workforce;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.intdesigner.model.Allocation;
import org.intdesigner.model.Area;
import org.intdesigner.model.AreaKind;
import org.intdesigner.model.Post;
import org.intdesigner.model.Team;
import org.intdesigner.reports.ReportScope;

/**
 * The posts of a report's scope as the INT model plans them (the establishment, not people): each
 * post with the FTE it gives the scope. For a place, a neighbourhood or a team that is the FTE its
 * allocations give the scope's teams (a post split with a team elsewhere counts its share here);
 * for the whole model and for a partner organisation it is the post's contracted FTE.
 */
final class Establishment {

	/** A post and its FTE in the scope; {@code byTeam} the FTE it gives each team of the scope. */
	record Share(Post post, double fte, Map<Team, Double> byTeam) {

		double vacantFte() {
			return post.isVacant() ? fte : 0;
		}
	}

	/** Posts, FTE and vacancies of a group of shares. */
	record Totals(int posts, double fte, int vacantPosts, double vacantFte) {

		static Totals of(List<Share> shares) {
			int vacant = (int) shares.stream().filter(share -> share.post().isVacant()).count();
			return new Totals(shares.size(), shares.stream().mapToDouble(Share::fte).sum(), vacant,
					shares.stream().mapToDouble(Share::vacantFte).sum());
		}
	}

	static final String NO_NEIGHBOURHOOD = "(not in a neighbourhood)";
	static final String NO_TEAM = "(in no team)";

	private final ReportScope scope;
	private final List<Share> shares = new ArrayList<>();

	Establishment(ReportScope scope) {
		this.scope = scope;
		boolean wholePosts = scope.kind() == ReportScope.Kind.MODEL || scope.kind() == ReportScope.Kind.ORGANISATION;
		for (Post post : scope.posts()) {
			Map<Team, Double> byTeam = new LinkedHashMap<>();
			for (Allocation allocation : post.getAllocations()) {
				if (allocation.getTeam() != null && (wholePosts || scope.contains(allocation.getTeam()))) {
					byTeam.merge(allocation.getTeam(), allocation.getFte(), Double::sum);
				}
			}
			double fte = wholePosts ? post.getFte() : byTeam.values().stream().mapToDouble(Double::doubleValue).sum();
			shares.add(new Share(post, fte, byTeam));
		}
	}

	ReportScope scope() {
		return scope;
	}

	List<Share> shares() {
		return shares;
	}

	Totals totals() {
		return Totals.of(shares);
	}

	/** The shares grouped by {@code key} (null keys become {@code none}), in the order first met. */
	Map<String, List<Share>> groupBy(Function<Share, String> key, String none) {
		Map<String, List<Share>> groups = new LinkedHashMap<>();
		for (Share share : shares) {
			String name = key.apply(share);
			groups.computeIfAbsent(name == null || name.isBlank() ? none : name, k -> new ArrayList<>()).add(share);
		}
		return groups;
	}

	/**
	 * The FTE the scope's posts give each team (allocations), with each team's posts counted
	 * once; posts allocated to no team are under null.
	 */
	Map<Team, List<Share>> byTeam() {
		Map<Team, List<Share>> groups = new LinkedHashMap<>();
		for (Share share : shares) {
			if (share.byTeam().isEmpty()) {
				groups.computeIfAbsent(null, k -> new ArrayList<>()).add(share);
			}
			share.byTeam().forEach((team, fte) -> groups.computeIfAbsent(team, k -> new ArrayList<>())
					.add(new Share(share.post(), fte, Map.of(team, fte))));
		}
		return groups;
	}

	/** The neighbourhood a team works in: its area or the nearest area above it that is one; null when none. */
	static Area neighbourhoodOf(Team team) {
		for (EObject at = ReportScope.areaOf(team); at instanceof Area area; at = area.eContainer()) {
			if (area.getKind() == AreaKind.NEIGHBOURHOOD) {
				return area;
			}
		}
		return null;
	}

	/**
	 * The neighbourhoods of the scope: for an area, every neighbourhood in it (with its teams or
	 * not); for a team or an organisation, those its teams work in; in the model's order.
	 */
	List<Area> neighbourhoods() {
		List<Area> found = new ArrayList<>();
		if (scope.element() instanceof Area area) {
			collect(area, found);
		} else if (scope.kind() == ReportScope.Kind.MODEL) {
			scope.model().getAreas().forEach(area -> collect(area, found));
		}
		for (Team team : scope.teams()) {
			Area neighbourhood = neighbourhoodOf(team);
			if (neighbourhood != null && !found.contains(neighbourhood)) {
				found.add(neighbourhood);
			}
		}
		return found;
	}

	private static void collect(Area area, List<Area> into) {
		if (area.getKind() == AreaKind.NEIGHBOURHOOD) {
			into.add(area);
		}
		area.getSubAreas().forEach(sub -> collect(sub, into));
	}
}
