package org.intdesigner.fuzz;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.intdesigner.model.AccountabilityItem;
import org.intdesigner.model.AccountabilityKind;
import org.intdesigner.model.Allocation;
import org.intdesigner.model.Area;
import org.intdesigner.model.AreaKind;
import org.intdesigner.model.Arrangement;
import org.intdesigner.model.ArrangementKind;
import org.intdesigner.model.Boundary;
import org.intdesigner.model.BoundaryKind;
import org.intdesigner.model.Capability;
import org.intdesigner.model.CapabilityLevel;
import org.intdesigner.model.CohortKind;
import org.intdesigner.model.Element;
import org.intdesigner.model.Interaction;
import org.intdesigner.model.InteractionKind;
import org.intdesigner.model.IntdFactory;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Need;
import org.intdesigner.model.Organisation;
import org.intdesigner.model.PopulationCohort;
import org.intdesigner.model.Post;
import org.intdesigner.model.ProficiencyLevel;
import org.intdesigner.model.Property;
import org.intdesigner.model.RaciAssignment;
import org.intdesigner.model.RaciCode;
import org.intdesigner.model.Role;
import org.intdesigner.model.Sector;
import org.intdesigner.model.Suppression;
import org.intdesigner.model.Team;
import org.intdesigner.model.TeamKind;
import org.intdesigner.model.TermsAndConditions;
import org.intdesigner.model.csv.CsvExporter;
import org.intdesigner.model.io.ModelFiles;

/**
 * The fuzzers' starting points, made in code so that they follow the formats as they change: a small
 * model with one or two objects of every kind and every reference set, as an .intd file and as a CSV
 * bundle, and a few rows of each kind of workforce file. Seed files in the inputs folders
 * (src/test/resources) are crashes found earlier, kept as regression cases.
 */
final class Seeds {

	private static final IntdFactory F = IntdFactory.eINSTANCE;

	private Seeds() {
	}

