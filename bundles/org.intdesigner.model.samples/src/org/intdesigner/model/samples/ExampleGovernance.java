package org.intdesigner.model.samples;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.intdesigner.model.AccountabilityItem;
import org.intdesigner.model.AccountabilityKind;
import org.intdesigner.model.Allocation;
import org.intdesigner.model.Arrangement;
import org.intdesigner.model.ArrangementKind;
import org.intdesigner.model.Boundary;
import org.intdesigner.model.BoundaryKind;
import org.intdesigner.model.InteractionKind;
import org.intdesigner.model.Organisation;
import org.intdesigner.model.Party;
import org.intdesigner.model.Post;
import org.intdesigner.model.RaciCode;
import org.intdesigner.model.Role;
import org.intdesigner.model.Sector;
import org.intdesigner.model.Team;

/**
 * Boundaries, cross-boundary arrangements, team interactions and the accountability map of the
 * example place. RACI parties are "post:role" (the neighbourhood's first post in that role),
 * "code:post code", "team:SLOT", "org:code" ("org:PCN", "org:VCFSE": the neighbourhood's own) or
 * "role:code".
 */
final class ExampleGovernance {

	/** code, name, kind, team slot, RACI "CODE=party ..." */
	static final String[][] NEIGHBOURHOOD_ITEMS = {
			{ "frailty-case-finding", "Proactive frailty case finding and review", "CARE_FUNCTION", "FRAILTY",
					"A=post:cm R=post:gpwer R=post:dn S=post:cc C=team:SPEC_FRAILTY I=post:gp" },
			{ "complex-coordination", "Care coordination for adults with complex needs", "CARE_FUNCTION", "COMPLEX",
					"A=post:swm R=post:cc R=post:sw S=post:chww C=post:gp I=team:CORE" },
			{ "discharge", "Hospital discharge and reablement at home", "CARE_FUNCTION", "FRAILTY",
					"A=post:ctm R=post:rsw R=post:dn C=org:acute I=post:gp" },
			{ "social-prescribing", "Social prescribing and community connection", "CARE_FUNCTION", "PARTNERS",
					"A=org:VCFSE R=post:splw R=post:chww S=role:vol I=team:CORE" },
			{ "early-help", "Early help for children and families", "CARE_FUNCTION", "CYP",
					"A=post:csw R=post:hv R=post:fsw C=team:SPEC_PAED I=post:gp" },
			{ "mdt-prioritisation", "Which people the MDTs review each week", "DECISION", "CORE",
					"A=post:gpwer R=post:cc C=post:swm C=post:ctm I=team:FRAILTY" },
			{ "mh-caseload", "Taking a person onto the neighbourhood mental health caseload", "DECISION", "MH",
					"A=post:cpn R=post:mhp C=team:SPEC_MH C=post:splw I=post:gp" },
			{ "fewer-admissions", "Fewer avoidable emergency admissions of people living with frailty", "OUTCOME",
					"CORE", "A=post:gpwer R=team:FRAILTY R=team:COMPLEX S=org:cht C=org:acute I=team:LEAD" },
			{ "safeguarding", "Safeguarding adults at risk", "RISK", "COMPLEX",
					"A=post:swm R=post:sw R=post:dn C=post:gpwer I=team:CORE" },
			{ "medicines-safety", "Medicines safety for housebound patients", "RISK", "CORE",
					"A=post:cp R=post:pt R=post:cpharm C=post:gp I=team:FRAILTY" }, };

	static final String[][] PLACE_ITEMS = {
			{ "workforce-plan", "Riverside integrated workforce plan", "DECISION", "OD",
					"A=code:icb-dir R=code:icb-od S=code:icb-phma1 C=org:cht C=org:asc C=org:pcn-dh I=team:LEAD" },
			{ "clinical-governance", "Shared clinical governance and safety across INT partners", "RISK", "LEAD",
					"A=code:icb-dir R=code:cht-exec R=code:pcn-north-cd R=code:asc-exec C=code:vol-ebe1 I=org:mind" },
			{ "segmentation", "Population health segmentation for the neighbourhoods", "DECISION", "PHM",
					"A=code:icb-dir R=code:icb-phma1 S=code:pcn-central-dtl C=code:pcn-dh-cd I=team:LEAD" },
			{ "inequalities", "Narrower gaps in healthy life expectancy between neighbourhoods", "OUTCOME", "LEAD",
					"A=code:icb-dir R=team:LEAD S=team:VOLUNTEERS C=code:vol-ebe2 I=org:icb" },
			{ "specialist-frailty", "Specialist frailty advice to neighbourhood MDTs", "CARE_FUNCTION", "SPEC_FRAILTY",
					"A=code:acute-ger1 R=code:acute-ger2 C=role:cm I=org:pcn-north" },
			{ "end-of-life", "End of life care coordination", "CARE_FUNCTION", "SPEC_EOL",
					"A=code:cht-pall1 R=code:cht-pall2 R=role:dn C=role:gp I=org:vol" },
			{ "vcfse-governance", "Safeguarding and governance support for VCFSE partners", "RISK", "VOLUNTEERS",
					"A=code:vol-vcm R=code:mind-vcm S=code:vc-north-vcm C=code:asc-exec I=org:vc-hillside" }, };

