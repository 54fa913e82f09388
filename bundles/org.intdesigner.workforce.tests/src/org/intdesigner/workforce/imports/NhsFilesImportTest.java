package org.intdesigner.workforce.imports;

import static org.intdesigner.workforce.imports.Imports.one;
import static org.intdesigner.workforce.imports.Imports.rows;
import static org.intdesigner.workforce.imports.Imports.run;
import static org.intdesigner.workforce.imports.Imports.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.intdesigner.workforce.imports.ImportSummary.Outcome;
import org.intdesigner.workforce.store.StoreMode;
import org.intdesigner.workforce.store.StoreTable;
import org.intdesigner.workforce.store.TestStores;
import org.intdesigner.workforce.store.TestStores.TestStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** NHS Digital's PCN individual-level and GP practice-level files, onto staff in post by role. */
class NhsFilesImportTest {

	static final String PCN_HEADER = "Data_source,CENSUS_YEAR,CENSUS_MONTH,PCN_CODE,PCN_NAME,SUB_ICB_CODE,SUB_ICB_NAME,ICB_CODE,"
			+ "ICB_NAME,COMM_REGION_CODE,COMM_REGION_NAME,UNIQUE_IDENTIFIER,STAFF_GROUP,STAFF_ROLE,DETAILED_STAFF_ROLE,FTE\n";
	static final String PCN_ROW = "NWRS,2025,3,U12345,RIVERSIDE NORTH PCN,93C,North Thames,QMF,North Thames ICB,Y56,London,";
	static final String GP_HEADER = "PRAC_CODE,STAFF_GROUP,DETAILED_STAFF_ROLE,MEASURE,VALUE\n";

	@TempDir
	Path temp;

	@ParameterizedTest
	@EnumSource(StoreMode.class)
	void pcnStaffBecomeStaffInPostAtTheCensus(StoreMode mode) throws Exception {
		Path file = write(temp, "pcn.csv", PCN_HEADER
				+ PCN_ROW + "100201,Direct Patient Care,Pharmacists,Clinical Pharmacist,1\n"
				+ PCN_ROW + "100202,Direct Patient Care,Social Prescribing Link Workers,Social Prescribing Link Worker,0.6\n"
				+ PCN_ROW + "100203,Direct Patient Care,Health & Wellbeing Coaches,Health & Wellbeing Coach,0.8\n"
				+ PCN_ROW + "100201,Direct Patient Care,Pharmacy Technicians,Pharmacy Technician,0.2\n");
		ImportOptions options = Imports.CHECKED.withOrganisationCodes(Map.of("U12345", "pcn-north"));
		try (TestStore test = TestStores.open(mode, temp)) {
			ImportSummary summary = run(test.store(), ImportKind.PCN_WORKFORCE, file, options);
			assertEquals(Outcome.IMPORTED, summary.outcome(), summary.toText());
			assertEquals(List.of("100201,cp,1.000", "100201,pt,0.200", "100202,splw,0.600", "100203,hwbc,0.800"),
					rows(test.store(), "SELECT PERSON_ID, ROLE_ID, FTE FROM WORKFORCE.STAFF ORDER BY PERSON_ID, ROLE_ID"));
			assertEquals("pcn-north,2025-03-01,-", one(test.store(), "SELECT DISTINCT ORG_ID, START_DATE, END_DATE FROM"
					+ " WORKFORCE.STAFF"));
			assertEquals("Riverside North PCN", one(test.store(), "SELECT NAME FROM WORKFORCE.PARTNER"), "the model's name");
		}
	}

	@Test
	void pcnRolesOutsideTheTableKeepTheirNamesAndUnknownCodesAreNamed() throws Exception {
		Path file = write(temp, "pcn.csv", PCN_HEADER
				+ PCN_ROW + "100201,Admin/Non-Clinical,Managers,Practice Manager,1\n"
				+ PCN_ROW + "100202,Direct Patient Care,Physician Associates,Physician Associate,1\n");
		try (TestStore test = TestStores.open(StoreMode.EMBEDDED, temp)) {
			ImportSummary free = run(test.store(), ImportKind.PCN_WORKFORCE, file, ImportOptions.defaults());
			assertEquals(Outcome.IMPORTED, free.outcome(), free.toText());
			assertTrue(free.notes().contains("role 'Practice Manager' has no mapping to the catalogue's roles: kept as the code"
					+ " 'practice-manager'"), free.notes().toString());
			assertEquals(List.of("pa", "practice-manager"), rows(test.store(), "SELECT ROLE_ID FROM WORKFORCE.STAFF ORDER BY 1"));
			assertEquals("RIVERSIDE NORTH PCN", one(test.store(), "SELECT NAME FROM WORKFORCE.PARTNER"), "the file's name");

			ImportSummary checked = run(test.store(), ImportKind.PCN_WORKFORCE, file,
					Imports.CHECKED.withOrganisationCodes(Map.of("U12345", "pcn-north")));
			assertEquals(Outcome.REJECTED, checked.outcome());
			assertEquals("pcn.csv row 2, column detailed_staff_role: 'Practice Manager' is the role 'practice-manager', which"
					+ " the model does not have", checked.problems().get(0).toString());
			ImportSummary unmapped = run(test.store(), ImportKind.PCN_WORKFORCE, file, Imports.CHECKED);
			assertTrue(unmapped.problems().get(0).toString().startsWith("pcn.csv row 2, column pcn_code: 'U12345' is not the"
					+ " code of an organisation in the model"), unmapped.toText());
		}
	}