	/** A small model that uses every class and reference of the metamodel once or twice. */
	static IntdModel smallModel() {
		IntdModel model = F.createIntdModel();
		named(model, "model", "Fuzz seed place");

		Area place = named(F.createArea(), "place", "Seed place");
		place.setKind(AreaKind.PLACE);
		place.setPopulation(120000);
		Area north = named(F.createArea(), "north", "North neighbourhood");
		north.setKind(AreaKind.NEIGHBOURHOOD);
		north.setPopulation(40000);
		place.getSubAreas().add(north);
		model.getAreas().add(place);

		Capability frailty = named(F.createCapability(), "frailty", "Frailty assessment");
		frailty.setCategory("clinical");
		Capability coordination = named(F.createCapability(), "coord", "Care coordination");
		model.getCapabilities().add(frailty);
		model.getCapabilities().add(coordination);

		PopulationCohort older = named(F.createPopulationCohort(), "older", "People living with frailty");
		older.setKind(CohortKind.FRAILTY);
		older.setSize(1400);
		Need falls = named(F.createNeed(), "falls", "Falls prevention");
		falls.setPriority(1);
		falls.getRequiredCapabilities().add(frailty);
		older.getNeeds().add(falls);
		north.getCohorts().add(older);

		Organisation pcn = named(F.createOrganisation(), "pcn-north", "North PCN");
		pcn.setSector(Sector.GENERAL_PRACTICE);
		Organisation council = named(F.createOrganisation(), "asc", "Council adult social care");
		council.setSector(Sector.SOCIAL_CARE);
		TermsAndConditions terms = named(F.createTermsAndConditions(), "pcn-terms", "Practice terms");
		terms.setPayScale("PCN own scale");
		terms.setWeeklyHours(37.5);
		terms.setAnnualLeaveDays(25);
		pcn.getTerms().add(terms);
		model.getOrganisations().add(pcn);
		model.getOrganisations().add(council);

		Role gp = named(F.createRole(), "gp", "GP");
		gp.setProfession("Medicine");
		gp.setSector(Sector.GENERAL_PRACTICE);
		gp.setClinical(true);
		gp.getCapabilities().add(level(frailty, ProficiencyLevel.EXPERT, "gp-frailty"));
		Role sw = named(F.createRole(), "sw", "Social worker");
		sw.setSector(Sector.SOCIAL_CARE);
		sw.setNewRole(true);
		sw.setArrs(true);
		terms.getRoles().add(gp);
		model.getRoles().add(gp);
		model.getRoles().add(sw);

		Boundary employers = named(F.createBoundary(), "employers", "Employers");
		employers.setKind(BoundaryKind.ORGANISATIONAL);
		employers.getMembers().add(pcn);
		employers.getMembers().add(council);
		model.getBoundaries().add(employers);
		Arrangement hosting = named(F.createArrangement(), "hosting", "Council staff hosted by the PCN");
		hosting.setKind(ArrangementKind.HOSTING);
		hosting.setHost(pcn);
		hosting.setBoundary(employers);
		hosting.getParties().add(council);
		hosting.getCovers().add(sw);
		model.getArrangements().add(hosting);

		Post lead = named(F.createPost(), "gp-lead", "Clinical lead");
		lead.setRole(gp);
		lead.setEmployer(pcn);
		lead.setFte(0.8);
		lead.setBand("GP partner");
		lead.setHolder("A. Example");
		lead.setTopOfOrganisation(true);
		lead.setTerms(terms);
		lead.getCapabilities().add(level(coordination, ProficiencyLevel.PRACTITIONER, "lead-coord"));
		Post social = named(F.createPost(), "sw-1", "Social worker (north)");
		social.setRole(sw);
		social.setEmployer(council);
		social.setFte(1.0);
		social.setLineManager(lead);
		social.setSupervisor(lead);
		social.setHostArrangement(hosting);
		model.getPosts().add(lead);
		model.getPosts().add(social);

		Team core = named(F.createTeam(), "core-north", "North core team");
		core.setKind(TeamKind.CORE);
		core.setPurpose("Joined-up care for the neighbourhood");
		core.setLead(lead);
		core.setArea(north);
		core.setHost(pcn);
		core.getServedCohorts().add(older);
		core.getRequiredCapabilities().add(level(frailty, ProficiencyLevel.WORKING, "core-frailty"));
		Team mdt = named(F.createTeam(), "mdt-frailty", "Frailty MDT");
		mdt.setKind(TeamKind.MDT);
		core.getSubTeams().add(mdt);
		model.getTeams().add(core);
		Allocation allocation = F.createAllocation();
		allocation.setId(id("alloc-1"));
		allocation.setTeam(mdt);
		allocation.setFte(0.5);
		social.getAllocations().add(allocation);

		Interaction referral = named(F.createInteraction(), "referral", "Referrals");
		referral.setKind(InteractionKind.SERVICE);
		referral.setSource(core);
		referral.setTarget(mdt);
		model.getInteractions().add(referral);

		AccountabilityItem plans = named(F.createAccountabilityItem(), "care-plans", "Care plans");
		plans.setKind(AccountabilityKind.CARE_FUNCTION);
		plans.setTeam(core);
		plans.getAssignments().add(raci(lead, RaciCode.A, "raci-1"));
		plans.getAssignments().add(raci(social, RaciCode.R, "raci-2"));
		plans.getAssignments().add(raci(council, RaciCode.I, "raci-3"));
		model.getAccountabilities().add(plans);

		Property property = F.createProperty();
		property.setKey("cost_centre");
		property.setValue("CC-104");
		social.getProperties().add(property);
		Suppression suppression = F.createSuppression();
		suppression.setId(id("suppression-1"));
		suppression.setRuleId("SPAN-001");
		suppression.setReason("interim arrangement");
		suppression.setSuppressedBy("planner");
		suppression.setDate("2025-04-01");
		lead.getSuppressions().add(suppression);
		return model;
	}

	/** The small model and an empty one as .intd files. */
	static List<byte[]> modelFiles() {
		List<byte[]> files = new ArrayList<>();
		files.add(saved(smallModel()));
		files.add(saved(F.createIntdModel()));
		return files;
	}

