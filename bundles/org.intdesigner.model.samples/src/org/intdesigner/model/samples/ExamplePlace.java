package org.intdesigner.model.samples;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.intdesigner.model.Area;
import org.intdesigner.model.AreaKind;
import org.intdesigner.model.CohortKind;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Need;
import org.intdesigner.model.Organisation;
import org.intdesigner.model.PopulationCohort;
import org.intdesigner.model.Post;
import org.intdesigner.model.Sector;
import org.intdesigner.model.TermsAndConditions;

/**
 * A realistic, fictional example: the London-style borough of Riverside in the North Thames ICS,
 * with four neighbourhoods, their population cohorts and needs, sixteen partner organisations, a
 * capability catalogue, about forty roles, about 160 posts, the neighbourhood teams of teams and
 * place-level teams, accountabilities with RACI, boundaries and cross-boundary arrangements, and a
 * few mistakes left in on purpose for validation to find ({@link ExampleFindings}), a workforce plan for four
 * core roles ({@link ExamplePlan}) and a pay table that costs every post ({@link ExamplePayTable}).
 * Every call builds the same model with the same ids.
 */
public final class ExamplePlace {

	public static final String NAME = "Riverside INT design (example)";

	/** code, name, population, older-people factor, children factor, PCN code, VCFSE code */
	static final String[][] NEIGHBOURHOODS = {
			{ "north", "Riverside North", "42300", "1.2", "0.9", "pcn-north", "vc-north" },
			{ "central", "Riverside Central", "38900", "1.0", "1.0", "pcn-central", "vc-central" },
			{ "docklands", "Docklands", "47600", "0.7", "1.3", "pcn-dh", "vc-docklands" },
			{ "hillside", "Hillside", "33800", "1.4", "0.8", "pcn-dh", "vc-hillside" }, };

	/** code, name, sector, terms name, pay scale, weekly hours, annual leave days */
	static final String[][] ORGANISATIONS = {
			{ "icb", "North Thames Integrated Care Board", "OTHER", "ICB Agenda for Change terms",
					"Agenda for Change (inner London HCAS)", "37.5", "27" },
			{ "pcn-north", "Riverside North PCN", "GENERAL_PRACTICE", "Riverside North practice terms",
					"PCN own scale", "37.5", "25" },
			{ "pcn-central", "Riverside Central PCN", "GENERAL_PRACTICE", "Riverside Central PCN terms",
					"Agenda for Change (mirrored)", "37.5", "27" },
			{ "pcn-dh", "Docklands and Hillside PCN", "GENERAL_PRACTICE", "Docklands and Hillside practice terms",
					"PCN own scale", "40", "25" },
			{ "cht", "Riverside Community Health NHS Trust", "COMMUNITY_HEALTH", "Community trust Agenda for Change",
					"Agenda for Change (inner London HCAS)", "37.5", "27" },
			{ "mht", "North Thames Mental Health NHS Foundation Trust", "MENTAL_HEALTH",
					"Mental health trust Agenda for Change", "Agenda for Change (inner London HCAS)", "37.5", "29" },
			{ "acute", "Riverside Hospitals NHS Trust", "ACUTE", "Consultant contract (2003)",
					"Consultant pay scale", "40", "32" },
			{ "asc", "Riverside Council Adult Social Care", "SOCIAL_CARE", "Council NJC terms (Green Book)",
					"NJC pay spine (London weighting)", "36", "26" },
			{ "cs", "Riverside Council Children's Services", "CHILDRENS_SERVICES",
					"Council NJC terms with social work market supplement", "NJC pay spine + supplement", "36", "28" },
			{ "pharm", "Riverside Community Pharmacy Alliance", "COMMUNITY_PHARMACY", "Pharmacy contractor terms",
					"Employer own scale", "39", "25" },
			{ "vc-north", "Riverside Age Well", "VCFSE", "Age Well staff handbook", "Charity own scale", "35", "25" },
			{ "vc-central", "Central Riverside Community Hub", "VCFSE", "Community Hub terms", "Charity own scale",
					"35", "25" },
			{ "vc-docklands", "Docklands Community Hub", "VCFSE", "Docklands Hub terms", "Charity own scale", "37",
					"24" },
			{ "vc-hillside", "Hillside Carers Centre", "VCFSE", "Carers Centre terms", "Charity own scale", "35", "26" },
			{ "mind", "Riverside Mind", "VCFSE", "Riverside Mind terms", "Charity own scale (NJC-linked)", "35", "27" },
			{ "vol", "Riverside Volunteers and Experts by Experience Network", "VOLUNTEERS",
					"Volunteer agreement (expenses only)", "Unpaid (expenses)", "4", "0" }, };

	/** cohort kind, name, share of population, factor ("older", "young" or "-"), needs "priority|name|caps" */
	static final String[][] COHORTS = {
			{ "FRAILTY", "People living with frailty", "0.035", "older",
					"1|Falls prevention|frailty rehab", "2|Support to live independently at home|careplanning coordination" },
			{ "CHILDREN_AND_FAMILIES", "Children and families", "0.22", "young",
					"1|Early help for families under pressure|safechildren psychosocial",
					"3|Childhood asthma and healthy weight|ltc coaching" },
			{ "COMPLEX_NEEDS", "Adults with complex needs", "0.02", "-",
					"1|One joined-up care plan across services|coordination careplanning boundary",
					"2|Housing, money and loneliness support|socialrx community" },
			{ "END_OF_LIFE", "People in their last year of life", "0.006", "older",
					"1|Dying in the preferred place|eol coordination" },
			{ "MENTAL_HEALTH", "Adults with mental health needs", "0.06", "-",
					"1|Early support for anxiety and depression|mh psychosocial",
					"2|Physical health checks for severe mental illness|ltc mh" },
			{ "LONG_TERM_CONDITIONS", "People with long-term conditions", "0.18", "older",
					"2|Diabetes and hypertension control|ltc meds coaching", "3|Structured medicines review|meds" }, };

