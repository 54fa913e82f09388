package org.intdesigner.analysis.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.intdesigner.analysis.api.Severity;
import org.intdesigner.analysis.engine.RuleSettings;
import org.intdesigner.analysis.engine.Validator;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** The SARIF 2.1.0 report, parsed back: the properties code-review tools need, and the levels. */
class SarifReportTest {

	private final ReportFixture fixture = new ReportFixture();

	private static JsonObject parse(String sarif) {
		return JsonParser.parseString(sarif).getAsJsonObject();
	}

	private static List<JsonObject> objects(JsonArray array) {
		return StreamSupport.stream(array.spliterator(), false).map(JsonElement::getAsJsonObject).toList();
	}

	private static String text(JsonObject owner, String property) {
		return owner.getAsJsonObject(property).get("text").getAsString();
	}

	private JsonObject run(String modelPath) {
		JsonObject sarif = parse(SarifReport.format(fixture.validate(), ReportFixture.catalog(), modelPath));
		assertEquals("https://json.schemastore.org/sarif-2.1.0.json", sarif.get("$schema").getAsString());
		assertEquals("2.1.0", sarif.get("version").getAsString());
		JsonArray runs = sarif.getAsJsonArray("runs");
		assertEquals(1, runs.size());
		return runs.get(0).getAsJsonObject();
	}

	@Test
	void theToolDescribesEveryRuleWithItsDefaultLevel() {
		JsonObject driver = run("place.intd").getAsJsonObject("tool").getAsJsonObject("driver");
		assertEquals("INT Designer", driver.get("name").getAsString());
		assertTrue(driver.get("informationUri").getAsString().startsWith("https://"));
		List<JsonObject> rules = objects(driver.getAsJsonArray("rules"));
		assertEquals(List.of("TST-010", "TST-020", "TST-030", Validator.METAMODEL_RULE),
				rules.stream().map(r -> r.get("id").getAsString()).toList(), "the rules run, then the metamodel's");
		JsonObject noPurpose = rules.get(0);
		assertEquals("TeamHasNoPurpose", noPurpose.get("name").getAsString());
		assertEquals("Team has no purpose", text(noPurpose, "shortDescription"));
		assertEquals(ReportFixture.NO_PURPOSE.rationale(), text(noPurpose, "fullDescription"));
		assertEquals(List.of("error", "warning", "note", "error"), rules.stream()
				.map(r -> r.getAsJsonObject("defaultConfiguration").get("level").getAsString()).toList());
		assertEquals("Accountability", noPurpose.getAsJsonObject("properties").getAsJsonArray("tags").get(0).getAsString());
		for (JsonObject rule : rules) {
			assertFalse(text(rule, "fullDescription").isBlank(), rule.toString());
		}
	}

	@Test
	void everyFindingIsAResultAtTheModelFileAndElement() {
		JsonObject run = run("designs/place.intd");
		List<JsonObject> rules = objects(run.getAsJsonObject("tool").getAsJsonObject("driver").getAsJsonArray("rules"));
		List<JsonObject> results = objects(run.getAsJsonArray("results"));
		assertEquals(6, results.size());
		for (JsonObject result : results) {
			String ruleId = result.get("ruleId").getAsString();
			assertEquals(ruleId, rules.get(result.get("ruleIndex").getAsInt()).get("id").getAsString(), "ruleIndex points at its rule");
			assertNotNull(text(result, "message"));
			JsonObject location = result.getAsJsonArray("locations").get(0).getAsJsonObject();
			assertEquals("designs/place.intd", location.getAsJsonObject("physicalLocation").getAsJsonObject("artifactLocation")
					.get("uri").getAsString());
			JsonObject logical = location.getAsJsonArray("logicalLocations").get(0).getAsJsonObject();
			assertTrue(Map.of("Core", "core-id", "Frailty MDT", "frailty-id").get(logical.get("name").getAsString())
					.equals(logical.get("fullyQualifiedName").getAsString()), logical.toString());
		}
		JsonObject error = results.stream().filter(r -> r.get("ruleId").getAsString().equals("TST-010")
				&& !r.has("suppressions")).findFirst().orElseThrow();
		assertEquals("error", error.get("level").getAsString());
		assertEquals("Team 'Core' has no purpose.", text(error, "message"));
	}

	@Test
	void levelsAreSarifsAndFollowTheUsersSeverities() {
		assertEquals("error", SarifReport.level(Severity.ERROR));
		assertEquals("warning", SarifReport.level(Severity.WARNING));
		assertEquals("note", SarifReport.level(Severity.INFO));
		RuleSettings raised = RuleSettings.defaults().withSeverity("TST-030", Severity.ERROR);
		JsonObject run = parse(SarifReport.format(fixture.validate(raised), ReportFixture.catalog(), "place.intd"))
				.getAsJsonArray("runs").get(0).getAsJsonObject();
		List<JsonObject> noted = objects(run.getAsJsonArray("results")).stream()
				.filter(r -> r.get("ruleId").getAsString().equals("TST-030")).toList();
		assertEquals(2, noted.size());
		noted.forEach(r -> assertEquals("error", r.get("level").getAsString(), "the run's severity"));
		JsonObject rule = run.getAsJsonObject("tool").getAsJsonObject("driver").getAsJsonArray("rules").get(2).getAsJsonObject();
		assertEquals("note", rule.getAsJsonObject("defaultConfiguration").get("level").getAsString(), "the rule's default");
	}

	@Test
	void anAcceptedFindingIsSuppressedInSourceWithItsJustification() {
		List<JsonObject> suppressed = objects(run("place.intd").getAsJsonArray("results")).stream()
				.filter(r -> r.has("suppressions")).toList();
		assertEquals(1, suppressed.size());
		JsonObject suppression = suppressed.get(0).getAsJsonArray("suppressions").get(0).getAsJsonObject();
		assertEquals("inSource", suppression.get("kind").getAsString());
		assertEquals("Purpose agreed in the \"Frailty\" charter", suppression.get("justification").getAsString());
		assertEquals("J. Smith", suppression.getAsJsonObject("properties").get("by").getAsString());
		assertEquals("2026-01-02", suppression.getAsJsonObject("properties").get("date").getAsString());
	}

	@Test
	void theModelPathBecomesAUriReference() {
		assertEquals("designs/place.intd", SarifReport.artifactUri("designs/place.intd"));
		assertEquals("my%20designs/caf%C3%A9.intd", SarifReport.artifactUri("my designs/café.intd"));
		assertEquals("c%3A/place.intd", SarifReport.artifactUri("c:/place.intd"), "not read as a scheme");
		assertEquals("file:///tmp/place.intd", SarifReport.artifactUri("/tmp/place.intd"));
	}

	@Test
	void aFindingOfAnUninstalledRuleStillHasARuleEntry() {
		RuleCatalog none = RuleCatalog.of(List.of());
		JsonObject run = parse(SarifReport.format(fixture.validate(), none, "place.intd")).getAsJsonArray("runs").get(0)
				.getAsJsonObject();
		List<JsonObject> rules = objects(run.getAsJsonObject("tool").getAsJsonObject("driver").getAsJsonArray("rules"));
		for (JsonObject result : objects(run.getAsJsonArray("results"))) {
			assertEquals(result.get("ruleId").getAsString(),
					rules.get(result.get("ruleIndex").getAsInt()).get("id").getAsString());
		}
	}
}