	private final ExamplePlace place;
	private final ExampleWorkforce workforce;
	private final ModelBuilder b;
	private final Map<Organisation, Boundary> organisational = new LinkedHashMap<>();

	ExampleGovernance(ExamplePlace place, ExampleWorkforce workforce) {
		this.place = place;
		this.workforce = workforce;
		this.b = place.b;
	}

	void build() {
		boundaries();
		arrangements();
		interactions();
		accountabilities();
	}

	private void boundaries() {
		for (Organisation organisation : place.organisations.values()) {
			Boundary boundary = b.boundary("org-" + organisation.getCode(), organisation.getName(),
					BoundaryKind.ORGANISATIONAL);
			boundary.getMembers().add(organisation);
			workforce.posts.values().stream().filter(p -> p.getEmployer() == organisation)
					.forEach(boundary.getMembers()::add);
			organisational.put(organisation, boundary);
		}
		sector("nhs", "NHS", Sector.GENERAL_PRACTICE, Sector.COMMUNITY_HEALTH, Sector.MENTAL_HEALTH, Sector.ACUTE,
				Sector.OTHER);
		sector("council", "Local authority", Sector.SOCIAL_CARE, Sector.CHILDRENS_SERVICES);
		sector("community", "Community pharmacy, VCFSE and volunteers", Sector.COMMUNITY_PHARMACY, Sector.VCFSE,
				Sector.VOLUNTEERS);
		Map<String, Boundary> professions = new LinkedHashMap<>();
		for (Role role : place.catalogue.roles.values()) {
			if (role.isClinical() || role.getProfession().equals("Social work")) {
				professions.computeIfAbsent(role.getProfession(), p -> b.boundary("profession-"
						+ p.toLowerCase().replace(' ', '-'), p, BoundaryKind.PROFESSIONAL)).getMembers().add(role);
			}
		}
		for (Map.Entry<String, Map<String, Team>> entry : workforce.teams.entrySet()) {
			if (!entry.getKey().equals("place")) {
				Boundary boundary = b.boundary("geo-" + entry.getKey(), place.neighbourhoods.get(entry.getKey())
						.getName(), BoundaryKind.GEOGRAPHIC);
				boundary.getMembers().add(place.neighbourhoods.get(entry.getKey()));
				boundary.getMembers().addAll(entry.getValue().values());
			}
		}
	}

	private void sector(String code, String name, Sector... sectors) {
		Boundary boundary = b.boundary("sector-" + code, name, BoundaryKind.SECTOR);
		place.organisations.values().stream().filter(o -> List.of(sectors).contains(o.getSector()))
				.forEach(boundary.getMembers()::add);
	}

	private void arrangements() {
		Map<String, Arrangement> hosting = new LinkedHashMap<>();
		Map<Organisation, Arrangement> supervision = new LinkedHashMap<>();
		for (Post post : workforce.posts.values()) {
			Organisation employer = post.getEmployer();
			for (Allocation allocation : post.getAllocations()) {
				Organisation host = allocation.getTeam().getHost();
				if (host == employer) {
					continue;
				}
				Arrangement arrangement = hosting.computeIfAbsent(employer.getCode() + "-in-" + host.getCode(), code -> {
					Arrangement a = b.arrangement("hosting-" + code, employer.getName() + " staff working in "
							+ host.getName() + " teams", ArrangementKind.HOSTING, host, organisational.get(employer));
					a.getParties().add(employer);
					return a;
				});
				if (!arrangement.getCovers().contains(post)) {
					arrangement.getCovers().add(post);
				}
				if (post.getHostArrangement() == null) {
					post.setHostArrangement(arrangement);
				}
			}
			if (post.getSupervisor() != null) {
				supervision.computeIfAbsent(employer, e -> b.arrangement("supervision-" + e.getCode(),
						"Professional supervision of " + e.getName() + " clinicians in partner teams",
						ArrangementKind.PROFESSIONAL_SUPERVISION, e, organisational.get(e)));
				Arrangement arrangement = supervision.get(employer);
				arrangement.getCovers().add(post);
				for (Allocation allocation : post.getAllocations()) {
					if (!arrangement.getParties().contains(allocation.getTeam().getHost())) {
						arrangement.getParties().add(allocation.getTeam().getHost());
					}
				}
			}
		}
		Organisation mht = place.organisation("mht");
		Arrangement lineManagement = b.arrangement("line-management-mhp", "ARRS mental health practitioners:"
				+ " line management stays with the mental health trust", ArrangementKind.LINE_MANAGEMENT, mht,
				organisational.get(mht));
		place.organisations.values().stream().filter(o -> o.getSector() == Sector.GENERAL_PRACTICE)
				.forEach(lineManagement.getParties()::add);
		workforce.posts.values().stream().filter(p -> p.getRole().getCode().equals("mhp"))
				.forEach(lineManagement.getCovers()::add);
		Organisation icb = place.organisation("icb");
		Arrangement sharing = b.arrangement("information-sharing", "Riverside INT information sharing agreement",
				ArrangementKind.INFORMATION_SHARING, icb, null);
		Arrangement governance = b.arrangement("partnership-board", "Riverside INT partnership board",
				ArrangementKind.SHARED_GOVERNANCE, icb, null);
		for (Organisation organisation : place.organisations.values()) {
			if (organisation != icb) {
				sharing.getParties().add(organisation);
				governance.getParties().add(organisation);
			}
		}
		governance.getCovers().add(workforce.team("place", "LEAD"));
		workforce.teams.forEach((home, slots) -> {
			if (!home.equals("place")) {
				governance.getCovers().add(slots.get("CORE"));
			}
		});
	}

