package org.intdesigner.workforce.store;

import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.util.HexFormat;
import java.util.List;

/**
 * The schema's history, oldest first. Tables live in the schema {@value Schema#NAME}; every table
 * and column is described in the bundle's SCHEMA.md. Workforce rows name organisations, roles,
 * teams and posts by their codes in the INT model: the model itself is never copied here.
 * <p>
 * Never edit a migration that has shipped: add one at the end (the tests migrate a database made
 * at version 1 to the latest).
 */
final class Migrations {

	private static final String[] QUESTIONS = { "Q1", "Q2", "Q3", "Q4", "Q5", "Q6", "Q7", "Q8", "Q9" };

	static final List<Migration> ALL = List.of(
			Migration.sql(1, "partners, import log, staff, establishment, absence and survey tables",
					"CREATE TABLE PARTNER (ORG_ID VARCHAR(64) NOT NULL CONSTRAINT PARTNER_PK PRIMARY KEY,"
							+ " NAME VARCHAR(200), SECTOR VARCHAR(40))",
					"CREATE TABLE IMPORT_LOG (IMPORT_ID INTEGER GENERATED ALWAYS AS IDENTITY CONSTRAINT IMPORT_LOG_PK PRIMARY KEY,"
							+ " KIND VARCHAR(20) NOT NULL, FILE_NAME VARCHAR(1000) NOT NULL, OUTCOME VARCHAR(10) NOT NULL"
							+ " CONSTRAINT IMPORT_LOG_OUTCOME CHECK (OUTCOME IN ('IMPORTED', 'REJECTED', 'CANCELLED', 'FAILED')),"
							+ " ROWS_READ INTEGER NOT NULL, ROWS_IMPORTED INTEGER NOT NULL, ROWS_REJECTED INTEGER NOT NULL,"
							+ " IMPORTED_AT TIMESTAMP NOT NULL)",
					"CREATE TABLE IMPORT_PARTNER (IMPORT_ID INTEGER NOT NULL CONSTRAINT IMPORT_PARTNER_IMPORT_FK"
							+ " REFERENCES IMPORT_LOG ON DELETE CASCADE, ORG_ID VARCHAR(64) NOT NULL CONSTRAINT"
							+ " IMPORT_PARTNER_ORG_FK REFERENCES PARTNER, ROWS_IMPORTED INTEGER NOT NULL,"
							+ " CONSTRAINT IMPORT_PARTNER_PK PRIMARY KEY (IMPORT_ID, ORG_ID))",
					"CREATE TABLE STAFF (PERSON_ID VARCHAR(64) NOT NULL, ORG_ID VARCHAR(64) NOT NULL,"
							+ " ROLE_ID VARCHAR(64) NOT NULL, TEAM_ID VARCHAR(64), POST_ID VARCHAR(64),"
							+ " FTE DECIMAL(6,3) NOT NULL, START_DATE DATE NOT NULL, END_DATE DATE,"
							+ " LEAVING_REASON VARCHAR(200), IMPORT_ID INTEGER NOT NULL,"
							+ " CONSTRAINT STAFF_PK PRIMARY KEY (PERSON_ID, ROLE_ID, START_DATE),"
							+ " CONSTRAINT STAFF_IMPORT_FK FOREIGN KEY (IMPORT_ID) REFERENCES IMPORT_LOG,"
							+ " CONSTRAINT STAFF_FTE CHECK (FTE >= 0),"
							+ " CONSTRAINT STAFF_DATES CHECK (END_DATE IS NULL OR END_DATE >= START_DATE))",
					"CREATE TABLE ESTABLISHMENT (ORG_ID VARCHAR(64) NOT NULL, ROLE_ID VARCHAR(64) NOT NULL,"
							+ " MONTH_START DATE NOT NULL, PLANNED_FTE DECIMAL(9,3) NOT NULL, IMPORT_ID INTEGER NOT NULL,"
							+ " CONSTRAINT ESTABLISHMENT_PK PRIMARY KEY (ORG_ID, ROLE_ID, MONTH_START),"
							+ " CONSTRAINT ESTABLISHMENT_IMPORT_FK FOREIGN KEY (IMPORT_ID) REFERENCES IMPORT_LOG,"
							+ " CONSTRAINT ESTABLISHMENT_FTE CHECK (PLANNED_FTE >= 0),"
							+ " CONSTRAINT ESTABLISHMENT_MONTH CHECK (DAY(MONTH_START) = 1))",
					"CREATE TABLE ABSENCE (PERSON_ID VARCHAR(64) NOT NULL, START_DATE DATE NOT NULL, END_DATE DATE,"
							+ " IMPORT_ID INTEGER NOT NULL, CONSTRAINT ABSENCE_PK PRIMARY KEY (PERSON_ID, START_DATE),"
							+ " CONSTRAINT ABSENCE_IMPORT_FK FOREIGN KEY (IMPORT_ID) REFERENCES IMPORT_LOG,"
							+ " CONSTRAINT ABSENCE_DATES CHECK (END_DATE IS NULL OR END_DATE >= START_DATE))",
					"CREATE TABLE SURVEY_RESPONSE (RESPONSE_ID INTEGER GENERATED ALWAYS AS IDENTITY"
							+ " CONSTRAINT SURVEY_RESPONSE_PK PRIMARY KEY, ORG_ID VARCHAR(64) NOT NULL,"
							+ " TEAM_ID VARCHAR(64), "
							+ String.join(" SMALLINT, ", QUESTIONS) + " SMALLINT, IMPORT_ID INTEGER NOT NULL"
							+ " CONSTRAINT SURVEY_RESPONSE_IMPORT_FK REFERENCES IMPORT_LOG,"
							+ " CONSTRAINT SURVEY_RESPONSE_ANSWERS CHECK (" + String.join(" AND ",
									List.of(QUESTIONS).stream().map(q -> q + " BETWEEN 1 AND 5").toList()) + "))"),
			Migration.sql(2, "indexes for the metrics' cuts by organisation, role and team, and for the import history",
					"CREATE INDEX STAFF_ORG ON STAFF (ORG_ID)",
					"CREATE INDEX STAFF_ROLE ON STAFF (ROLE_ID)",
					"CREATE INDEX STAFF_TEAM ON STAFF (TEAM_ID)",
					"CREATE INDEX SURVEY_RESPONSE_TEAM ON SURVEY_RESPONSE (TEAM_ID)",
					"CREATE INDEX IMPORT_LOG_KIND ON IMPORT_LOG (KIND, IMPORTED_AT)"),
			new Migration(3, "settings of this store, with the salt of its person pseudonyms", connection -> {
				try (PreparedStatement create = connection.prepareStatement("CREATE TABLE STORE_SETTING"
						+ " (NAME VARCHAR(64) NOT NULL CONSTRAINT STORE_SETTING_PK PRIMARY KEY,"
						+ " SETTING_VALUE VARCHAR(1000) NOT NULL)")) {
					create.execute();
				}
				// one salt per store, so that the same identifier gets the same pseudonym in every file imported here
				try (PreparedStatement salt = connection.prepareStatement("INSERT INTO STORE_SETTING VALUES (?, ?)")) {
					salt.setString(1, StoreSettings.PSEUDONYM_SALT);
					salt.setString(2, HexFormat.of().formatHex(new SecureRandom().generateSeed(32)));
					salt.executeUpdate();
				}
			}),
			Migration.sql(4, "table functions through which large files are bulk-loaded into empty tables",
					rowsFunction("STAFF_ROWS", "PERSON_ID VARCHAR(64), ORG_ID VARCHAR(64), ROLE_ID VARCHAR(64),"
							+ " TEAM_ID VARCHAR(64), POST_ID VARCHAR(64), FTE DECIMAL(6,3), START_DATE DATE, END_DATE DATE,"
							+ " LEAVING_REASON VARCHAR(200)"),
					rowsFunction("ESTABLISHMENT_ROWS", "ORG_ID VARCHAR(64), ROLE_ID VARCHAR(64), MONTH_START DATE,"
							+ " PLANNED_FTE DECIMAL(9,3)"),
					rowsFunction("ABSENCE_ROWS", "PERSON_ID VARCHAR(64), START_DATE DATE, END_DATE DATE"),
					rowsFunction("SURVEY_RESPONSE_ROWS", "ORG_ID VARCHAR(64), TEAM_ID VARCHAR(64), "
							+ String.join(" SMALLINT, ", QUESTIONS) + " SMALLINT")),
			Migration.sql(5, "skills held (assessments of people's capabilities) and the survey's further questions",
					"CREATE TABLE SKILL (PERSON_ID VARCHAR(64) NOT NULL, CAPABILITY_ID VARCHAR(64) NOT NULL,"
							+ " SKILL_LEVEL SMALLINT NOT NULL, ASSESSED_ON DATE NOT NULL, EXPIRES_ON DATE,"
							+ " IMPORT_ID INTEGER NOT NULL,"
							+ " CONSTRAINT SKILL_PK PRIMARY KEY (PERSON_ID, CAPABILITY_ID, ASSESSED_ON),"
							+ " CONSTRAINT SKILL_IMPORT_FK FOREIGN KEY (IMPORT_ID) REFERENCES IMPORT_LOG,"
							+ " CONSTRAINT SKILL_LEVEL_SCALE CHECK (SKILL_LEVEL BETWEEN 0 AND 4),"
							+ " CONSTRAINT SKILL_DATES CHECK (EXPIRES_ON IS NULL OR EXPIRES_ON >= ASSESSED_ON))",
					"CREATE INDEX SKILL_CAPABILITY ON SKILL (CAPABILITY_ID)",
					rowsFunction("SKILL_ROWS", "PERSON_ID VARCHAR(64), CAPABILITY_ID VARCHAR(64), SKILL_LEVEL SMALLINT,"
							+ " ASSESSED_ON DATE, EXPIRES_ON DATE"),
					"CREATE TABLE SURVEY_QUESTION (QUESTION_ID VARCHAR(64) NOT NULL CONSTRAINT SURVEY_QUESTION_PK PRIMARY KEY,"
							+ " QUESTION_TEXT VARCHAR(500) NOT NULL, THEME VARCHAR(40) NOT NULL, IMPORT_ID INTEGER NOT NULL"
							+ " CONSTRAINT SURVEY_QUESTION_IMPORT_FK REFERENCES IMPORT_LOG)",
					"CREATE TABLE SURVEY_ANSWER (IMPORT_ID INTEGER NOT NULL CONSTRAINT SURVEY_ANSWER_IMPORT_FK"
							+ " REFERENCES IMPORT_LOG, RESPONSE_NO INTEGER NOT NULL, ORG_ID VARCHAR(64) NOT NULL,"
							+ " TEAM_ID VARCHAR(64), QUESTION_ID VARCHAR(64) NOT NULL CONSTRAINT SURVEY_ANSWER_QUESTION_FK"
							+ " REFERENCES SURVEY_QUESTION, ANSWER SMALLINT NOT NULL,"
							+ " CONSTRAINT SURVEY_ANSWER_PK PRIMARY KEY (IMPORT_ID, RESPONSE_NO, QUESTION_ID),"
							+ " CONSTRAINT SURVEY_ANSWER_SCALE CHECK (ANSWER BETWEEN 1 AND 5))",
					"CREATE INDEX SURVEY_ANSWER_TEAM ON SURVEY_ANSWER (TEAM_ID)"));

	private Migrations() {
	}

	/**
	 * A Derby table function over rows an import hands over in memory (see the importer's RowStream).
	 * NO SQL matters: it lets Derby use its bulk insert, which builds the indexes by sorting, into an
	 * empty table.
	 */
	private static String rowsFunction(String name, String columns) {
		return "CREATE FUNCTION " + name + " (FEED VARCHAR(64)) RETURNS TABLE (" + columns + ", IMPORT_ID INTEGER)"
				+ " LANGUAGE JAVA PARAMETER STYLE DERBY_JDBC_RESULT_SET NO SQL"
				+ " EXTERNAL NAME 'org.intdesigner.workforce.imports.RowStream.open'";
	}
}
