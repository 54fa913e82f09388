package org.intdesigner.workforce.imports;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.intdesigner.workforce.store.StoreTable;

/** The kinds of file the workforce importers read, by the name the command line uses. */
public enum ImportKind {
	/** staff.csv: person_id,org_id,role_id,team_id,post_id,fte,start_date,end_date,leaving_reason */
	STAFF("staff", StoreTable.STAFF),
	/** establishment.csv: org_id,role_id,month,planned_fte */
	ESTABLISHMENT("establishment", StoreTable.ESTABLISHMENT),
	/** absence.csv: person_id,start_date,end_date (sickness absence spells of people in staff) */
	ABSENCE("absence", StoreTable.ABSENCE),
	/** skills.csv: person_id,capability_id,level,assessed_on,expires_on (assessments of people in staff) */
	SKILLS("skills", StoreTable.SKILL),
	/** survey.csv: org_id,team_id,q1..q9 (answers 1-5), and the further questions a questions file names */
	SURVEY("survey", StoreTable.SURVEY_RESPONSE),
	/** NHS Digital's PCN workforce, individual level: one row per person and role, onto staff in post */
	PCN_WORKFORCE("pcn-workforce", StoreTable.STAFF),
	/** NHS Digital's GP workforce, practice level, long format: FTE and headcount per role, onto staff in post */
	GP_PRACTICE("gp-practice", StoreTable.STAFF),
	/**
	 * Skills for Care's ASC-WDS (formerly NMDS-SC) worker bulk-upload file: one row per social care worker,
	 * onto staff in post in their main job role
	 */
	ASC_WDS("asc-wds", StoreTable.STAFF);

	private final String id;
	private final StoreTable table;

	ImportKind(String id, StoreTable table) {
		this.id = id;
		this.table = table;
	}

	/** The name on the command line and in the import log. */
	public String id() {
		return id;
	}

	/** The table the rows go to. */
	public StoreTable table() {
		return table;
	}

	/** The kind called {@code id} (case ignored). */
	public static ImportKind of(String id) {
		String wanted = id.trim().toLowerCase(Locale.ROOT);
		return Arrays.stream(values()).filter(k -> k.id.equals(wanted)).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("'" + id + "' is not a kind of workforce file: use one of "
						+ ids()));
	}

	public static String ids() {
		return Arrays.stream(values()).map(ImportKind::id).collect(Collectors.joining(", "));
	}
}