	/** The small model as a CSV bundle, packed as {@link CsvBundles} does; and a bundle of one file. */
	static List<byte[]> csvBundles() {
		List<byte[]> bundles = new ArrayList<>();
		try {
			Path folder = Files.createTempDirectory("intd-fuzz-seed");
			try {
				CsvExporter.export(smallModel(), folder);
				bundles.add(CsvBundles.pack(folder));
			} finally {
				FuzzFiles.deleteTree(folder);
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		bundles.add(("==> organisations.csv <==\nid,name,sector\npcn-north,North PCN,GENERAL_PRACTICE\n")
				.getBytes(StandardCharsets.UTF_8));
		return bundles;
	}

	/** A few rows of each kind of workforce file, each led by the line naming its kind (see {@link WorkforceImportFuzzTest}). */
	static List<byte[]> workforceFiles() {
		List<String> files = List.of(
				"staff\n" + head("staff.csv", 6),
				"establishment\n" + head("establishment.csv", 4),
				"absence\n" + head("absence.csv", 4),
				"skills\n" + head("skills.csv", 4),
				"survey\n" + head("survey.csv", 4),
				"pcn-workforce\nData_source,CENSUS_YEAR,CENSUS_MONTH,PCN_CODE,PCN_NAME,SUB_ICB_CODE,SUB_ICB_NAME,ICB_CODE,"
						+ "ICB_NAME,COMM_REGION_CODE,COMM_REGION_NAME,UNIQUE_IDENTIFIER,STAFF_GROUP,STAFF_ROLE,DETAILED_STAFF_ROLE,FTE\n"
						+ "NWRS,2025,3,U12345,RIVERSIDE NORTH PCN,93C,North Thames,QMF,North Thames ICB,Y56,London,100201,"
						+ "Direct Patient Care,Pharmacists,Clinical Pharmacist,1\n"
						+ "NWRS,2025,March,U12345,RIVERSIDE NORTH PCN,93C,North Thames,QMF,North Thames ICB,Y56,London,100202,"
						+ "Direct Patient Care,Social Prescribing Link Workers,Social Prescribing Link Worker,0.6\n",
				"gp-practice\nPRAC_CODE,STAFF_GROUP,DETAILED_STAFF_ROLE,MEASURE,VALUE\n"
						+ "P81001,Nurses,Practice Nurse,FTE,1.6\n"
						+ "P81001,Nurses,Practice Nurse,Headcount,2\n"
						+ "P81001,GP,GP Partner,FTE,0.8\n"
						+ "P81001,GP,GP Partner,Headcount,1\n",
				"asc-wds\nLOCALESTID,UNIQUEWORKERID,CHGUNIQUEWRKID,STATUS,DISPLAYID,NINUMBER,POSTCODE,DOB,GENDER,ETHNICITY,"
						+ "NATIONALITY,BRITISHCITIZENSHIP,COUNTRYOFBIRTH,YEAROFENTRY,DISABLED,CARECERT,RECSOURCE,STARTDATE,"
						+ "STARTINSECT,APPRENTICE,EMPLSTATUS,ZEROHRCONT,DAYSSICK,SALARYINT,SALARY,HOURLYRATE,MAINJOBROLE,MAINJRDESC,"
						+ "CONTHOURS,AVGHOURS,OTHERJOBROLE,OTHERJRDESC,NMCREG,NURSESPEC,AMHP,SCQUAL,NONSCQUAL,QUALACH01,"
						+ "QUALACH01NOTES,QUALACH02,QUALACH02NOTES,QUALACH03,QUALACH03NOTES\n"
						+ "ASC01,W0001,,NEW,Worker 1,JR123456C,SE1 7PB,14/06/1985,2,31,826,,,,0,1,,01/04/2019,2015,2,1,2,3,3,,"
						+ "12.60,8,,37.5,,,,,,,1,,,,,,,\n"
						+ "ASC01,W0002,,UPDATE,Worker 2,,,,1,31,826,,,,0,1,,15/09/2022,2022,2,2,1,,3,,11.90,6,,,15,,,,,1,,,,,,,,\n");
		return files.stream().map(text -> text.getBytes(StandardCharsets.UTF_8)).toList();
	}

	/** The first {@code lines} lines of one of the example files shipped in org.intdesigner.workforce. */
	private static String head(String name, int lines) {
		try (InputStream in = Seeds.class.getResourceAsStream("/data/example/" + name)) {
			if (in == null) {
				throw new IllegalStateException("data/example/" + name + " is not in the org.intdesigner.workforce jar");
			}
			List<String> all = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().limit(lines).toList();
			return String.join("\n", all) + "\n";
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static byte[] saved(IntdModel model) {
		try {
			Path folder = Files.createTempDirectory("intd-fuzz-seed");
			try {
				Path file = folder.resolve("seed.intd");
				ModelFiles.saveNew(model, file);
				return Files.readAllBytes(file);
			} finally {
				FuzzFiles.deleteTree(folder);
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static <T extends Element> T named(T element, String code, String name) {
		element.setId(id(code));
		element.setCode(code);
		element.setName(name);
		return element;
	}

	private static CapabilityLevel level(Capability capability, ProficiencyLevel value, String code) {
		CapabilityLevel level = F.createCapabilityLevel();
		level.setId(id(code));
		level.setCapability(capability);
		level.setLevel(value);
		return level;
	}

	private static RaciAssignment raci(org.intdesigner.model.Party party, RaciCode code, String id) {
		RaciAssignment assignment = F.createRaciAssignment();
		assignment.setId(id(id));
		assignment.setParty(party);
		assignment.setCode(code);
		return assignment;
	}

	/** A fixed id per code, so that the seeds are the same at every run. */
	private static String id(String code) {
		return UUID.nameUUIDFromBytes(code.getBytes(StandardCharsets.UTF_8)).toString();
	}
}
