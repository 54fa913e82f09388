package org.intdesigner.examples.importers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.Platform;
import org.intdesigner.cli.IntdCommand;
import org.intdesigner.workforce.imports.FileKinds;
import org.intdesigner.workforce.imports.api.FileKind;
import org.intdesigner.workforce.imports.api.ImportTarget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example kind as a user meets it: listed by ./intd import-workforce beside the built-in kinds,
 * importing a roster export all or nothing; and this fragment's broken contributions logged and left out.
 */
class RosterStaffReaderTest {

	private static final String PLUGIN = "org.intdesigner.examples.importers";
	private static final String ROSTER = """
			Staff Number,Unit,Role,Contracted Hours,Start Date,End Date
			100234,Ward 7 Community,dn,37.5,01/04/2020,
			9434765919,Ward 7 Community,dn,30,2021-06-14,31/01/2025
			100877,North PCN,gp,22.5,03/01/2023,
			""";

	@TempDir
	Path temp;

	private record Run(int exit, String out, String err) {
	}

	private static Run intd(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int exit = IntdCommand.run(args, new PrintWriter(out), new PrintWriter(err));
		return new Run(exit, out.toString(), err.toString());
	}

	private Path write(String name, String content) throws IOException {
		return Files.writeString(temp.resolve(name), content, StandardCharsets.UTF_8);
	}

	@Test
	void importWorkforceListsTheKindBesideTheBuiltInOnes() {
		Run kinds = intd("import-workforce", "--kinds");
		assertEquals(0, kinds.exit(), kinds.err());
		assertTrue(kinds.out().contains("roster-staff  Staff, e-rostering export (HealthRoster-style) (into staff; from "
				+ PLUGIN + ")"), kinds.out());
		assertTrue(kinds.out().contains("    An e-rostering system's staff list, one row per person and unit"), kinds.out());
		assertTrue(kinds.out().contains("staff  Staff (staff.csv) (into staff; from org.intdesigner.workforce)"), kinds.out());
		Run help = intd("import-workforce", "--help");
		assertTrue(help.out().matches("(?s).*\\n  roster-staff +Staff, e-rostering export.*"), help.out());
		assertTrue(help.out().matches("(?s).*\\n  mapped-staff +Staff, any spreadsheet with a mapping.*"), help.out());
	}

	@Test
	void aRosterExportImportsAllOrNothing() throws IOException {
		Path roster = write("roster.csv", ROSTER);
		String db = temp.resolve("db").toString();
		Run imported = intd("import-workforce", "roster-staff", roster.toString(), "--db", db, "--map",
				"Ward 7 Community=cht", "--map", "North PCN=pcn-north");
		assertEquals(0, imported.exit(), imported.err());
		assertTrue(imported.out().startsWith("roster.csv (roster-staff): imported"), imported.out());
		assertTrue(imported.out().contains("rows read 3, imported 3, rejected 0"), imported.out());
		assertTrue(imported.out().contains("cht") && imported.out().contains("pcn-north"), imported.out());

		Run again = intd("import-workforce", "roster-staff", roster.toString(), "--db", db, "--map",
				"Ward 7 Community=cht", "--map", "North PCN=pcn-north");
		assertEquals(1, again.exit(), again.out());
		assertTrue(again.err().contains("column staff number: the store already has this person in this role from this"
				+ " start date"), again.err());

		Path bad = write("roster-bad.csv", ROSTER.replace("30,2021-06-14", "80,2021-06-14").replace("03/01/2023", "2023-13-01"));
		Run rejected = intd("import-workforce", "roster-staff", bad.toString(), "--db", temp.resolve("db2").toString());
		assertEquals(1, rejected.exit(), rejected.out());
		assertTrue(rejected.err().contains("roster-bad.csv row 3, column contracted hours: '80' hours a week is more than two"
				+ " full-time posts"), rejected.err());
		assertTrue(rejected.err().contains("roster-bad.csv row 4, column start date: '2023-13-01' is not a date"),
				rejected.err());
	}

	@Test
	void brokenContributionsAreLoggedNamingThePlugInAndLeftOut() {
		List<String> logged = new ArrayList<>();
		ILogListener listener = (status, plugin) -> logged.add(status.getMessage());
		Platform.addLogListener(listener);
		FileKinds kinds;
		try {
			kinds = FileKinds.installed();
		} finally {
			Platform.removeLogListener(listener);
		}
		List<String> ids = kinds.all().stream().map(FileKind::id).toList();
		assertTrue(ids.containsAll(List.of("staff", "mapped-staff", "roster-staff")), ids.toString());
		assertFalse(ids.contains("missing-class") || ids.contains("wrong-type"), ids.toString());
		assertEquals("org.intdesigner.workforce", kinds.of("staff").contributor(), "the built-in kind keeps its id");
		assertEquals(ImportTarget.STAFF, kinds.of("roster-staff").target());
		assertEquals(3, kinds.problems().size(), kinds.problems().toString());
		for (String broken : List.of("'missing-class'", "'wrong-type'", "'staff'")) {
			String problem = kinds.problems().stream().filter(p -> p.contains(broken)).findFirst().orElseThrow();
			assertTrue(problem.contains("of plug-in " + PLUGIN), problem);
			assertTrue(logged.contains(problem), "logged: " + logged);
		}
		assertTrue(kinds.problems().stream().anyMatch(p -> p.contains("NotAReader is no"
				+ " org.intdesigner.workforce.imports.api.FileKindReader")), kinds.problems().toString());
		assertTrue(kinds.problems().stream().anyMatch(p -> p.contains("NoSuchReader cannot be made")),
				kinds.problems().toString());
	}
}
