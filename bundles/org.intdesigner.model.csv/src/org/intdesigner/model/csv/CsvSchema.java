package org.intdesigner.model.csv;

import static org.intdesigner.model.IntdPackage.Literals.*;

import java.util.List;

import org.eclipse.emf.ecore.EReference;

/**
 * The files of a CSV bundle and their columns. The first eight are the files planners exchange
 * (with exactly the columns they expect, first and in order); the others carry the rest of a model
 * so that export then import gives the same model. Columns nobody knows are kept as properties.
 */
public final class CsvSchema {

	/** A many-valued reference written as rows of {@code links.csv}: owner, relation name, target. */
	record Link(String relation, EReference reference) {
	}

	static final String LINKS_FILE = "links.csv";
	static final List<String> LINK_HEADERS = List.of("owner_id", "relation", "target_id");

	static final List<Link> LINKS = List.of(
			new Link("served_cohorts", TEAM__SERVED_COHORTS),
			new Link("members", BOUNDARY__MEMBERS),
			new Link("parties", ARRANGEMENT__PARTIES),
			new Link("covers", ARRANGEMENT__COVERS),
			new Link("required_capabilities", NEED__REQUIRED_CAPABILITIES),
			new Link("roles", TERMS_AND_CONDITIONS__ROLES));

