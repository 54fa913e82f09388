package org.intdesigner.analysis.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

class JsonReportTest {

	private final ReportFixture fixture = new ReportFixture();
	private final String json = JsonReport.format(fixture.validate());
	private final List<JsonObject> findings = StreamSupport
			.stream(JsonParser.parseString(json).getAsJsonArray().spliterator(), false).map(JsonElement::getAsJsonObject)
			.toList();

	private JsonObject finding(String rule, String elementName) {
		return findings.stream().filter(f -> f.get("rule").getAsString().equals(rule)
				&& f.get("elementName").getAsString().equals(elementName)).findFirst().orElseThrow();
	}

	@Test
	void aListOfEveryFindingSuppressedOnesIncluded() {
		assertEquals(6, findings.size(), json);
		for (JsonObject finding : findings) {
			for (String key : List.of("rule", "severity", "category", "message", "elementId", "elementName", "suppressed")) {
				assertTrue(finding.has(key), key + " in " + finding);
			}
		}
	}

	@Test
	void aFindingSaysRuleSeverityMessageAndElement() {
		JsonObject error = finding("TST-010", "Core");
		assertEquals("error", error.get("severity").getAsString());
		assertEquals("Accountability", error.get("category").getAsString());
		assertEquals("Team 'Core' has no purpose.", error.get("message").getAsString());
		assertEquals("core-id", error.get("elementId").getAsString());
		assertTrue(error.get("suppressed").isJsonNull());
		assertEquals("info", finding("TST-030", "Core").get("severity").getAsString());
		assertFalse(json.contains("\\u0027"), "quotes are written as they are");
	}

	@Test
	void aSuppressedFindingSaysWhyByWhomAndWhen() {
		JsonObject suppressed = finding("TST-010", "Frailty MDT").getAsJsonObject("suppressed");
		assertEquals("Purpose agreed in the \"Frailty\" charter", suppressed.get("reason").getAsString());
		assertEquals("J. Smith", suppressed.get("by").getAsString());
		assertEquals("2026-01-02", suppressed.get("date").getAsString());
	}

	@Test
	void aCleanModelIsAnEmptyList() {
		fixture.model.getTeams().clear();
		JsonArray none = JsonParser.parseString(JsonReport.format(fixture.validate())).getAsJsonArray();
		assertTrue(none.isEmpty());
	}
}
