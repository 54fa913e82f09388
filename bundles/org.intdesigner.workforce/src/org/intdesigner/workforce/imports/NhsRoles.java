package org.intdesigner.workforce.imports;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The roles of NHS Digital's workforce files (their DETAILED_STAFF_ROLE, else STAFF_ROLE) and the
 * role codes of INT Designer's catalogue (the example place uses them). A name is matched without
 * regard to case, punctuation or "&" against "and", and a plural is matched as its singular. A
 * role this table does not know keeps its NHS name as a code ("Practice Manager" becomes
 * "practice-manager") and the summary lists it: map it in the model or check the file against one.
 */
final class NhsRoles {

	/** NHS role name, then the catalogue's role code. */
	private static final String[][] TABLE = {
			{ "GP Partner", "gp" }, { "Salaried GP", "gp" }, { "Salaried By Practice", "gp" }, { "Salaried By Other", "gp" },
			{ "GP Locum", "gp" }, { "GP Retainer", "gp" }, { "GP Registrar", "gp" }, { "GP", "gp" },
			{ "General Practitioner", "gp" }, { "GP with Extended Role", "gpwer" }, { "GPwER", "gpwer" },
			{ "Clinical Director", "cd" }, { "PCN Clinical Director", "cd" }, { "PCN Manager", "pcnm" },
			{ "Practice Nurse", "pn" }, { "Nurse Specialist", "pn" }, { "Advanced Nurse Practitioner", "pn" },
			{ "Extended Role Practice Nurse", "pn" }, { "Clinical Pharmacist", "cp" }, { "Pharmacist", "cp" },
			{ "Pharmacy Technician", "pt" }, { "First Contact Physiotherapist", "fcp" }, { "Physiotherapist", "fcp" },
			{ "Paramedic", "para" }, { "Advanced Paramedic Practitioner", "para" }, { "Nursing Associate", "na" },
			{ "Trainee Nursing Associate", "na" }, { "Dietitian", "diet" }, { "Podiatrist", "pod" },
			{ "Occupational Therapist", "ot" }, { "Mental Health Practitioner", "mhp" },
			{ "Mental Health Practitioner Band 5", "mhp" }, { "Mental Health Practitioner Band 6", "mhp" },
			{ "Mental Health Practitioner Band 7", "mhp" }, { "Digital and Transformation Lead", "dtl" },
			{ "Care Coordinator", "cc" }, { "Social Prescribing Link Worker", "splw" },
			{ "Health and Wellbeing Coach", "hwbc" }, { "Physician Associate", "pa" }, { "Apprentice Physician Associate", "pa" },
			{ "General Practice Assistant", "gpa" }, { "Health Care Assistant", "hca" }, { "Healthcare Assistant", "hca" },
			{ "Community Health and Wellbeing Worker", "chww" }, };

	private static final Map<String, String> CODES = new HashMap<>();

	static {
		for (String[] entry : TABLE) {
			CODES.put(normal(entry[0]), entry[1]);
		}
	}

	private NhsRoles() {
	}

	/** The catalogue's code for the role, or null when the table does not know it. */
	static String code(String role) {
		String key = normal(role);
		String code = CODES.get(key);
		if (code == null && key.endsWith("s")) {
			code = CODES.get(key.substring(0, key.length() - 1));
		}
		return code;
	}

	/** The code a role the table does not know gets: its name, lower case, words joined by '-'. */
	static String nameAsCode(String role) {
		return normal(role).replace(' ', '-');
	}

	private static String normal(String role) {
		String text = role.toLowerCase(Locale.ROOT).replace("&", " and ");
		StringBuilder normal = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isLetterOrDigit(c)) {
				normal.append(c);
			} else if (normal.length() > 0 && normal.charAt(normal.length() - 1) != ' ') {
				normal.append(' ');
			}
		}
		return normal.toString().trim();
	}
}
