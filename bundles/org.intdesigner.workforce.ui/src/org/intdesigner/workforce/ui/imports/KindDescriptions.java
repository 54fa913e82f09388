package org.intdesigner.workforce.ui.imports;

import org.intdesigner.workforce.imports.ImportKind;

/** What each kind of workforce file holds and which columns it needs, in words for the import wizard. */
final class KindDescriptions {

	private KindDescriptions() {
	}

	/** The name shown in the wizard's list. */
	static String label(ImportKind kind) {
		return switch (kind) {
		case STAFF -> "Staff (staff.csv)";
		case ESTABLISHMENT -> "Establishment (establishment.csv)";
		case ABSENCE -> "Sickness absence (absence.csv)";
		case SKILLS -> "Skills held (skills.csv)";
		case SURVEY -> "Staff survey (survey.csv)";
		case PCN_WORKFORCE -> "NHS PCN workforce, individual level";
		case GP_PRACTICE -> "NHS GP workforce, practice level";
		case ASC_WDS -> "Adult social care workers (ASC-WDS worker file)";
		};
	}

	static String columns(ImportKind kind) {
		return switch (kind) {
		case STAFF -> "One row per person in a role: person_id, org_id (the employer), role_id, team_id and post_id"
				+ " (may be empty), fte (0 or more), start_date and end_date (YYYY-MM-DD; end_date empty while in post),"
				+ " leaving_reason.";
		case ESTABLISHMENT -> "The funded posts: org_id, role_id, month (YYYY-MM) and planned_fte for that month.";
		case ABSENCE -> "Sickness absence spells of people already in the staff data: person_id, start_date and"
				+ " end_date (YYYY-MM-DD; empty while still off).";
		case SKILLS -> "Assessments of people already in the staff data: person_id, capability_id (the model's"
				+ " capability code), level (0-4 or none, awareness, working, practitioner, expert), assessed_on and"
				+ " expires_on (YYYY-MM-DD; empty when it does not lapse).";
		case SURVEY -> "NHS Staff Survey answers, one row per respondent: org_id, team_id (may be empty) and q1 to q9"
				+ " (answers 1 to 5, empty when not answered); further questions in the columns a questions file names.";
		case PCN_WORKFORCE -> "NHS Digital's PCN workforce file, one row per person and role: CENSUS_YEAR, CENSUS_MONTH,"
				+ " PCN_CODE, UNIQUE_IDENTIFIER, STAFF_ROLE or DETAILED_STAFF_ROLE, FTE. Map PCN codes to the model's"
				+ " organisations below when the model knows them by other codes.";
		case GP_PRACTICE -> "NHS Digital's GP workforce file, practice level, long format: PRAC_CODE, DETAILED_STAFF_ROLE,"
				+ " MEASURE (FTE or Headcount), VALUE. The file has no dates: give the census month below; map practice codes"
				+ " to the model's organisations when they differ.";
		case ASC_WDS -> "Skills for Care's ASC-WDS worker file (formerly NMDS-SC): LOCALESTID, UNIQUEWORKERID, STATUS,"
				+ " STARTDATE, EMPLSTATUS, MAINJOBROLE, CONTHOURS, AVGHOURS. FTE = hours / 37.5; DELETE rows, bank and agency"
				+ " workers and DAYSSICK are not imported.";
		};
	}
}
