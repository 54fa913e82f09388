package org.intdesigner.model.samples;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.intdesigner.model.Area;
import org.intdesigner.model.CapabilityLevel;
import org.intdesigner.model.CohortKind;
import org.intdesigner.model.Organisation;
import org.intdesigner.model.Post;
import org.intdesigner.model.Role;
import org.intdesigner.model.Team;
import org.intdesigner.model.TeamKind;

/**
 * The posts and teams of the example place, from tables: per neighbourhood the same staffing
 * pattern (employers "PCN" and "VCFSE" mean the neighbourhood's own), place-level posts, the
 * neighbourhood team of teams and the place-level teams, and how each post's FTE is allocated.
 * Allocations are "SLOT:fraction of contracted FTE"; "SLOT@neighbourhood" names another
 * neighbourhood's team.
 */
final class ExampleWorkforce {

	/**
	 * role, employer, count, FTE, band, line manager ("top", a role in the neighbourhood, or "org:role"), allocations.
	 * Practice nurses run the childhood asthma clinics of the children and families MDT, nursing associates the
	 * physical health checks of people with severe mental illness, and health coaches work with families on
	 * healthy weight: each MDT has the capabilities the needs of its cohorts call for.
	 */
	static final String[][] NEIGHBOURHOOD_POSTS = {
			{ "gpwer", "PCN", "1", "1.0", "Salaried GP", "top", "CORE:0.5 FRAILTY:0.3" },
			{ "gp", "PCN", "2", "0.75", "Salaried GP", "gpwer", "CORE:0.8 COMPLEX:0.2" },
			{ "pn", "PCN", "2", "0.8", "AfC 6", "gpwer", "CORE:0.8 CYP:0.2" },
			{ "cp", "PCN", "1", "1.0", "AfC 8a", "gpwer", "CORE:0.6 FRAILTY:0.2" },
			{ "pt", "PCN", "1", "1.0", "AfC 5", "gpwer", "CORE:1.0" },
			{ "fcp", "PCN", "1", "1.0", "AfC 7", "gpwer", "CORE:1.0" },
			{ "para", "PCN", "1", "1.0", "AfC 7", "gpwer", "CORE:0.5 FRAILTY:0.5" },
			{ "na", "PCN", "1", "1.0", "AfC 4", "gpwer", "CORE:0.8 MH:0.2" },
			{ "cc", "PCN", "1", "1.0", "AfC 4", "org:pcnm", "CORE:0.3 COMPLEX:0.3 FRAILTY:0.3 PARTNERS:0.1" },
			{ "splw", "PCN", "1", "1.0", "AfC 5", "org:pcnm", "PARTNERS:0.4 CORE:0.2 MH:0.2 COMPLEX:0.2" },
			{ "hwbc", "PCN", "1", "0.8", "AfC 5", "org:pcnm", "CORE:0.4 MH:0.3 CYP:0.3" },
			{ "ctm", "cht", "1", "1.0", "AfC 8a", "top", "CORE:0.5 FRAILTY:0.2" },
			{ "dn", "cht", "2", "1.0", "AfC 6", "ctm", "FRAILTY:0.6 CORE:0.4" },
			{ "cm", "cht", "1", "1.0", "AfC 8a", "ctm", "FRAILTY:0.8 COMPLEX:0.2" },
			{ "cphys", "cht", "1", "0.8", "AfC 6", "ctm", "FRAILTY:1.0" },
			{ "hv", "cht", "1", "1.0", "AfC 6", "ctm", "CYP:1.0" },
			{ "swm", "asc", "1", "1.0", "NJC PO6", "top", "COMPLEX:0.6 CORE:0.2" },
			{ "sw", "asc", "2", "1.0", "NJC PO3", "swm", "COMPLEX:0.7 FRAILTY:0.3" },
			{ "rsw", "asc", "1", "1.0", "NJC SO1", "swm", "FRAILTY:1.0" },
			{ "csw", "cs", "1", "1.0", "NJC PO4", "top", "CYP:1.0" },
			{ "fsw", "cs", "1", "1.0", "NJC SO2", "top", "CYP:1.0" },
			{ "cpn", "mht", "1", "1.0", "AfC 6", "top", "MH:1.0" },
			{ "mhp", "mht", "1", "1.0", "AfC 6", "top", "MH:0.5 CORE:0.5" },
			{ "chww", "VCFSE", "2", "1.0", "Charity grade 3", "top", "PARTNERS:0.6 CORE:0.2 CYP:0.2" },
			{ "vol", "vol", "1", "0.2", "Volunteer", "top", "PARTNERS:1.0" },
			{ "cpharm", "pharm", "1", "0.5", "Pharmacist (employer scale)", "top", "CORE:0.6 PHARMACY:0.4" }, };

