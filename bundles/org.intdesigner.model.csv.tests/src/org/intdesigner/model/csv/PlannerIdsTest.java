package org.intdesigner.model.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.intdesigner.model.IntdFactory;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Organisation;
import org.intdesigner.model.Team;
import org.intdesigner.model.io.ModelFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A planner's spreadsheet comes back as it went in: an export of a model imported from CSV writes the
 * planner's ids in every id and reference column, and only falls back to permanent ids where codes are
 * missing or shared; import of the export gives the same model.
 */
class PlannerIdsTest {

	@TempDir
	Path temp;

	@Test
	void theExportOfAnImportUsesThePlannersIds() throws IOException {
		IntdModel imported = CsvImporter.importFolder(PlannerFolder.write(temp.resolve("in")));
		Path out = temp.resolve("out");
		CsvExporter.export(imported, out);
		List<Map<String, String>> posts = rows(out.resolve("posts.csv"));
		assertEquals(List.of("S1", "S2", "S3"), column(posts, "id"));
		assertEquals(List.of("R1", "R2", "R2"), column(posts, "role_id"));
		assertEquals(List.of("O1", "O2", "O2"), column(posts, "employer_id"));
		assertEquals(List.of("", "S1", "S1"), column(posts, "line_manager_id"));
		assertEquals(List.of("", "S1", ""), column(posts, "supervisor_id"));
		assertFalse(posts.get(0).containsKey("code"), "the ids are the codes: no code column " + posts.get(0).keySet());
		assertFalse(posts.get(0).containsKey(CsvIds.PERMANENT_ID), posts.get(0).keySet().toString());
		assertEquals(List.of("T1", "T2"), column(rows(out.resolve("teams.csv")), "id"));
		assertEquals(List.of("", "T1"), column(rows(out.resolve("teams.csv")), "parent_team_id"));
		assertEquals(List.of("S2", "S2"), column(rows(out.resolve("allocations.csv")), "post_id"));
		assertEquals(List.of("A1", "A1", "A1"), column(rows(out.resolve("raci.csv")), "accountability_id"));
		assertEquals(List.of("S1", "S2", "O2"), column(rows(out.resolve("raci.csv")), "party_id"));

		IntdModel again = CsvImporter.importFolder(out);
		assertTrue(new EcoreUtil.EqualityHelper().equals(imported, again), "import of the export gives the same model");
	}

	@Test
	void sharedOrMissingCodesFallBackToPermanentIds() throws IOException {
		IntdModel model = IntdFactory.eINSTANCE.createIntdModel();
		model.setId("0b8e7c4a-8f7e-4d0a-9d55-1f1f3a0c2b11");
		model.setFormatVersion(ModelFiles.FORMAT_VERSION);
		Organisation council = organisation(model, "c1a1f5de-3c61-4a4f-9b0b-7b8e8d3c9a01", "Council", "ORG");
		Organisation trust = organisation(model, "c1a1f5de-3c61-4a4f-9b0b-7b8e8d3c9a02", "Trust", "ORG");
		Organisation charity = organisation(model, "c1a1f5de-3c61-4a4f-9b0b-7b8e8d3c9a03", "Charity", null);
		Team team = IntdFactory.eINSTANCE.createTeam();
		team.setId("c1a1f5de-3c61-4a4f-9b0b-7b8e8d3c9a04");
		team.setName("Core");
		team.setCode("CORE");
		team.setHost(trust);
		model.getTeams().add(team);
		Path out = temp.resolve("out");
		CsvExporter.export(model, out);

		List<Map<String, String>> organisations = rows(out.resolve("organisations.csv"));
		assertEquals(List.of(council.getId(), trust.getId(), charity.getId()), column(organisations, "id"),
				"a code two organisations share names neither");
		assertEquals(List.of("ORG", "ORG", ""), column(organisations, "code"));
		List<Map<String, String>> teams = rows(out.resolve("teams.csv"));
		assertEquals("CORE", teams.get(0).get("id"));
		assertEquals(trust.getId(), teams.get(0).get("host_id"));
		assertEquals(team.getId(), teams.get(0).get(CsvIds.PERMANENT_ID), "the id a workbench gave is kept beside the code");

		IntdModel again = CsvImporter.importFolder(out);
		assertTrue(new EcoreUtil.EqualityHelper().equals(model, again), "import of the export gives the same model");
	}

	@Test
	void aPermanentIdMustBeOne() throws IOException {
		Path folder = temp.resolve("bad");
		PlannerFolder.file(folder, "organisations.csv", """
				id,name,sector,permanent_id
				O1,Riverside PCN,general_practice,not-a-uuid
				""");
		CsvImportException problem = assertThrows(CsvImportException.class, () -> CsvImporter.importFolder(folder));
		assertTrue(problem.getMessage().contains("organisations.csv row 2, column permanent_id: 'not-a-uuid' is not a permanent id"),
				problem.getMessage());
	}

	@Test
	void everyObjectKnowsItsRow() throws IOException {
		CsvBundle bundle = CsvImporter.read(PlannerFolder.write(temp.resolve("in")));
		var s3 = bundle.model().getPosts().stream().filter(p -> "S3".equals(p.getCode())).findFirst().orElseThrow();
		assertEquals(new CsvRow("posts.csv", 4), bundle.rowOf(s3));
		var allocation = bundle.model().getPosts().stream().filter(p -> "S2".equals(p.getCode())).findFirst().orElseThrow()
				.getAllocations().get(1);
		assertEquals(new CsvRow("allocations.csv", 3), bundle.rowOf(allocation));
	}

	private static Organisation organisation(IntdModel model, String id, String name, String code) {
		Organisation organisation = IntdFactory.eINSTANCE.createOrganisation();
		organisation.setId(id);
		organisation.setName(name);
		organisation.setCode(code);
		model.getOrganisations().add(organisation);
		return organisation;
	}

	private static List<Map<String, String>> rows(Path file) throws IOException {
		List<Map<String, String>> rows = new ArrayList<>();
		try (Reader in = CsvFiles.open(file); CSVParser parser = CsvFiles.READ.parse(in)) {
			for (CSVRecord record : parser) {
				rows.add(record.toMap());
			}
		}
		return rows;
	}

	private static List<String> column(List<Map<String, String>> rows, String header) {
		return rows.stream().map(row -> row.getOrDefault(header, "")).toList();
	}
}
