package org.intdesigner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * ./intd validate of a planner's folder of CSV files, as a CI job runs it: every finding names its
 * element by the planner's own id, a label they recognise (posts from a spreadsheet have no names) and
 * the file and row to fix, in the text, the JSON and the SARIF alike.
 */
class PlannerCsvFindingsTest {

	@TempDir
	Path temp;

	private Path folder;

	@BeforeEach
	void plannersSpreadsheet() throws IOException {
		folder = Files.createDirectories(temp.resolve("riverside"));
		Files.writeString(folder.resolve("organisations.csv"), """
				id,name,sector
				ORG_PCN,Riverside PCN,general_practice
				""");
		Files.writeString(folder.resolve("roles.csv"), """
				id,name,profession,sector,clinical,new_role,arrs
				R_CC,Care coordinator,care coordination,general_practice,false,true,true
				R_MGR,Operations manager,management,general_practice,false,false,false
				""");
		// row 2: the manager, at the top of the organisation; row 3: a vacant post nobody manages
		Files.writeString(folder.resolve("posts.csv"), """
				id,role_id,employer_id,fte,band,holder,line_manager_id,supervisor_id,top_of_organisation
				P_MGR1,R_MGR,ORG_PCN,1,AfC 8a,Sam Patel,,,true
				P_CC7,R_CC,ORG_PCN,1,AfC 4,,,,
				""");
	}

	@Test
	void textNamesTheFileRowCodeAndALabel() {
		CliRun run = CliRun.of("validate", "--fail-on", "warning", folder.toString());
		assertEquals(1, run.exitCode(), run.err());
		String line = run.out().lines().filter(l -> l.contains("POST-002")).findFirst().orElse("");
		assertTrue(line.contains("[" + folder.resolve("posts.csv") + ":3 P_CC7, vacant Care coordinator post, Riverside PCN]"),
				run.out());
		assertTrue(line.contains("'vacant Care coordinator post, Riverside PCN'"), "the message names it too: " + line);
		assertFalse(run.out().contains("unnamed post"), run.out());
	}

	@Test
	void jsonCarriesTheCodeFileAndRow() {
		CliRun run = CliRun.of("validate", "--format", "json", "--fail-on", "warning", folder.toString());
		JsonObject finding = first(JsonParser.parseString(run.out()).getAsJsonArray(), "POST-002");
		assertEquals("P_CC7", finding.get("elementCode").getAsString());
		assertEquals("vacant Care coordinator post, Riverside PCN", finding.get("elementName").getAsString());
		assertEquals(folder.resolve("posts.csv").toString(), finding.get("file").getAsString());
		assertEquals(3, finding.get("row").getAsInt());
	}

	@Test
	void sarifLocatesTheFindingOnTheSpreadsheetLine() {
		String relative = Path.of("").toAbsolutePath().relativize(folder).toString();
		CliRun run = CliRun.of("validate", "--format", "sarif", "--fail-on", "warning", relative);
		JsonArray results = JsonParser.parseString(run.out()).getAsJsonObject().getAsJsonArray("runs").get(0)
				.getAsJsonObject().getAsJsonArray("results");
		JsonObject result = first(results, "POST-002");
		JsonObject location = result.getAsJsonArray("locations").get(0).getAsJsonObject();
		JsonObject physical = location.getAsJsonObject("physicalLocation");
		assertEquals(relative + "/posts.csv", physical.getAsJsonObject("artifactLocation").get("uri").getAsString());
		assertEquals(3, physical.getAsJsonObject("region").get("startLine").getAsInt());
		JsonObject logical = location.getAsJsonArray("logicalLocations").get(0).getAsJsonObject();
		assertEquals("P_CC7", logical.get("fullyQualifiedName").getAsString());
		assertEquals("vacant Care coordinator post, Riverside PCN", logical.get("name").getAsString());
	}

	private static JsonObject first(JsonArray items, String rule) {
		for (JsonElement item : items) {
			JsonObject object = item.getAsJsonObject();
			String id = object.has("rule") ? object.get("rule").getAsString() : object.get("ruleId").getAsString();
			if (id.equals(rule)) {
				return object;
			}
		}
		assertNotNull(null, rule + " not found in " + items);
		return null;
	}
}