	/** code, role, employer, FTE, band, line manager ("-" for an employer's top post), allocations */
	static final String[][] PLACE_POSTS = {
			{ "icb-dir", "dir", "icb", "1.0", "VSM", "-", "LEAD:0.8" },
			{ "icb-od", "od", "icb", "1.0", "AfC 8b", "icb-dir", "OD:1.0" },
			{ "icb-phma1", "phma", "icb", "1.0", "AfC 7", "icb-dir", "PHM:1.0" },
			{ "icb-phma2", "phma", "icb", "0.8", "AfC 6", "icb-dir", "PHM:1.0" },
			{ "pcn-north-cd", "cd", "pcn-north", "0.4", "GP partner", "-", "LEAD:0.25" },
			{ "pcn-central-cd", "cd", "pcn-central", "0.4", "GP partner", "-", "LEAD:0.25" },
			{ "pcn-dh-cd", "cd", "pcn-dh", "0.5", "GP partner", "-", "LEAD:0.25" },
			{ "pcn-north-pcnm", "pcnm", "pcn-north", "1.0", "AfC 7", "pcn-north-cd", "" },
			{ "pcn-central-pcnm", "pcnm", "pcn-central", "1.0", "AfC 7", "pcn-central-cd", "" },
			{ "pcn-dh-pcnm", "pcnm", "pcn-dh", "1.0", "AfC 8a", "pcn-dh-cd", "" },
			{ "pcn-north-dtl", "dtl", "pcn-north", "1.0", "AfC 7", "pcn-north-cd", "PHM:0.4" },
			{ "pcn-central-dtl", "dtl", "pcn-central", "1.0", "AfC 7", "pcn-central-cd", "PHM:0.4" },
			{ "pcn-dh-dtl", "dtl", "pcn-dh", "1.0", "AfC 7", "pcn-dh-cd", "PHM:0.4" },
			{ "pcn-dh-diet", "diet", "pcn-dh", "1.0", "AfC 6", "pcn-dh-cd", "CORE@docklands:0.5 CORE@hillside:0.5" },
			{ "pcn-dh-pod", "pod", "pcn-dh", "0.8", "AfC 6", "pcn-dh-cd", "CORE@docklands:0.5 CORE@hillside:0.5" },
			{ "pcn-central-ot", "ot", "pcn-central", "1.0", "AfC 6", "pcn-central-cd",
					"FRAILTY@central:0.5 FRAILTY@north:0.5" },
			{ "cht-exec", "exec", "cht", "1.0", "AfC 9", "-", "LEAD:0.2" },
			{ "cht-pall1", "pall", "cht", "1.0", "AfC 7", "cht-exec", "SPEC_EOL:1.0" },
			{ "cht-pall2", "pall", "cht", "0.8", "AfC 7", "cht-exec", "SPEC_EOL:1.0" },
			{ "mht-exec", "exec", "mht", "1.0", "AfC 9", "-", "LEAD:0.2" },
			{ "mht-psych", "psych", "mht", "1.0", "Consultant", "mht-exec", "SPEC_MH:0.8" },
			{ "acute-exec", "exec", "acute", "1.0", "VSM", "-", "LEAD:0.1" },
			{ "acute-ger1", "ger", "acute", "1.0", "Consultant", "acute-exec", "SPEC_FRAILTY:0.8" },
			{ "acute-ger2", "ger", "acute", "0.6", "Consultant", "acute-exec", "SPEC_FRAILTY:1.0" },
			{ "acute-paed", "paed", "acute", "1.0", "Consultant", "acute-exec", "SPEC_PAED:0.6" },
			{ "asc-exec", "exec", "asc", "1.0", "Council grade 15", "-", "LEAD:0.2" },
			{ "cs-exec", "exec", "cs", "1.0", "Council grade 15", "-", "LEAD:0.1" },
			{ "pharm-lead", "cpharm", "pharm", "1.0", "Pharmacist (employer scale)", "-", "PHARMACY:0.5 LEAD:0.1" },
			{ "vc-north-vcm", "vcm", "vc-north", "1.0", "Charity grade 6", "-", "PARTNERS@north:0.6" },
			{ "vc-central-vcm", "vcm", "vc-central", "1.0", "Charity grade 6", "-", "PARTNERS@central:0.6" },
			{ "vc-docklands-vcm", "vcm", "vc-docklands", "0.8", "Charity grade 6", "-", "PARTNERS@docklands:0.6" },
			{ "vc-hillside-vcm", "vcm", "vc-hillside", "1.0", "Charity grade 5", "-", "PARTNERS@hillside:0.6" },
			{ "mind-vcm", "vcm", "mind", "1.0", "Charity grade 6", "-", "SPEC_MH:0.3 LEAD:0.1" },
			{ "mind-chww", "chww", "mind", "1.0", "Charity grade 3", "mind-vcm", "SPEC_MH:1.0" },
			{ "vol-vcm", "vcm", "vol", "0.6", "Sessional coordinator", "-", "VOLUNTEERS:0.6" },
			{ "vol-ebe1", "ebe", "vol", "0.1", "Volunteer", "vol-vcm", "LEAD:0.05 VOLUNTEERS:0.05" },
			{ "vol-ebe2", "ebe", "vol", "0.1", "Volunteer", "vol-vcm", "VOLUNTEERS:0.1" },
			{ "vol-ebe3", "ebe", "vol", "0.1", "Volunteer", "vol-vcm", "VOLUNTEERS:0.1" }, };

