package org.intdesigner.workforce.imports;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The main job role codes of the ASC-WDS worker bulk-upload file (its MAINJOBROLE column, Skills for
 * Care's "BUDI" codes, the same numbers the NMDS-SC used) and the role codes INT Designer stores for
 * them. A job the catalogue has (social worker {@code sw}, occupational therapist {@code ot}, nursing
 * associate {@code na}, care coordinator {@code cc}) maps onto the catalogue's code, as NHS roles do in
 * {@link NhsRoles}; the catalogue has no role for the others (care worker, registered manager, ...), so
 * they keep their ASC-WDS name as a code ("care-worker"), which the summary lists: give the model a role
 * with that code, or check the file against a model that has one.
 * <p>
 * The codes and names are those of Skills for Care's public ASC-WDS sources (the bulk-upload code to job mapping,
 * reference/jobRoles.json, and the job names of the service's Job table, in NMDSdevopsServiceAdm/SopraSteria-SFC;
 * the NMDS-SC list in SkillsforCare/nmds-sc-v2, config/lookups/mainjobrole.php, has the same numbers).
 * <p>
 * Codes 12 to 14 and 18 to 21 (education, youth offending, counselling and childcare roles) were
 * retired from the file (children's roles are now code 42); they are not codes of the current file.
 */
final class AscWdsJobRoles {

	/** A MAINJOBROLE code: its ASC-WDS name and the role code stored; {@code catalogue} when that is the catalogue's. */
	record JobRole(int code, String name, String role, boolean catalogue) {
	}

	private static final Map<Integer, JobRole> ROLES = new LinkedHashMap<>();

	static {
		own(1, "Senior management");
		own(2, "Middle management");
		own(3, "First-line manager");
		own(4, "Registered manager");
		own(5, "Supervisor");
		catalogue(6, "Social worker", "sw");
		own(7, "Senior care worker");
		own(8, "Care worker");
		own(9, "Community, support and outreach work");
		own(10, "Employment support");
		own(11, "Advice, guidance and advocacy");
		catalogue(15, "Occupational therapist", "ot");
		own(16, "Registered nurse");
		own(17, "Allied health professional (not occupational therapist)", "allied-health-professional");
		own(22, "Technician");
		own(23, "Other (directly involved in providing care)", "other-care-providing");
		own(24, "Managers and staff (care-related, but not care-providing)", "care-related-staff");
		own(25, "Administrative, office staff (non care-providing)", "administrative-staff");
		own(26, "Ancillary staff (non care-providing)", "ancillary-staff");
		own(27, "Other (not directly involved in providing care)", "other-non-care-providing");
		own(34, "Activities worker, coordinator", "activities-worker");
		own(35, "Safeguarding and reviewing officer");
		own(36, "Occupational therapist assistant");
		catalogue(37, "Nursing associate", "na");
		own(38, "Nursing assistant");
		own(39, "Assessment officer");
		catalogue(40, "Care coordinator", "cc");
		own(41, "Care navigator");
		own(42, "Any children's, young people's job role", "childrens-job-role");
	}

	private AscWdsJobRoles() {
	}

	private static void catalogue(int code, String name, String role) {
		ROLES.put(code, new JobRole(code, name, role, true));
	}

	private static void own(int code, String name) {
		own(code, name, NhsRoles.nameAsCode(name));
	}

	private static void own(int code, String name, String role) {
		ROLES.put(code, new JobRole(code, name, role, false));
	}

	/** The job role of a MAINJOBROLE cell, or null when it is not a code of the file. */
	static JobRole of(String cell) {
		try {
			return ROLES.get(Integer.valueOf(cell));
		} catch (NumberFormatException notANumber) {
			return null;
		}
	}

	/** The codes, for a message: "1, 2, ..., 42". */
	static String codes() {
		return ROLES.keySet().stream().map(String::valueOf).collect(Collectors.joining(", "));
	}
}
