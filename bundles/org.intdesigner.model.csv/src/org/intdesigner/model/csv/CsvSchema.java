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
	static final List<Table> TABLES = List.of(
			table("model.csv", INTD_MODEL, null, id(), attr("name", ELEMENT__NAME)),
			table("areas.csv", AREA, INTD_MODEL__AREAS, id(), attr("name", ELEMENT__NAME), attr("kind", AREA__KIND),
					owner("parent_id", AREA__SUB_AREAS), attr("population", AREA__POPULATION)),
			table("cohorts.csv", POPULATION_COHORT, null, id(), owner("area_id", AREA__COHORTS),
					attr("name", ELEMENT__NAME), attr("kind", POPULATION_COHORT__KIND), attr("size", POPULATION_COHORT__SIZE)),
			table("needs.csv", NEED, null, id(), owner("cohort_id", POPULATION_COHORT__NEEDS), attr("name", ELEMENT__NAME),
					attr("priority", NEED__PRIORITY)),
			table("organisations.csv", ORGANISATION, INTD_MODEL__ORGANISATIONS, id(), attr("name", ELEMENT__NAME),
					attr("sector", ORGANISATION__SECTOR)),
			table("terms.csv", TERMS_AND_CONDITIONS, null, id(), owner("organisation_id", ORGANISATION__TERMS),
					attr("name", ELEMENT__NAME), attr("pay_scale", TERMS_AND_CONDITIONS__PAY_SCALE),
					attr("weekly_hours", TERMS_AND_CONDITIONS__WEEKLY_HOURS),
					attr("annual_leave_days", TERMS_AND_CONDITIONS__ANNUAL_LEAVE_DAYS)),
			table("capabilities.csv", CAPABILITY, INTD_MODEL__CAPABILITIES, id(), attr("name", ELEMENT__NAME),
					attr("category", CAPABILITY__CATEGORY)),
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
					ref("capability_id", CAPABILITY_LEVEL__CAPABILITY), attr("level", CAPABILITY_LEVEL__LEVEL)),
			table("accountabilities.csv", ACCOUNTABILITY_ITEM, INTD_MODEL__ACCOUNTABILITIES, id(),
					attr("name", ELEMENT__NAME), attr("kind", ACCOUNTABILITY_ITEM__KIND),
					ref("team_id", ACCOUNTABILITY_ITEM__TEAM)),
			table("raci.csv", RACI_ASSIGNMENT, null, owner("accountability_id", ACCOUNTABILITY_ITEM__ASSIGNMENTS),
					ref("party_id", RACI_ASSIGNMENT__PARTY), attr("code", RACI_ASSIGNMENT__CODE)),
			table("interactions.csv", INTERACTION, INTD_MODEL__INTERACTIONS, id(), attr("name", ELEMENT__NAME),
					attr("kind", INTERACTION__KIND), ref("source_team_id", INTERACTION__SOURCE),
					ref("target_team_id", INTERACTION__TARGET)),
			table("suppressions.csv", SUPPRESSION, null, id(), owner("element_id", ELEMENT__SUPPRESSIONS),
					attr("rule", SUPPRESSION__RULE_ID), attr("reason", SUPPRESSION__REASON),
					attr("suppressed_by", SUPPRESSION__SUPPRESSED_BY), attr("date", SUPPRESSION__DATE)));

	private CsvSchema() {
	}

	/** The file names, in the order they are read and written. */
	public static List<String> files() {
		return java.util.stream.Stream.concat(TABLES.stream().map(Table::file), java.util.stream.Stream.of(LINKS_FILE))
				.toList();
	}

	private static Table table(String file, org.eclipse.emf.ecore.EClass type, EReference modelList, Column... columns) {
		return new Table(file, type, List.of(columns), modelList, columns.length);
	}

	private static Column id() {
		return new Column.Id(Table.ID);
	}

	private static Column attr(String header, org.eclipse.emf.ecore.EAttribute attribute) {
		return new Column.Attr(header, attribute);
	}

	private static Column ref(String header, EReference reference) {
		return new Column.Ref(header, reference);
	}

	private static Column owner(String header, EReference... containments) {
		return new Column.Owner(header, List.of(containments));
	}
}