	/** slot, name, kind, host, lead (a role in the neighbourhood or "vcfse"), cohorts, capabilities, purpose */
	static final String[][] NEIGHBOURHOOD_TEAMS = {
			{ "CORE", "INT core team", "CORE", "PCN", "gpwer", "", "coordination:3 boundary:3 ltc:3:2",
					"The neighbourhood's team of teams: proactive, joined-up care for the whole population" },
			{ "FRAILTY", "frailty MDT", "MDT", "cht", "cm", "FRAILTY END_OF_LIFE", "frailty:4:2 rehab:3 eol:3:2",
					"Proactive care for people living with frailty and in their last year of life" },
			{ "CYP", "children and families MDT", "MDT", "cs", "csw", "CHILDREN_AND_FAMILIES",
					"safechildren:4:2 psychosocial:3", "Early help around the family hub" },
			{ "COMPLEX", "complex needs MDT", "MDT", "asc", "swm", "COMPLEX_NEEDS",
					"careplanning:4 psychosocial:3 safeadults:3:2", "One care plan for adults with complex needs" },
			{ "MH", "mental health MDT", "MDT", "mht", "cpn", "MENTAL_HEALTH", "mh:4 psychosocial:3",
					"Community mental health support close to home" },
			{ "PARTNERS", "community partners", "WIDER_PARTNER", "VCFSE", "vcfse", "COMPLEX_NEEDS",
					"community:3 socialrx:3 lived:2", "Voluntary and community partners working with the INT" }, };

