package org.intdesigner.model.samples;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.intdesigner.model.AccountabilityItem;
import org.intdesigner.model.AccountabilityKind;
import org.intdesigner.model.Area;
import org.intdesigner.model.AreaKind;
import org.intdesigner.model.Arrangement;
import org.intdesigner.model.ArrangementKind;
import org.intdesigner.model.Boundary;
import org.intdesigner.model.BoundaryKind;
import org.intdesigner.model.Capability;
import org.intdesigner.model.CapabilityLevel;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.InteractionKind;
import org.intdesigner.model.Organisation;
import org.intdesigner.model.Party;
import org.intdesigner.model.Post;
import org.intdesigner.model.RaciCode;
import org.intdesigner.model.Role;
import org.intdesigner.model.Sector;
import org.intdesigner.model.Team;
import org.intdesigner.model.TeamKind;
import org.intdesigner.model.TermsAndConditions;

/**
 * Big deterministic models for scale tests and benchmarks: the same scale and seed give the same
 * model, ids included. Each neighbourhood gets its share of teams (a core team with nested MDTs and
 * partner teams), posts (a lead, managers with about ten reports each, FTE split over one or two
 * teams), and accountability items with exactly one A and at least one R. The capabilities, roles and course catalogue
 * are the example place's.
 */
public final class SyntheticModels {

	/** How big: places, neighbourhoods, teams, posts, accountability items, RACI entries. */
	public enum Scale {
		/** One neighbourhood of 300 posts: what one INT's diagrams must draw readably. */
		NEIGHBOURHOOD(1, 1, 12, 300, 60, 300),
		SMALL(2, 8, 80, 1_000, 500, 2_500),
		MEDIUM(8, 50, 500, 10_000, 5_000, 25_000),
		/** London: 32 boroughs, 200 neighbourhoods. */
		LONDON(32, 200, 2_000, 40_000, 20_000, 100_000);

		public final int places;
		public final int neighbourhoods;
		public final int teams;
		public final int posts;
		public final int accountabilities;
		public final int raciEntries;

		Scale(int places, int neighbourhoods, int teams, int posts, int accountabilities, int raciEntries) {
			this.places = places;
			this.neighbourhoods = neighbourhoods;
			this.teams = teams;
			this.posts = posts;
			this.accountabilities = accountabilities;
			this.raciEntries = raciEntries;
		}

		public int systems() {
			return Math.max(1, Math.round(places / 6.4f));
		}
	}

	private static final TeamKind[] SUB_TEAM_KINDS = { TeamKind.MDT, TeamKind.MDT, TeamKind.SPECIALIST,
			TeamKind.WIDER_PARTNER, TeamKind.MDT, TeamKind.ENABLING };
	private static final double[] FTES = { 1.0, 1.0, 1.0, 0.8, 0.6, 0.5, 0.4 };
	private static final RaciCode[] OTHER_CODES = { RaciCode.R, RaciCode.S, RaciCode.C, RaciCode.C, RaciCode.I,
			RaciCode.I };

	private final Scale scale;
	private final SplittableRandom random;
	private final ModelBuilder b;
	private final ExampleCatalogue catalogue;
	private final List<Role> roles;
	private final List<Capability> capabilities;

	private SyntheticModels(Scale scale, long seed) {
		this.scale = scale;
		this.random = new SplittableRandom(seed);
		this.b = new ModelBuilder("intd-synthetic/" + scale + "/" + seed, "Synthetic " + scale + " model (seed "
				+ seed + ")");
		this.catalogue = new ExampleCatalogue(b);
		this.roles = List.copyOf(catalogue.roles.values());
		this.capabilities = List.copyOf(catalogue.capabilities.values());
	}

	public static IntdModel generate(Scale scale, long seed) {
		return new SyntheticModels(scale, seed).build();
	}

	/** The share of {@code total} that bucket {@code i} of {@code n} gets. */
	static int share(int total, int n, int i) {
		return total / n + (i < total % n ? 1 : 0);
	}