	/** In import order: every table's owners come in an earlier table or the same one. */
	static final List<CsvTable> TABLES = List.of(
			table("model.csv", INTD_MODEL, null, id(), attr("name", ELEMENT__NAME), attr("baseline", INTD_MODEL__BASELINE))
					.requiring(2), // a scenario names its baseline; older bundles have no such column
			table("areas.csv", AREA, INTD_MODEL__AREAS, id(), attr("name", ELEMENT__NAME), attr("kind", AREA__KIND),
					owner("parent_id", AREA__SUB_AREAS), attr("population", AREA__POPULATION),
					attr("growth_rate", AREA__GROWTH_RATE)).requiring(5),
			table("cohorts.csv", POPULATION_COHORT, null, id(), owner("area_id", AREA__COHORTS),
					attr("name", ELEMENT__NAME), attr("kind", POPULATION_COHORT__KIND), attr("size", POPULATION_COHORT__SIZE),
					attr("growth_rate", POPULATION_COHORT__GROWTH_RATE)).requiring(5),
			table("needs.csv", NEED, null, id(), owner("cohort_id", POPULATION_COHORT__NEEDS), attr("name", ELEMENT__NAME),
					attr("priority", NEED__PRIORITY)),
			table("organisations.csv", ORGANISATION, INTD_MODEL__ORGANISATIONS, id(), attr("name", ELEMENT__NAME),
					attr("sector", ORGANISATION__SECTOR)),
			table("terms.csv", TERMS_AND_CONDITIONS, null, id(), owner("organisation_id", ORGANISATION__TERMS),
					attr("name", ELEMENT__NAME), attr("pay_scale", TERMS_AND_CONDITIONS__PAY_SCALE),
					attr("weekly_hours", TERMS_AND_CONDITIONS__WEEKLY_HOURS),
					attr("annual_leave_days", TERMS_AND_CONDITIONS__ANNUAL_LEAVE_DAYS)),
			table("capabilities.csv", CAPABILITY, INTD_MODEL__CAPABILITIES, id(), attr("name", ELEMENT__NAME),
					attr("category", CAPABILITY__CATEGORY), attr("generalist", CAPABILITY__GENERALIST)).requiring(3),
			table("roles.csv", ROLE, INTD_MODEL__ROLES, id(), attr("name", ELEMENT__NAME),
					attr("profession", ROLE__PROFESSION), attr("sector", ROLE__SECTOR), attr("clinical", ROLE__CLINICAL),
					attr("new_role", ROLE__NEW_ROLE), attr("arrs", ROLE__ARRS)),
			table("boundaries.csv", BOUNDARY, INTD_MODEL__BOUNDARIES, id(), attr("name", ELEMENT__NAME),
					attr("kind", BOUNDARY__KIND)),
			table("arrangements.csv", ARRANGEMENT, INTD_MODEL__ARRANGEMENTS, id(), attr("name", ELEMENT__NAME),
					attr("kind", ARRANGEMENT__KIND), ref("host_id", ARRANGEMENT__HOST), ref("boundary_id", ARRANGEMENT__BOUNDARY)),
			table("posts.csv", POST, INTD_MODEL__POSTS, id(), ref("role_id", POST__ROLE), ref("employer_id", POST__EMPLOYER),
					attr("fte", POST__FTE), attr("band", POST__BAND), attr("holder", POST__HOLDER),
					ref("line_manager_id", POST__LINE_MANAGER), ref("supervisor_id", POST__SUPERVISOR),
					attr("name", ELEMENT__NAME), ref("host_arrangement_id", POST__HOST_ARRANGEMENT),
					ref("terms_id", POST__TERMS), attr("top_of_organisation", POST__TOP_OF_ORGANISATION)).requiring(8),
			table("teams.csv", TEAM, INTD_MODEL__TEAMS, id(), attr("name", ELEMENT__NAME), attr("kind", TEAM__KIND),
					owner("parent_team_id", TEAM__SUB_TEAMS), ref("area_id", TEAM__AREA), ref("host_id", TEAM__HOST),
					ref("lead_post_id", TEAM__LEAD), attr("purpose", TEAM__PURPOSE)).requiring(7),
			table("allocations.csv", ALLOCATION, null, owner("post_id", POST__ALLOCATIONS), ref("team_id", ALLOCATION__TEAM),
					attr("fte", ALLOCATION__FTE)),
			table("capability_levels.csv", CAPABILITY_LEVEL, null,
					owner("owner_id", ROLE__CAPABILITIES, POST__CAPABILITIES, TEAM__REQUIRED_CAPABILITIES),
					ref("capability_id", CAPABILITY_LEVEL__CAPABILITY), attr("level", CAPABILITY_LEVEL__LEVEL),
					attr("people", CAPABILITY_LEVEL__PEOPLE)).requiring(3),
			// the course catalogue: what brings a person to a level of a capability, in hours and pounds per learner
			table("courses.csv", COURSE, INTD_MODEL__COURSES, id(), attr("name", ELEMENT__NAME),
					ref("capability_id", COURSE__CAPABILITY), attr("level", COURSE__LEVEL), attr("hours", COURSE__HOURS),
					attr("cost", COURSE__COST), attr("provider", COURSE__PROVIDER), attr("joint", COURSE__JOINT))
					.requiring(6).filling("capability_id", "level"),
			// the pay table: what a whole-time post on each band of each scale costs a year with on-costs
			table("pay_bands.csv", PAY_BAND, INTD_MODEL__PAY_BANDS, attr("scale", PAY_BAND__SCALE),
					attr("band", PAY_BAND__BAND), attr("annual_cost", PAY_BAND__ANNUAL_COST), attr("sector", PAY_BAND__SECTOR),
					attr("name", ELEMENT__NAME)).requiring(3).filling("scale", "band", "annual_cost"),
			table("accountabilities.csv", ACCOUNTABILITY_ITEM, INTD_MODEL__ACCOUNTABILITIES, id(),
					attr("name", ELEMENT__NAME), attr("kind", ACCOUNTABILITY_ITEM__KIND),
					ref("team_id", ACCOUNTABILITY_ITEM__TEAM)),
			table("raci.csv", RACI_ASSIGNMENT, null, owner("accountability_id", ACCOUNTABILITY_ITEM__ASSIGNMENTS),
					ref("party_id", RACI_ASSIGNMENT__PARTY), attr("code", RACI_ASSIGNMENT__CODE)),
			table("interactions.csv", INTERACTION, INTD_MODEL__INTERACTIONS, id(), attr("name", ELEMENT__NAME),
					attr("kind", INTERACTION__KIND), ref("source_team_id", INTERACTION__SOURCE),
					ref("target_team_id", INTERACTION__TARGET)),
			// planning: WISN studies (need) and supply assumptions, after the roles, teams and areas they name
			table("wisn_studies.csv", WISN_STUDY, INTD_MODEL__WISN_STUDIES, id(), attr("name", ELEMENT__NAME),
					ref("role_id", WISN_STUDY__ROLE), ref("unit_id", WISN_STUDY__UNIT, TEAM, AREA),
					attr("working_days", WISN_STUDY__WORKING_DAYS), attr("public_holidays", WISN_STUDY__PUBLIC_HOLIDAYS),
					attr("annual_leave", WISN_STUDY__ANNUAL_LEAVE), attr("sick_leave", WISN_STUDY__SICK_LEAVE),
					attr("other_leave", WISN_STUDY__OTHER_LEAVE), attr("hours_per_day", WISN_STUDY__HOURS_PER_DAY),
					attr("current_staff", WISN_STUDY__CURRENT_STAFF), attr("hours_per_week", WISN_STUDY__HOURS_PER_WEEK),
					attr("each_neighbourhood", WISN_STUDY__EACH_NEIGHBOURHOOD),
					attr("observed_sick_leave", WISN_STUDY__OBSERVED_SICK_LEAVE)).requiring(11),
			table("wisn_service.csv", SERVICE_ACTIVITY, null, owner("study_id", WISN_STUDY__ACTIVITIES),
					attr("activity", SERVICE_ACTIVITY__ACTIVITY), attr("unit_minutes", SERVICE_ACTIVITY__UNIT_MINUTES),
					attr("rate_per_hour", SERVICE_ACTIVITY__RATE_PER_HOUR),
					attr("annual_workload", SERVICE_ACTIVITY__ANNUAL_WORKLOAD), ref("cohort_id", SERVICE_ACTIVITY__COHORT),
					attr("per_person", SERVICE_ACTIVITY__PER_PERSON)).requiring(5)
					.exactlyOneOf("unit_minutes", "rate_per_hour").exactlyOneOf("annual_workload", "cohort_id")
					.bothOrNeither("cohort_id", "per_person"),
			table("wisn_category_allowances.csv", CATEGORY_ALLOWANCE, null, owner("study_id", WISN_STUDY__CATEGORY_ALLOWANCES),
					attr("activity", CATEGORY_ALLOWANCE__ACTIVITY), attr("percent", CATEGORY_ALLOWANCE__PERCENT),
					attr("hours", CATEGORY_ALLOWANCE__HOURS), attr("per", CATEGORY_ALLOWANCE__PER))
					.exactlyOneOf("percent", "hours").bothOrNeither("hours", "per"),
			table("wisn_individual_allowances.csv", INDIVIDUAL_ALLOWANCE, null,
					owner("study_id", WISN_STUDY__INDIVIDUAL_ALLOWANCES), attr("activity", INDIVIDUAL_ALLOWANCE__ACTIVITY),
					attr("hours_per_year", INDIVIDUAL_ALLOWANCE__HOURS_PER_YEAR), attr("staff", INDIVIDUAL_ALLOWANCE__STAFF)),
			table("supply.csv", SUPPLY_ASSUMPTION, INTD_MODEL__SUPPLY_ASSUMPTIONS, ref("role_id", SUPPLY_ASSUMPTION__ROLE),
					ref("unit_id", SUPPLY_ASSUMPTION__UNIT, ORGANISATION, TEAM, AREA),
					attr("start_fte", SUPPLY_ASSUMPTION__START_FTE), attr("leaver_rate", SUPPLY_ASSUMPTION__LEAVER_RATE),
					attr("retirement_rate", SUPPLY_ASSUMPTION__RETIREMENT_RATE),
					attr("joiners_per_year", SUPPLY_ASSUMPTION__JOINERS_PER_YEAR),
					attr("trainees_per_year", SUPPLY_ASSUMPTION__TRAINEES_PER_YEAR), attr("years", SUPPLY_ASSUMPTION__YEARS),
					attr("leaver_rate_high", SUPPLY_ASSUMPTION__LEAVER_RATE_HIGH),
					attr("retirement_rate_high", SUPPLY_ASSUMPTION__RETIREMENT_RATE_HIGH),
					attr("joiners_per_year_high", SUPPLY_ASSUMPTION__JOINERS_PER_YEAR_HIGH),
					attr("trainee_intake", SUPPLY_ASSUMPTION__TRAINEE_INTAKE), attr("course_years", SUPPLY_ASSUMPTION__COURSE_YEARS),
					attr("completion_rate", SUPPLY_ASSUMPTION__COMPLETION_RATE),
					attr("internal_moves", SUPPLY_ASSUMPTION__INTERNAL_MOVES), attr("name", ELEMENT__NAME)).requiring(8),
			// a scenario's transition waves: the elements whose changes each carries, by id (removed ones too)
			table("transition_waves.csv", TRANSITION_WAVE, INTD_MODEL__TRANSITION_WAVES, attr("name", ELEMENT__NAME),
					attr("effective_date", TRANSITION_WAVE__EFFECTIVE_DATE), attr("owner", TRANSITION_WAVE__OWNER),
					attr("reason", TRANSITION_WAVE__REASON), attr("element_ids", TRANSITION_WAVE__ELEMENT_IDS)).requiring(2)
					.filling("effective_date"),
			table("suppressions.csv", SUPPRESSION, null, id(), owner("element_id", ELEMENT__SUPPRESSIONS),
					attr("rule", SUPPRESSION__RULE_ID), attr("reason", SUPPRESSION__REASON),
					attr("suppressed_by", SUPPRESSION__SUPPRESSED_BY), attr("date", SUPPRESSION__DATE)));

	private CsvSchema() {
	}

	/** The file names, in the order they are read and written. */
	public static List<String> files() {
		return java.util.stream.Stream.concat(TABLES.stream().map(CsvTable::file), java.util.stream.Stream.of(LINKS_FILE))
				.toList();
	}

	private static CsvTable table(String file, org.eclipse.emf.ecore.EClass type, EReference modelList, Column... columns) {
		return new CsvTable(file, type, List.of(columns), modelList, columns.length);
	}

	private static Column id() {
		return new Column.Id(CsvTable.ID);
	}

	private static Column attr(String header, org.eclipse.emf.ecore.EAttribute attribute) {
		return new Column.Attr(header, attribute);
	}

	private static Column ref(String header, EReference reference, org.eclipse.emf.ecore.EClass... accepted) {
		return new Column.Ref(header, reference, List.of(accepted));
	}

	private static Column owner(String header, EReference... containments) {
		return new Column.Owner(header, List.of(containments));
	}
}
