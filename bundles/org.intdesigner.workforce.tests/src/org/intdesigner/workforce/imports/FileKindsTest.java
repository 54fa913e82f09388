package org.intdesigner.workforce.imports;

import static org.intdesigner.workforce.imports.Imports.CHECKED;
import static org.intdesigner.workforce.imports.Imports.rows;
import static org.intdesigner.workforce.imports.Imports.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Date;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.intdesigner.workforce.imports.ImportSummary.Outcome;
import org.intdesigner.workforce.imports.api.FileKind;
import org.intdesigner.workforce.imports.api.FileKindReader;
import org.intdesigner.workforce.imports.api.ImportTarget;
import org.intdesigner.workforce.imports.api.ReaderContext;
import org.intdesigner.workforce.imports.api.RowCells;
import org.intdesigner.workforce.imports.api.SourceRow;
import org.intdesigner.workforce.store.StoreMode;
import org.intdesigner.workforce.store.StoreTable;
import org.intdesigner.workforce.store.TestStores;
import org.intdesigner.workforce.store.TestStores.TestStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kinds of file installed through {@code org.intdesigner.workforce.fileKinds}: the built-in ones from
 * this bundle's plugin.xml, broken contributions left out with a message naming their plug-in, and a
 * plug-in's reader importing through the public API.
 */
class FileKindsTest {

	/** A plug-in's reader: a rota extract (Employee, Base, Grade, Hours, From) onto staff. */
	public static final class RotaReader implements FileKindReader {
		@Override
		public List<String> requiredColumns() {
			return List.of("employee", "base", "grade", "hours", "from");
		}

		@Override
		public void read(SourceRow row, ReaderContext context, Consumer<Object[]> out) {
			RowCells cells = context.cells(row);
			String person = cells.person("employee");
			String organisation = cells.organisation("base");
			String role = cells.role("grade");
			BigDecimal hours = cells.number("hours", true);
			Date from = cells.date("from", true);
			if (cells.ok() && context.firstWith(cells, person + '\t' + role, "employee", "employee and grade")) {
				context.countPartner(organisation);
				out.accept(new Object[] { person, organisation, role, null, null,
						hours.divide(new BigDecimal("37.5"), 3, java.math.RoundingMode.HALF_UP), from, null, null });
			}
		}

		@Override
		public String keyColumn() {
			return "employee";
		}

		@Override
		public String alreadyStored() {
			return "the store already has this employee in this grade";
		}
	}

	/** A plug-in's reader with a bug: hands on too few values. */
	public static final class ShortRowsReader implements FileKindReader {
		@Override
		public List<String> requiredColumns() {
			return List.of("employee");
		}

		@Override
		public void read(SourceRow row, ReaderContext context, Consumer<Object[]> out) {
			out.accept(new Object[] { row.get("employee") });
		}

		@Override
		public String keyColumn() {
			return "employee";
		}

		@Override
		public String alreadyStored() {
			return "already there";
		}
	}

	@TempDir
	Path temp;

	private static FileKindContribution contribution(String id, String target, String plugin, Object made) {
		return new FileKindContribution(id, "Kind " + id, "", target, plugin, () -> {
			if (made instanceof RuntimeException e) {
				throw e;
			}
			return made;
		});
	}

	@Test
	void theBuiltInKindsComeFromThePluginXml() {
		FileKinds installed = FileKinds.installed();
		assertEquals(List.of("staff", "establishment", "absence", "skills", "survey", "pcn-workforce", "gp-practice",
				"asc-wds", "mapped-staff"), installed.all().stream().map(FileKind::id).toList()
						.subList(0, 9), "this bundle's kinds first, in the order of its plugin.xml");
		FileKind staff = installed.of("STAFF");
		assertEquals("Staff (staff.csv)", staff.name());
		assertTrue(staff.columns().startsWith("One row per person in a role: person_id"), staff.columns());
		assertEquals(ImportTarget.STAFF, staff.target());
		assertEquals("org.intdesigner.workforce", staff.contributor());
		assertEquals(List.of("person_id", "org_id", "role_id", "fte", "start_date"), staff.requiredColumns());
		assertEquals(ImportTarget.SKILL, installed.of("skills").target());
		FileKind ascWds = installed.of("asc-wds");
		assertEquals("Adult social care workers (ASC-WDS worker file)", ascWds.name());
		assertTrue(ascWds.columns().startsWith("Skills for Care's ASC-WDS worker file"), ascWds.columns());
		assertEquals(ImportTarget.STAFF, ascWds.target());
		assertEquals(List.of("localestid", "uniqueworkerid", "status", "startdate", "emplstatus", "mainjobrole", "conthours",
				"avghours"), ascWds.requiredColumns());
		assertTrue(installed.problems().isEmpty(), installed.problems().toString());
	}