	private IntdModel build() {
		int systems = scale.systems();
		int nbIndex = 0;
		int placeIndex = 0;
		for (int s = 0; s < systems; s++) {
			Area ics = b.area(null, "ics" + s, "Integrated care system " + (s + 1), AreaKind.ICS, 0);
			Organisation[] trusts = { org("ics" + s + "-cht", "Community trust " + (s + 1), Sector.COMMUNITY_HEALTH),
					org("ics" + s + "-mht", "Mental health trust " + (s + 1), Sector.MENTAL_HEALTH),
					org("ics" + s + "-acute", "Acute trust " + (s + 1), Sector.ACUTE) };
			Post icsTop = null;
			for (int p = 0, places = share(scale.places, systems, s); p < places; p++, placeIndex++) {
				Area place = b.area(ics, "place" + placeIndex, "Place " + (placeIndex + 1), AreaKind.PLACE, 0);
				Organisation[] local = { org("p" + placeIndex + "-asc", "Council adult social care " + (placeIndex + 1),
						Sector.SOCIAL_CARE), org("p" + placeIndex + "-cs", "Council children's services "
								+ (placeIndex + 1), Sector.CHILDRENS_SERVICES),
						org("p" + placeIndex + "-pharm", "Pharmacy alliance " + (placeIndex + 1), Sector.COMMUNITY_PHARMACY),
						org("p" + placeIndex + "-vcfse", "Community hub " + (placeIndex + 1), Sector.VCFSE),
						org("p" + placeIndex + "-vol", "Volunteer network " + (placeIndex + 1), Sector.VOLUNTEERS) };
				Boundary geographic = b.boundary("geo-" + placeIndex, place.getName(), BoundaryKind.GEOGRAPHIC);
				geographic.getMembers().add(place);
				var hosting = b.arrangement("hosting-" + placeIndex, "Hosting in " + place.getName(),
						ArrangementKind.HOSTING, local[0], geographic);
				hosting.getParties().add(trusts[0]);
				Post placeLead = null;
				Organisation pcn = null;
				for (int n = 0, count = share(scale.neighbourhoods, scale.places, placeIndex); n < count; n++, nbIndex++) {
					if (n % 2 == 0) {
						pcn = org("pcn" + nbIndex, "Primary care network " + (nbIndex + 1), Sector.GENERAL_PRACTICE);
					}
					Organisation[] employers = { pcn, trusts[0], trusts[1], trusts[2], local[0], local[1], local[2],
							local[3], local[4] };
					Post manager = placeLead != null ? placeLead : icsTop;
					Post lead = neighbourhood(place, nbIndex, employers, manager, hosting);
					if (icsTop == null) {
						icsTop = lead;
					}
					if (placeLead == null) {
						placeLead = lead;
					}
					geographic.getMembers().add(lead);
				}
				ics.setPopulation(ics.getPopulation() + place.getPopulation());
			}
		}
		return b.model;
	}

	private Organisation org(String code, String name, Sector sector) {
		Organisation organisation = b.organisation(code, name, sector);
		TermsAndConditions terms = b.id(ModelBuilder.F.createTermsAndConditions(), "organisation/" + code + "/terms");
		terms.setName(name + " terms");
		terms.setWeeklyHours(sector == Sector.SOCIAL_CARE ? 36 : 37.5);
		terms.setAnnualLeaveDays(25 + random.nextInt(8));
		organisation.getTerms().add(terms);
		Boundary boundary = b.boundary("org-" + code, name, BoundaryKind.ORGANISATIONAL);
		boundary.getMembers().add(organisation);
		return organisation;
	}