	@Test
	void badPcnRowsAreNamed() throws Exception {
		Path file = write(temp, "pcn.csv", PCN_HEADER
				+ PCN_ROW + "100201,Direct Patient Care,Pharmacists,Clinical Pharmacist,1\n"
				+ PCN_ROW.replace(",3,", ",13,") + "100202,Direct Patient Care,Pharmacists,Clinical Pharmacist,1\n"
				+ PCN_ROW + "100201,Direct Patient Care,Pharmacists,Clinical Pharmacist,0.5\n"
				+ PCN_ROW + "100203,Direct Patient Care,Pharmacists,Clinical Pharmacist,-1\n");
		try (TestStore test = TestStores.open(StoreMode.EMBEDDED, temp)) {
			ImportSummary summary = run(test.store(), ImportKind.PCN_WORKFORCE, file, ImportOptions.defaults());
			assertEquals(List.of("pcn.csv row 3, column census_month: '13' is not a month (1 to 12, or its name)",
					"pcn.csv row 4, column unique_identifier: repeats row 2: the same person and role",
					"pcn.csv row 5, column fte: '-1' is negative: it must be 0 or more"),
					summary.problems().stream().map(Object::toString).toList());
			assertEquals(0, test.store().rowCount(StoreTable.STAFF));
		}
	}

	@ParameterizedTest
	@EnumSource(StoreMode.class)
	void gpPracticeFiguresBecomeOneSpellPerHead(StoreMode mode) throws Exception {
		Path file = write(temp, "practice.csv", GP_HEADER + "P81001,Nurses,Practice Nurse,FTE,1.5\n"
				+ "P81001,Nurses,Practice Nurse,Headcount,2\nP81001,GP,Salaried By Practice,Headcount,1\n"
				+ "P81001,GP,Salaried By Practice,FTE,0.75\nP81001,Admin,Receptionist,FTE,0\nP81001,Admin,Receptionist,Headcount,0\n");
		ImportOptions options = ImportOptions.defaults().withCensus(YearMonth.of(2025, 3));
		try (TestStore test = TestStores.open(mode, temp)) {
			ImportSummary summary = run(test.store(), ImportKind.GP_PRACTICE, file, options);
			assertEquals(Outcome.IMPORTED, summary.outcome(), summary.toText());
			assertEquals(6, summary.rowsRead());
			assertEquals(3, summary.rowsImported());
			assertEquals(List.of("gp-P81001-gp-1,P81001,gp,0.750,2025-03-01", "gp-P81001-pn-1,P81001,pn,0.750,2025-03-01",
					"gp-P81001-pn-2,P81001,pn,0.750,2025-03-01"), rows(test.store(), "SELECT PERSON_ID, ORG_ID, ROLE_ID, FTE,"
							+ " START_DATE FROM WORKFORCE.STAFF ORDER BY PERSON_ID"));
			assertTrue(summary.notes().contains("staff in post at the census 2025-03-01"), summary.notes().toString());
		}
	}

	@Test
	void gpPracticeFiguresThatDoNotAddUpAreNamed() throws Exception {
		Path file = write(temp, "practice.csv", GP_HEADER + "P81001,Nurses,Practice Nurse,FTE,1.5\n"
				+ "P81001,GP,Salaried By Practice,Headcount,1.5\nP81001,GP,GP Partner,Headcount,2\n"
				+ "P81001,GP,GP Partner,FTE,1\nP81001,GP,GP Partner,Sessions,9\nP81001,Nurses,Practice Nurse,FTE,1.5\n");
		try (TestStore test = TestStores.open(StoreMode.EMBEDDED, temp)) {
			ImportSummary noCensus = run(test.store(), ImportKind.GP_PRACTICE, write(temp, "ok.csv",
					GP_HEADER + "P81001,Nurses,Practice Nurse,FTE,1.5\nP81001,Nurses,Practice Nurse,Headcount,2\n"),
					ImportOptions.defaults());
			assertEquals("ok.csv: a practice-level file has no dates: give the census month it is for (--census 2025-03)",
					noCensus.problems().get(0).toString());
			ImportSummary summary = run(test.store(), ImportKind.GP_PRACTICE, file,
					ImportOptions.defaults().withCensus(YearMonth.of(2025, 3)));
			assertEquals(List.of("practice.csv row 3, column value: '1.5' is not a whole number of people",
					"practice.csv row 6, column measure: 'Sessions' is not FTE or Headcount",
					"practice.csv row 7, column measure: repeats row 2: the same practice, role and measure",
					"practice.csv row 2, column measure: practice P81001, role pn has an FTE but no Headcount: both are needed"),
					summary.problems().stream().map(Object::toString).toList());
			assertEquals(0, test.store().rowCount(StoreTable.STAFF));
		}
	}
}