	/** slot, parent slot, name, kind, host, lead post, capabilities, purpose */
	static final String[][] PLACE_TEAMS = {
			{ "LEAD", "-", "Riverside INT leadership team", "ENABLING", "icb", "icb-dir", "leadership:4 boundary:4",
					"Joint leadership and accountability for Riverside's INTs" },
			{ "OD", "LEAD", "Riverside workforce and OD hub", "ENABLING", "icb", "icb-od", "qi:3 leadership:3",
					"Integrated workforce planning, joint induction and training" },
			{ "PHM", "LEAD", "Riverside population health and digital team", "ENABLING", "icb", "icb-phma1",
					"phm:4 digital:3", "Population health data and insight for every neighbourhood" },
			{ "SPEC_FRAILTY", "-", "Riverside frailty specialist team", "SPECIALIST", "acute", "acute-ger1",
					"frailty:4 prescribing:3", "Specialist advice and comprehensive geriatric assessment" },
			{ "SPEC_PAED", "-", "Riverside community paediatrics", "SPECIALIST", "acute", "acute-paed",
					"safechildren:3 ltc:3", "Specialist paediatric input to children and families MDTs" },
			{ "SPEC_MH", "-", "Riverside community mental health team", "SPECIALIST", "mht", "mht-psych",
					"mh:4 prescribing:3", "Specialist mental health care and advice" },
			{ "SPEC_EOL", "-", "Riverside specialist palliative care team", "SPECIALIST", "cht", "cht-pall1",
					"eol:4:2", "Specialist palliative care in the community" },
			{ "PHARMACY", "-", "Riverside community pharmacy network", "WIDER_PARTNER", "pharm", "pharm-lead",
					"meds:4", "Community pharmacies as part of the INTs" },
			{ "VOLUNTEERS", "-", "Riverside volunteers and experts by experience", "WIDER_PARTNER", "vol", "vol-vcm",
					"lived:4 community:3", "Volunteering and lived experience in design and delivery" }, };

	static final String[] FIRST_NAMES = { "Amara", "Ben", "Chloe", "Dev", "Ewa", "Femi", "Grace", "Hassan", "Isla",
			"Jamal", "Kiran", "Lena", "Marcus", "Nadia", "Oliver", "Priya", "Quinn", "Rosa", "Samir", "Tara", "Umar",
			"Vera", "Wes", "Yasmin", "Zoltan" };
	static final String[] SURNAMES = { "Adeyemi", "Brennan", "Chowdhury", "Dimitrov", "Evans", "Fernandes", "Gill",
			"Hughes", "Ibrahim", "Jones", "Kowalski", "Lopez", "Mensah", "Nowak", "O'Brien", "Patel", "Quayle", "Rahman",
			"Santos", "Thompson", "Uddin", "Varga", "Williams", "Yilmaz", "Zhang", "Ahmed", "Begum", "Clarke",
			"Davies" };

	private final ExamplePlace place;
	private final ModelBuilder b;
	final Map<String, Post> posts = new LinkedHashMap<>();
	/** neighbourhood code > role code > posts */
	final Map<String, Map<String, List<Post>>> neighbourhoodPosts = new LinkedHashMap<>();
	/** neighbourhood code (or "place") > slot > team */
	final Map<String, Map<String, Team>> teams = new LinkedHashMap<>();
	final Map<Organisation, Post> tops = new LinkedHashMap<>();
	private final Map<Post, String> allocationSpecs = new LinkedHashMap<>();
	private final Map<Post, String> allocationHome = new LinkedHashMap<>();

	ExampleWorkforce(ExamplePlace place) {
		this.place = place;
		this.b = place.b;
	}

