package org.intdesigner.planning.allocation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.intdesigner.model.Allocation;
import org.intdesigner.model.Area;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Organisation;
import org.intdesigner.model.PayBand;
import org.intdesigner.model.Post;
import org.intdesigner.model.Role;
import org.intdesigner.model.Team;
import org.intdesigner.model.TeamKind;
import org.intdesigner.model.TermsAndConditions;
import org.intdesigner.planning.pay.PayTable;

/**
 * How a new post of a role in a neighbourhood is made, following the posts of that role the model has. Its band is
 * the band most posts of the role have (anywhere in the model); its employer the employer most posts of the role in
 * the neighbourhood have, else in the whole place; its terms the terms most of the role's posts at that employer have;
 * it is costed with the model's pay table on that band under those terms (else the employer's sector's scale). It works
 * in the team where most posts of the role in the neighbourhood work, else in the neighbourhood's core team, and is
 * line-managed as most of the role's posts in that team are. Ties go to the first in the model's order.
 */
public final class NewPostDesign {

	/** A new post's design; {@code costPerFte} is NaN (and {@code whyNoCost} says why) when it cannot be costed. */
	public record Design(Role role, Area neighbourhood, Organisation employer, String band, TermsAndConditions terms,
			Team team, Post lineManager, double costPerFte, String whyNoCost) {
	}

	private final PayTable pay;
	private final Map<Role, List<Post>> postsByRole = new HashMap<>();
	private final Map<Area, Team> coreTeams = new HashMap<>();

	public NewPostDesign(IntdModel model) {
		this.pay = PayTable.of(model);
		for (Post post : model.getPosts()) {
			if (post.getRole() != null) {
				postsByRole.computeIfAbsent(post.getRole(), k -> new ArrayList<>()).add(post);
			}
		}
		// a neighbourhood's core team: the first of kind core in it, else its first team
		Map<Area, Team> firstTeams = new HashMap<>();
		for (var it = model.eAllContents(); it.hasNext();) {
			if (it.next() instanceof Team team && Neighbourhoods.of(team) instanceof Area area) {
				firstTeams.putIfAbsent(area, team);
				if (team.getKind() == TeamKind.CORE) {
					coreTeams.putIfAbsent(area, team);
				}
			}
		}
		firstTeams.forEach(coreTeams::putIfAbsent);
	}

	public Design design(Role role, Area neighbourhood) {
		List<Post> all = postsByRole.getOrDefault(role, List.of());
		List<Post> here = all.stream().filter(post -> Neighbourhoods.of(post) == neighbourhood).toList();
		String band = mostCommon(all, post -> blank(post.getBand()) ? null : post.getBand().trim());
		Organisation employer = mostCommon(here, Post::getEmployer);
		if (employer == null) {
			employer = mostCommon(all, Post::getEmployer);
		}
		Organisation chosen = employer;
		TermsAndConditions terms = mostCommon(all.stream().filter(post -> post.getEmployer() == chosen).toList(), Post::getTerms);
		Team team = mostCommon(here, NewPostDesign::mainTeam);
		if (team == null) {
			team = coreTeams.get(neighbourhood);
		}
		Team inTeam = team;
		Post lineManager = mostCommon(here.stream().filter(post -> mainTeam(post) == inTeam).toList(), Post::getLineManager);
		PayBand payBand = pay.bandOf(band, terms, employer);
		String why = null;
		if (payBand == null) {
			why = all.isEmpty() ? "the model has no post of this role to take a band from"
					: band == null ? "no post of this role has a band: set one"
							: "the pay table has no band \"" + band + "\"" + (employer == null || employer.getSector() == null ? ""
									: " for the " + employer.getSector().getLiteral() + " sector") + ": add it to the pay table";
		}
		return new Design(role, neighbourhood, employer, band, terms, team, lineManager,
				payBand == null ? Double.NaN : payBand.getAnnualCost(), why);
	}

	private static Team mainTeam(Post post) {
		Allocation largest = null;
		for (Allocation allocation : post.getAllocations()) {
			if (allocation.getTeam() != null && (largest == null || allocation.getFte() > largest.getFte())) {
				largest = allocation;
			}
		}
		return largest == null ? null : largest.getTeam();
	}

	/** The value most of {@code posts} give (nulls not counted), the first in order on a tie; null when none. */
	static <T> T mostCommon(List<Post> posts, Function<Post, T> value) {
		Map<T, Integer> counts = new LinkedHashMap<>();
		for (Post post : posts) {
			T v = value.apply(post);
			if (v != null) {
				counts.merge(v, 1, Integer::sum);
			}
		}
		T best = null;
		int most = 0;
		for (Map.Entry<T, Integer> entry : counts.entrySet()) {
			if (entry.getValue() > most) {
				best = entry.getKey();
				most = entry.getValue();
			}
		}
		return best;
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}
}