	private void interactions() {
		Map<String, Team> placeTeams = workforce.teams.get("place");
		for (String nb : place.neighbourhoods.keySet()) {
			Map<String, Team> t = workforce.teams.get(nb);
			for (String mdt : List.of("FRAILTY", "CYP", "COMPLEX", "MH")) {
				interaction(nb, InteractionKind.COLLABORATION, t.get("CORE"), t.get(mdt));
			}
			interaction(nb, InteractionKind.COLLABORATION, t.get("PARTNERS"), t.get("CORE"));
			interaction(nb, InteractionKind.SERVICE, placeTeams.get("SPEC_FRAILTY"), t.get("FRAILTY"));
			interaction(nb, InteractionKind.SERVICE, placeTeams.get("SPEC_EOL"), t.get("FRAILTY"));
			interaction(nb, InteractionKind.SERVICE, placeTeams.get("SPEC_PAED"), t.get("CYP"));
			interaction(nb, InteractionKind.SERVICE, placeTeams.get("SPEC_MH"), t.get("MH"));
			interaction(nb, InteractionKind.SERVICE, placeTeams.get("PHARMACY"), t.get("CORE"));
			interaction(nb, InteractionKind.COLLABORATION, placeTeams.get("VOLUNTEERS"), t.get("PARTNERS"));
			interaction(nb, InteractionKind.FACILITATION, placeTeams.get("LEAD"), t.get("CORE"));
			interaction(nb, InteractionKind.FACILITATION, placeTeams.get("OD"), t.get("CORE"));
			interaction(nb, InteractionKind.FACILITATION, placeTeams.get("PHM"), t.get("CORE"));
		}
	}

	private void interaction(String nb, InteractionKind kind, Team source, Team target) {
		String verb = switch (kind) {
		case COLLABORATION -> " collaborates with ";
		case SERVICE -> " serves ";
		case FACILITATION -> " facilitates ";
		};
		b.interaction(source.getCode() + "-" + kind.getLiteral() + "-" + target.getCode(), source.getName() + verb
				+ target.getName(), kind, source, target);
	}

	private void accountabilities() {
		for (String nb : place.neighbourhoods.keySet()) {
			for (String[] row : NEIGHBOURHOOD_ITEMS) {
				item(nb, nb + "-" + row[0], place.neighbourhoods.get(nb).getName() + ": " + row[1], row);
			}
		}
		for (String[] row : PLACE_ITEMS) {
			item("place", "riverside-" + row[0], "Riverside: " + row[1], row);
		}
	}

	private void item(String home, String code, String name, String[] row) {
		AccountabilityItem item = b.item(code, name, AccountabilityKind.valueOf(row[2]), workforce.team(home, row[3]));
		for (String assignment : row[4].split(" ")) {
			String[] parts = assignment.split("=");
			b.raci(item, party(home, parts[1]), RaciCode.valueOf(parts[0]));
		}
	}

	private Party party(String home, String reference) {
		String kind = reference.substring(0, reference.indexOf(':'));
		String key = reference.substring(reference.indexOf(':') + 1);
		Party party = switch (kind) {
		case "post" -> workforce.neighbourhoodPosts.get(home).get(key).get(0);
		case "code" -> workforce.posts.get(key);
		case "team" -> workforce.team(home, key);
		case "role" -> place.catalogue.role(key);
		case "org" -> organisation(home, key);
		default -> null;
		};
		if (party == null) {
			throw new IllegalArgumentException("no RACI party " + reference + " in " + home);
		}
		return party;
	}

	private Organisation organisation(String home, String key) {
		for (String[] nb : ExamplePlace.NEIGHBOURHOODS) {
			if (nb[0].equals(home) && (key.equals("PCN") || key.equals("VCFSE"))) {
				return place.organisation(key.equals("PCN") ? nb[5] : nb[6]);
			}
		}
		return place.organisation(key);
	}
}
