package org.intdesigner.workforce.imports.api;

import java.util.List;

import org.intdesigner.workforce.store.StoreTable;

/**
 * The tables of the workforce store a kind of file can fill, and the values a reader hands on for
 * each row, in this order (a {@code java.sql.Date} for a date, a {@code BigDecimal} for an FTE or a
 * number, a {@code Short} for a level or an answer, a {@code String} for a code; null when empty).
 */
public enum ImportTarget {
	/** person_id, org_id, role_id, team_id, post_id, fte, start_date, end_date, leaving_reason */
	STAFF("staff", StoreTable.STAFF, List.of("person_id", "org_id", "role_id", "team_id", "post_id", "fte", "start_date",
			"end_date", "leaving_reason")),
	/** org_id, role_id, month (its first day), planned_fte */
	ESTABLISHMENT("establishment", StoreTable.ESTABLISHMENT, List.of("org_id", "role_id", "month", "planned_fte")),
	/** person_id, start_date, end_date */
	ABSENCE("absence", StoreTable.ABSENCE, List.of("person_id", "start_date", "end_date")),
	/** person_id, capability_id, level, assessed_on, expires_on */
	SKILL("skill", StoreTable.SKILL, List.of("person_id", "capability_id", "level", "assessed_on", "expires_on")),
	/** org_id, team_id, q1 .. q9 */
	SURVEY_RESPONSE("survey-response", StoreTable.SURVEY_RESPONSE, List.of("org_id", "team_id", "q1", "q2", "q3", "q4", "q5",
			"q6", "q7", "q8", "q9"));

	private final String id;
	private final StoreTable table;
	private final List<String> columns;

	ImportTarget(String id, StoreTable table, List<String> columns) {
		this.id = id;
		this.table = table;
		this.columns = columns;
	}

	/** The name in a {@code fileKind}'s {@code target} attribute. */
	public String id() {
		return id;
	}

	public StoreTable table() {
		return table;
	}

	/** The values of a row, in the order a reader hands them on. */
	public List<String> columns() {
		return columns;
	}

	/** The target called {@code id}; an IllegalArgumentException listing the targets when there is none. */
	public static ImportTarget of(String id) {
		for (ImportTarget target : values()) {
			if (target.id.equals(id == null ? "" : id.trim())) {
				return target;
			}
		}
		throw new IllegalArgumentException("'" + id + "' is not a target: use one of staff, establishment, absence, skill,"
				+ " survey-response");
	}
}