	@Test
	void brokenContributionsAreLeftOutNamingTheirPlugIn() {
		List<FileKindContribution> contributions = List.of(
				contribution("rota", "staff", "org.example.rota", new RotaReader()),
				contribution("staff", "staff", "org.example.thief", new RotaReader()),
				contribution("gone", "staff", "org.example.gone",
						new FileKindContribution.NotMade("its class org.example.Gone cannot be made: no such class", null)),
				contribution("wrong", "staff", "org.example.wrong", "not a reader"),
				contribution("nowhere", "payroll", "org.example.nowhere", new RotaReader()),
				contribution("Bad Id", "staff", "org.example.badid", new RotaReader()),
				contribution("staff", "staff", FileKinds.BUNDLE, BuiltInReader.of(ImportKind.STAFF)));
		FileKinds kinds = FileKinds.of(contributions);
		assertEquals(List.of("staff", "rota"), kinds.all().stream().map(FileKind::id).toList(),
				"the built-in kind keeps its id; the good plug-in kind is in");
		assertEquals(FileKinds.BUNDLE, kinds.of("staff").contributor());
		List<String> problems = kinds.problems();
		assertEquals(5, problems.size(), problems.toString());
		assertTrue(problems.contains("Workforce file kind 'gone' of plug-in org.example.gone left out: its class"
				+ " org.example.Gone cannot be made: no such class"), problems.toString());
		assertTrue(problems.contains("Workforce file kind 'wrong' of plug-in org.example.wrong left out: its class"
				+ " java.lang.String is no org.intdesigner.workforce.imports.api.FileKindReader"), problems.toString());
		assertTrue(problems.contains("Workforce file kind 'staff' of plug-in org.example.thief left out: the id 'staff' is"
				+ " already the kind 'Kind staff' of org.intdesigner.workforce: give the kind an id of its own"),
				problems.toString());
		assertTrue(problems.stream().anyMatch(p -> p.startsWith("Workforce file kind 'nowhere' of plug-in"
				+ " org.example.nowhere left out: 'payroll' is not a target")), problems.toString());
		assertTrue(problems.stream().anyMatch(p -> p.startsWith("Workforce file kind 'Bad Id' of plug-in org.example.badid"
				+ " left out: its id must be")), problems.toString());
	}

	@Test
	void aPlugInsReaderImportsThroughThePublicApi() throws Exception {
		FileKind rota = FileKinds.of(List.of(contribution("rota", "staff", "org.example.rota", new RotaReader())))
				.of("rota");
		try (TestStore test = TestStores.open(StoreMode.EMBEDDED, temp)) {
			Path file = write(temp, "rota.csv", "Employee,Base,Grade,Hours,From\nR1,cht,dn,30,2024-01-08\n"
					+ "9434765919,pcn-north,gp,37.5,08/01/2024\n");
			ImportSummary summary = WorkforceImporter.importFile(test.store(), rota, file, CHECKED, new NullProgressMonitor());
			assertEquals(Outcome.IMPORTED, summary.outcome(), summary.toText());
			assertEquals("rota", summary.kind().id());
			assertEquals(1, summary.pseudonymised());
			List<String> stored = rows(test.store(), "SELECT ORG_ID, ROLE_ID, FTE, START_DATE FROM WORKFORCE.STAFF"
					+ " ORDER BY ORG_ID");
			assertEquals(List.of("cht,dn,0.800,2024-01-08", "pcn-north,gp,1.000,2024-01-08"), stored);
			assertEquals("rota", Imports.one(test.store(), "SELECT KIND FROM WORKFORCE.IMPORT_LOG"));

			Path bad = write(temp, "rota-bad.csv", "Employee,Base,Grade,Hours,From\nR2,nowhere,dn,30,2024-01-08\n"
					+ "R3,cht,dn,30,2024-01-08\nR3,cht,dn,20,2024-02-01\n");
			ImportSummary rejected = WorkforceImporter.importFile(test.store(), rota, bad, CHECKED, null);
			assertEquals(Outcome.REJECTED, rejected.outcome());
			assertEquals(List.of("rota-bad.csv row 2, column base: 'nowhere' is not the code of an organisation in the model",
					"rota-bad.csv row 4, column employee: repeats row 3: the same employee and grade"),
					rejected.problems().stream().map(ImportProblem::toString).toList());
			assertEquals(2, test.store().rowCount(StoreTable.STAFF));

			Path missing = write(temp, "rota-short.csv", "Employee,Base\nR4,cht\n");
			ImportSummary noColumns = WorkforceImporter.importFile(test.store(), rota, missing, CHECKED, null);
			assertEquals("rota-short.csv row 1, column grade, hours, from: missing columns: the first row must name the"
					+ " columns employee,base,grade,hours,from", noColumns.problems().get(0).toString());
		}
	}

	@Test
	void aBrokenReaderRejectsTheFileNamingThePlugIn() throws Exception {
		FileKind broken = FileKinds.of(List.of(contribution("short", "staff", "org.example.short", new ShortRowsReader())))
				.of("short");
		try (TestStore test = TestStores.open(StoreMode.EMBEDDED, temp)) {
			ImportSummary summary = WorkforceImporter.importFile(test.store(), broken,
					write(temp, "short.csv", "Employee\nE1\n"), CHECKED, null);
			assertEquals(Outcome.REJECTED, summary.outcome());
			assertEquals("short.csv row 2: the reader of 'short' (plug-in org.example.short) handed on 1 values where staff"
					+ " takes 9: report this to the plug-in's makers", summary.problems().get(0).toString());
			assertEquals(0, test.store().rowCount(StoreTable.STAFF));
		}
	}

	@Test
	void plainJavaKnowsTheBuiltInKinds() {
		FileKind plain = ImportKind.SKILLS.fileKind();
		assertEquals("skills", plain.id());
		assertEquals(ImportTarget.SKILL, plain.target());
		assertFalse(plain.columns().isEmpty());
	}
}