	final ModelBuilder b = new ModelBuilder("intd-example/riverside", NAME);
	final ExampleCatalogue catalogue = new ExampleCatalogue(b);
	final Map<String, Organisation> organisations = new LinkedHashMap<>();
	final Map<String, Area> neighbourhoods = new LinkedHashMap<>();
	final Map<String, Map<CohortKind, PopulationCohort>> cohorts = new LinkedHashMap<>();
	Area ics;
	Area place;

	private ExamplePlace() {
	}

	/** Builds the Riverside example; the same model, ids included, on every call. */
	public static IntdModel create() {
		ExamplePlace riverside = new ExamplePlace();
		riverside.b.model.setDescription("A fictional London-style borough for trying INT Designer: four"
				+ " neighbourhoods of 34-48k people, their core teams, MDTs around cohorts, place-level specialist,"
				+ " wider-partner and enabling teams, employed by NHS, council, pharmacy and VCFSE partners.");
		riverside.geography();
		riverside.organisations();
		ExampleWorkforce workforce = new ExampleWorkforce(riverside);
		workforce.build();
		new ExampleGovernance(riverside, workforce).build();
		new ExampleFindings(riverside, workforce).build();
		new ExamplePlan(riverside).build();
		new ExamplePayTable(riverside).build();
		riverside.termsCoverRoles();
		return riverside.b.model;
	}

	private void geography() {
		ics = b.area(null, "ics-nt", "North Thames ICS", AreaKind.ICS, 1_650_000);
		int placePopulation = 0;
		for (String[] row : NEIGHBOURHOODS) {
			placePopulation += Integer.parseInt(row[2]);
		}
		place = b.area(ics, "place-riverside", "Riverside", AreaKind.PLACE, placePopulation);
		for (String[] row : NEIGHBOURHOODS) {
			Area area = b.area(place, "nb-" + row[0], row[1], AreaKind.NEIGHBOURHOOD, Integer.parseInt(row[2]));
			area.setDescription(row[1] + " neighbourhood of Riverside");
			neighbourhoods.put(row[0], area);
			Map<CohortKind, PopulationCohort> byKind = new LinkedHashMap<>();
			for (String[] cohortRow : COHORTS) {
				PopulationCohort cohort = cohort(row, area, cohortRow);
				byKind.put(cohort.getKind(), cohort);
			}
			cohorts.put(row[0], byKind);
		}
	}

	private PopulationCohort cohort(String[] neighbourhood, Area area, String[] row) {
		CohortKind kind = CohortKind.valueOf(row[0]);
		double factor = switch (row[3]) {
		case "older" -> Double.parseDouble(neighbourhood[3]);
		case "young" -> Double.parseDouble(neighbourhood[4]);
		default -> 1.0;
		};
		String key = "area/nb-" + neighbourhood[0] + "/cohort/" + kind.getLiteral();
		PopulationCohort cohort = b.id(ModelBuilder.F.createPopulationCohort(), key);
		cohort.setName(row[1] + " in " + area.getName());
		cohort.setCode(neighbourhood[0] + "-" + kind.getLiteral());
		cohort.setKind(kind);
		cohort.setSize((int) Math.round(area.getPopulation() * Double.parseDouble(row[2]) * factor));
		for (int i = 4; i < row.length; i++) {
			String[] need = row[i].split("\\|");
			Need n = b.id(ModelBuilder.F.createNeed(), key + "/need/" + (i - 4));
			n.setPriority(Integer.parseInt(need[0]));
			n.setName(need[1]);
			for (String capability : need[2].split(" ")) {
				n.getRequiredCapabilities().add(catalogue.capability(capability));
			}
			cohort.getNeeds().add(n);
		}
		area.getCohorts().add(cohort);
		return cohort;
	}

	private void organisations() {
		for (String[] row : ORGANISATIONS) {
			Organisation organisation = b.organisation(row[0], row[1], Sector.valueOf(row[2]));
			TermsAndConditions terms = b.id(ModelBuilder.F.createTermsAndConditions(), "organisation/" + row[0] + "/terms");
			terms.setName(row[3]);
			terms.setPayScale(row[4]);
			terms.setWeeklyHours(Double.parseDouble(row[5]));
			terms.setAnnualLeaveDays(Double.parseDouble(row[6]));
			organisation.getTerms().add(terms);
			organisations.put(row[0], organisation);
		}
		// the mental health trust's consultant psychiatrist is on the consultant contract, not Agenda for Change
		TermsAndConditions medical = b.id(ModelBuilder.F.createTermsAndConditions(), "organisation/mht/terms/medical");
		medical.setName("Mental health trust consultant contract (2003)");
		medical.setPayScale(ExamplePayTable.CONSULTANT);
		medical.setWeeklyHours(40);
		medical.setAnnualLeaveDays(32);
		organisation("mht").getTerms().add(medical);
	}

	/** Each employer's terms name the roles it employs. */
	private void termsCoverRoles() {
		for (Post post : b.model.getPosts()) {
			List<org.intdesigner.model.Role> covered = post.getTerms().getRoles();
			if (!covered.contains(post.getRole())) {
				covered.add(post.getRole());
			}
		}
	}

	Organisation organisation(String code) {
		Organisation organisation = organisations.get(code);
		if (organisation == null) {
			throw new IllegalArgumentException("no organisation " + code);
		}
		return organisation;
	}
}
