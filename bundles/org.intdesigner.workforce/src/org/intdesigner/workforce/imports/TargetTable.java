package org.intdesigner.workforce.imports;

import java.sql.Types;
import java.util.Collections;
import java.util.List;

import org.intdesigner.workforce.store.StoreTable;

/**
 * The columns an import writes into a table, in the order of a reader's rows, with their JDBC
 * types, and the table function (migrations 4 and 5) through which Derby bulk-loads them; IMPORT_ID
 * follows them in both.
 */
record TargetTable(StoreTable table, String function, List<String> columns, int[] types) {

	static final TargetTable STAFF = new TargetTable(StoreTable.STAFF, "STAFF_ROWS",
			List.of("PERSON_ID", "ORG_ID", "ROLE_ID", "TEAM_ID", "POST_ID", "FTE", "START_DATE", "END_DATE", "LEAVING_REASON"),
			new int[] { Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.DECIMAL, Types.DATE,
					Types.DATE, Types.VARCHAR });
	static final TargetTable ESTABLISHMENT = new TargetTable(StoreTable.ESTABLISHMENT, "ESTABLISHMENT_ROWS",
			List.of("ORG_ID", "ROLE_ID", "MONTH_START", "PLANNED_FTE"),
			new int[] { Types.VARCHAR, Types.VARCHAR, Types.DATE, Types.DECIMAL });
	static final TargetTable ABSENCE = new TargetTable(StoreTable.ABSENCE, "ABSENCE_ROWS",
			List.of("PERSON_ID", "START_DATE", "END_DATE"), new int[] { Types.VARCHAR, Types.DATE, Types.DATE });
	static final TargetTable SKILL = new TargetTable(StoreTable.SKILL, "SKILL_ROWS",
			List.of("PERSON_ID", "CAPABILITY_ID", "SKILL_LEVEL", "ASSESSED_ON", "EXPIRES_ON"),
			new int[] { Types.VARCHAR, Types.VARCHAR, Types.SMALLINT, Types.DATE, Types.DATE });
	static final TargetTable SURVEY_RESPONSE = new TargetTable(StoreTable.SURVEY_RESPONSE, "SURVEY_RESPONSE_ROWS",
			List.of("ORG_ID", "TEAM_ID", "Q1", "Q2", "Q3", "Q4", "Q5", "Q6", "Q7", "Q8", "Q9"),
			new int[] { Types.VARCHAR, Types.VARCHAR, Types.SMALLINT, Types.SMALLINT, Types.SMALLINT, Types.SMALLINT,
					Types.SMALLINT, Types.SMALLINT, Types.SMALLINT, Types.SMALLINT, Types.SMALLINT });

	/** The columns, then IMPORT_ID. */
	String columnList() {
		return String.join(", ", columns) + ", IMPORT_ID";
	}

	String insertValues() {
		return "INSERT INTO " + table.qualified() + " (" + columnList() + ") VALUES ("
				+ String.join(", ", Collections.nCopies(columns.size() + 1, "?")) + ")";
	}

	/** Rows come from the table function: into an empty table Derby loads them in bulk. */
	String insertFromFunction() {
		return "INSERT INTO " + table.qualified() + " (" + columnList() + ") SELECT " + columnList() + " FROM TABLE ("
				+ table.qualified().replace(table.name(), function) + " (?)) AS FEED";
	}
}
