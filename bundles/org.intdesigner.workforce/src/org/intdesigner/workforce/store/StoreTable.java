package org.intdesigner.workforce.store;

/**
 * The tables of the workforce schema ({@value Schema#NAME}), for code that counts or clears
 * them by name without building SQL from text. SCHEMA.md in this bundle describes every column.
 */
public enum StoreTable {
	/** organisations whose data the store holds (org_id is the organisation's code in the INT model) */
	PARTNER,
	/** one row per import attempted: file, kind, outcome, rows read, imported and rejected, when */
	IMPORT_LOG,
	/** the partners each successful import brought rows for: data freshness per partner */
	IMPORT_PARTNER,
	/** one row per person spell in a role: staff in post, joiners and leavers */
	STAFF,
	/** planned (funded) FTE per organisation, role and month */
	ESTABLISHMENT,
	/** sickness absence spells per person */
	ABSENCE,
	/** staff survey answers (q1-q9, 1-5) per organisation and team */
	SURVEY_RESPONSE,
	/** skills held: a person's assessed level (0-4) of a capability, when assessed and until when it is in date */
	SKILL,
	/** the survey's further questions (beyond q1-q9): column name, wording and the theme it measures */
	SURVEY_QUESTION,
	/** one answer (1-5) to a further question, per response (import and row) */
	SURVEY_ANSWER,
	/** settings of the store itself (the salt of its person pseudonyms) */
	STORE_SETTING;

	/** The schema-qualified name, for SQL. */
	public String qualified() {
		return Schema.NAME + "." + name();
	}
}