	/** One neighbourhood: its teams, posts and accountabilities. Returns its lead post. */
	private Post neighbourhood(Area place, int index, Organisation[] employers, Post manager, Arrangement hosting) {
		int population = 30_000 + random.nextInt(20_001);
		Area area = b.area(place, "nb" + index, "Neighbourhood " + (index + 1), AreaKind.NEIGHBOURHOOD, population);
		place.setPopulation(place.getPopulation() + population);
		String prefix = "nb" + index + "-";

		int postCount = share(scale.posts, scale.neighbourhoods, index);
		List<Post> posts = new ArrayList<>(postCount);
		int managers = Math.max(1, postCount / 10);
		for (int i = 0; i < postCount; i++) {
			Post lineManager = i == 0 ? manager : i <= managers ? posts.get(0) : posts.get(1 + (i % managers));
			if (i > 0 && managers == 0) {
				lineManager = posts.get(0);
			}
			Role role = roles.get(random.nextInt(roles.size()));
			Organisation employer = employers[random.nextInt(employers.length)];
			boolean vacant = i > managers && random.nextInt(10) == 0;
			Post post = b.post(prefix + "post" + i, role.getName(), role, employer, FTES[random.nextInt(FTES.length)],
					"Band " + (4 + random.nextInt(5)), vacant ? null : "Person " + index + "." + i,
					i == 0 ? manager : lineManager);
			if (!vacant) {
				Capability capability = capabilities.get(random.nextInt(capabilities.size()));
				post.getCapabilities().add(b.level("post/" + post.getCode(), capability, 1 + random.nextInt(4)));
			}
			posts.add(post);
		}

		int teamCount = share(scale.teams, scale.neighbourhoods, index);
		List<Team> teams = new ArrayList<>(teamCount);
		for (int t = 0; t < teamCount; t++) {
			TeamKind kind = t == 0 ? TeamKind.CORE : SUB_TEAM_KINDS[t % SUB_TEAM_KINDS.length];
			Team parent = t == 0 ? null : t % 3 == 0 && t > 1 ? teams.get(t - 1) : teams.get(0);
			Team team = b.team(parent, prefix + "team" + t, area.getName() + (t == 0 ? " core team" : " team " + t),
					kind, null, area, employers[t % employers.length], posts.get(Math.min(t, managers)));
			CapabilityLevel requirement = b.level("team/" + team.getCode(),
					capabilities.get(random.nextInt(capabilities.size())), 2 + random.nextInt(3));
			// every fourth team's rota needs cover (not drawn at random, so the rest of the model stays as it was)
			requirement.setPeople(t % 4 == 1 ? 2 : 1);
			team.getRequiredCapabilities().add(requirement);
			if (t > 0) {
				b.interaction(prefix + "interaction" + t, team.getName() + " works with the core team",
						InteractionKind.values()[t % 3], team, teams.get(0));
			}
			teams.add(team);
		}
		for (int i = 0; i < postCount; i++) {
			Post post = posts.get(i);
			Team first = i <= managers ? teams.get(Math.min(i, teamCount - 1)) : teams.get(random.nextInt(teamCount));
			double share = random.nextInt(2) == 0 ? 1.0 : 0.6;
			b.allocate(post, first, post.getFte() * share);
			Team second = teams.get(random.nextInt(teamCount));
			if (share < 1.0 && second != first) {
				b.allocate(post, second, post.getFte() * 0.4);
			}
			crossBoundaryArrangements(post, posts.get(0), hosting);
		}

		int itemCount = share(scale.accountabilities, scale.neighbourhoods, index);
		int firstItem = 0;
		for (int n = 0; n < index; n++) {
			firstItem += share(scale.accountabilities, scale.neighbourhoods, n);
		}
		for (int i = 0; i < itemCount; i++) {
			int global = firstItem + i;
			AccountabilityItem item = b.item(prefix + "item" + i, area.getName() + " item " + (i + 1),
					AccountabilityKind.values()[i % 4], teams.get(random.nextInt(teamCount)));
			int entries = Math.max(2, share(scale.raciEntries, scale.accountabilities, global));
			b.raci(item, posts.get(random.nextInt(managers + 1)), RaciCode.A);
			b.raci(item, posts.get(random.nextInt(postCount)), RaciCode.R);
			for (int e = 2; e < entries; e++) {
				Party party = e % 4 == 3 ? teams.get(random.nextInt(teamCount)) : posts.get(random.nextInt(postCount));
				b.raci(item, party, OTHER_CODES[random.nextInt(OTHER_CODES.length)]);
			}
		}
		return posts.get(0);
	}

	/**
	 * A post working in a team another organisation hosts gets the place's hosting arrangement, and
	 * a clinical one the neighbourhood lead as professional supervisor: the arrangements a real design
	 * records, so validating a synthetic model finds what a real one would (not every crossing).
	 */
	private static void crossBoundaryArrangements(Post post, Post lead, Arrangement hosting) {
		boolean crosses = post.getAllocations().stream()
				.anyMatch(a -> a.getTeam().getHost() != null && a.getTeam().getHost() != post.getEmployer());
		if (!crosses) {
			return;
		}
		post.setHostArrangement(hosting);
		if (post.getRole() != null && post.getRole().isClinical() && post.getSupervisor() == null && post != lead) {
			post.setSupervisor(lead);
		}
	}
}