	void build() {
		for (String[] row : PLACE_POSTS) {
			Post manager = row[5].equals("-") ? null : posts.get(row[5]);
			Post post = post(row[0], row[1], place.organisation(row[2]), Double.parseDouble(row[3]), row[4], manager);
			// named so that a validation message or a diagram tells the post apart from the same role elsewhere
			String number = row[0].matches(".*\\d") ? " " + row[0].charAt(row[0].length() - 1) : "";
			post.setName(post.getName() + number + ", " + post.getEmployer().getName());
			if (manager == null) {
				tops.put(post.getEmployer(), post);
			}
			allocationSpecs.put(post, row[6]);
			allocationHome.put(post, "place");
		}
		for (String[] nb : ExamplePlace.NEIGHBOURHOODS) {
			neighbourhoodPosts(nb);
		}
		teams();
		for (Map.Entry<Post, String> entry : allocationSpecs.entrySet()) {
			allocate(entry.getKey(), entry.getValue(), allocationHome.get(entry.getKey()));
		}
		supervisors();
		holders();
	}

	private void neighbourhoodPosts(String[] nb) {
		Map<String, List<Post>> byRole = new LinkedHashMap<>();
		neighbourhoodPosts.put(nb[0], byRole);
		for (String[] row : NEIGHBOURHOOD_POSTS) {
			Organisation employer = place.organisation(switch (row[1]) {
			case "PCN" -> nb[5];
			case "VCFSE" -> nb[6];
			default -> row[1];
			});
			Post manager;
			if (row[5].equals("top")) {
				manager = tops.get(employer);
			} else if (row[5].startsWith("org:")) {
				manager = posts.get(employer.getCode() + "-" + row[5].substring(4));
			} else {
				manager = byRole.get(row[5]).get(0);
			}
			int count = Integer.parseInt(row[2]);
			for (int i = 1; i <= count; i++) {
				String code = nb[0] + "-" + row[0] + (count > 1 ? String.valueOf(i) : "");
				Post post = post(code, row[0], employer, Double.parseDouble(row[3]), row[4], manager);
				post.setName(post.getName() + (count > 1 ? " " + i : "") + ", " + place.neighbourhoods.get(nb[0]).getName());
				byRole.computeIfAbsent(row[0], k -> new ArrayList<>()).add(post);
				allocationSpecs.put(post, row[6]);
				allocationHome.put(post, nb[0]);
			}
		}
	}

	private Post post(String code, String roleCode, Organisation employer, double fte, String band, Post manager) {
		Role role = place.catalogue.role(roleCode);
		if (manager == null && tops.containsKey(employer)) {
			throw new IllegalStateException(code + " has no line manager");
		}
		Post post = b.post(code, role.getName(), role, employer, fte, band, "pending", manager);
		// doctors are on the consultant contract where their employer has one, not on its Agenda for Change terms
		employer.getTerms().stream().filter(t -> band.equals("Consultant") && ExamplePayTable.CONSULTANT.equals(t.getPayScale()))
				.findFirst().ifPresent(post::setTerms);
		posts.put(code, post);
		return post;
	}

	private void teams() {
		Map<String, Team> placeTeams = new LinkedHashMap<>();
		teams.put("place", placeTeams);
		for (String[] row : PLACE_TEAMS) {
			Team parent = row[1].equals("-") ? null : placeTeams.get(row[1]);
			Team team = b.team(parent, "riverside-" + row[0].toLowerCase().replace('_', '-'), row[2],
					TeamKind.valueOf(row[3]), row[7], place.place, place.organisation(row[4]), posts.get(row[5]));
			requires(team, row[6]);
			placeTeams.put(row[0], team);
		}
		for (String[] nb : ExamplePlace.NEIGHBOURHOODS) {
			Area area = place.neighbourhoods.get(nb[0]);
			Map<String, Team> byslot = new LinkedHashMap<>();
			teams.put(nb[0], byslot);
			for (String[] row : NEIGHBOURHOOD_TEAMS) {
				Organisation host = place.organisation(switch (row[3]) {
				case "PCN" -> nb[5];
				case "VCFSE" -> nb[6];
				default -> row[3];
				});
				Post lead = row[4].equals("vcfse") ? tops.get(host) : neighbourhoodPosts.get(nb[0]).get(row[4]).get(0);
				TeamKind kind = TeamKind.valueOf(row[2]);
				Team parent = kind == TeamKind.MDT ? byslot.get("CORE") : null;
				Team team = b.team(parent, nb[0] + "-" + row[0].toLowerCase(), area.getName() + " " + row[1], kind,
						row[7], area, host, lead);
				for (String cohort : row[5].isEmpty() ? new String[0] : row[5].split(" ")) {
					team.getServedCohorts().add(place.cohorts.get(nb[0]).get(CohortKind.valueOf(cohort)));
				}
				if (kind == TeamKind.CORE) {
					team.getServedCohorts().addAll(place.cohorts.get(nb[0]).values());
				}
				requires(team, row[6]);
				byslot.put(row[0], team);
			}
		}
	}

	/** "code:level" or "code:level:people": a requirement for two people where a rota needs cover. */
	private void requires(Team team, String capabilities) {
		for (String capability : capabilities.split(" ")) {
			String[] parts = capability.split(":");
			CapabilityLevel requirement = b.level("team/" + team.getCode(), place.catalogue.capability(parts[0]),
					Integer.parseInt(parts[1]));
			if (parts.length > 2) {
				requirement.setPeople(Integer.parseInt(parts[2]));
			}
			team.getRequiredCapabilities().add(requirement);
		}
	}

	Team team(String home, String slot) {
		int at = slot.indexOf('@');
		if (at > 0) {
			return team(slot.substring(at + 1), slot.substring(0, at));
		}
		Team team = teams.get(home).get(slot);
		return team != null ? team : teams.get("place").get(slot);
	}

	private void allocate(Post post, String spec, String home) {
		for (String part : spec.isBlank() ? new String[0] : spec.split(" ")) {
			String[] slotAndShare = part.split(":");
			b.allocate(post, team(home, slotAndShare[0]), post.getFte() * Double.parseDouble(slotAndShare[1]));
		}
	}

	/** Clinical posts working in a team hosted by another organisation get a professional supervisor. */
	private void supervisors() {
		for (Post post : posts.values()) {
			if (!post.getRole().isClinical() || !worksOutsideEmployer(post)) {
				continue;
			}
			Post supervisor = post.getLineManager();
			while (supervisor != null && !supervisor.getRole().isClinical()) {
				supervisor = supervisor.getLineManager();
			}
			if (supervisor == null) {
				supervisor = posts.values().stream().filter(p -> p != post && p.getEmployer() == post.getEmployer()
						&& p.getRole().isClinical()).findFirst().orElseThrow();
			}
			post.setSupervisor(supervisor);
		}
	}

	static boolean worksOutsideEmployer(Post post) {
		return post.getAllocations().stream().anyMatch(a -> a.getTeam().getHost() != post.getEmployer());
	}

	/** Fictional holders; about one post in ten (never a manager, lead or supervisor) is vacant. */
	private void holders() {
		Set<Post> needed = new HashSet<>(tops.values());
		for (Post post : posts.values()) {
			needed.add(post.getLineManager());
			needed.add(post.getSupervisor());
		}
		b.model.getTeams().forEach(t -> needed.add(t.getLead()));
		teams.values().forEach(m -> m.values().forEach(t -> needed.add(t.getLead())));
		int index = 0;
		int candidate = 0;
		for (Post post : posts.values()) {
			index++;
			if (!needed.contains(post) && candidate++ % 6 == 5) {
				post.setHolder(null);
				continue;
			}
			post.setHolder(FIRST_NAMES[(index * 7) % FIRST_NAMES.length] + " "
					+ SURNAMES[(index * 11 + index / SURNAMES.length) % SURNAMES.length]);
			for (CapabilityLevel level : post.getRole().getCapabilities()) {
				post.getCapabilities().add(b.level("post/" + post.getCode(), level.getCapability(), level.getLevel().getValue()));
			}
		}
	}
}
