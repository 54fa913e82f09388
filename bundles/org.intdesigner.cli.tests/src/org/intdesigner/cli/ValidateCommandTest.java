package org.intdesigner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.intdesigner.model.IntdModel;
import org.intdesigner.model.csv.CsvExporter;
import org.intdesigner.model.io.ModelIds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** ./intd validate, in process, with the test rules of {@link CliTeamRule}: exit codes, levels, settings, formats. */
class ValidateCommandTest {

	@TempDir
	Path temp;

	private String save(IntdModel model) throws IOException {
		return ValidateModels.save(model, temp.resolve("model.intd")).toString();
	}

	private static CliRun validate(String... args) {
		List<String> all = new ArrayList<>(List.of("validate"));
		all.addAll(List.of(args));
		return CliRun.withRules(CliTeamRule.ALL, all.toArray(String[]::new));
	}

	@Test
	void nothingAtTheFailOnLevelIsZero() throws IOException {
		String file = save(ValidateModels.pilot());
		CliRun run = validate(file);
		assertEquals(0, run.exitCode(), run.err());
		assertTrue(run.out().contains("INFO    TST-030  Team 'Frailty pilot' is a pilot."), run.out());
		assertTrue(run.out().contains(file + ": 0 errors, 0 warnings, 1 info, 0 suppressed; 3 rules in "), run.out());
		assertEquals("", run.err());
		assertEquals(0, validate("--fail-on", "warning", file).exitCode());
		assertEquals(1, validate("--fail-on", "info", file).exitCode());
	}

	@Test
	void somethingAtTheFailOnLevelIsOne() throws IOException {
		String file = save(ValidateModels.core());
		CliRun run = validate(file);
		assertEquals(1, run.exitCode(), run.err());
		assertTrue(run.out().startsWith("Errors (1)\n  ERROR   TST-010  Team 'Core' has no purpose.  [Core, "), run.out());
		assertTrue(run.out().contains("Warnings (1)\n  WARNING TST-020  Team 'Core' has a short name."), run.out());
		assertTrue(run.out().contains(": 1 error, 1 warning, 0 info, 0 suppressed;"), run.out());
		assertEquals(1, validate("--fail-on", "WARNING", file).exitCode(), "case does not matter");
	}

	@Test
	void setSwitchesRulesOffChangesSeveritiesAndParameters() throws IOException {
		String file = save(ValidateModels.core());
		assertEquals(0, validate("--set", "TST-010.enabled=false", file).exitCode(), "only the warning is left");
		assertEquals(1, validate("--set", "TST-010.enabled=false", "--fail-on", "warning", file).exitCode());
		assertEquals(0, validate("--set", "TST-010.enabled=false", "--set", "TST-020.min=3", "--fail-on", "warning", file)
				.exitCode(), "'Core' is long enough now");
		CliRun raised = validate("--set", "TST-010.enabled=false", "--set", "TST-020.severity=error", file);
		assertEquals(1, raised.exitCode());
		assertTrue(raised.out().contains("ERROR   TST-020  Team 'Core' has a short name."), raised.out());
		CliRun lowered = validate("--set", "TST-010.severity=info", file);
		assertEquals(0, lowered.exitCode(), lowered.out());
	}

	@Test
	void aRulesFileSetsTheSameKeysAndSetWinsOverIt() throws IOException {
		String file = save(ValidateModels.core());
		Path rules = Files.writeString(temp.resolve("rules.properties"), """
				# our place's rules
				TST-010.enabled = false
				TST-020.min = 3
				""");
		assertEquals(0, validate("--rules", rules.toString(), "--fail-on", "warning", file).exitCode());
		CliRun override = validate("--rules", rules.toString(), "--set", "TST-020.min=10", "--fail-on", "warning", file);
		assertEquals(1, override.exitCode(), override.out());
	}

	@Test
	void settingsThatMeanNothingAreRefusedAndUnknownRulesWarned() throws IOException {
		String file = save(ValidateModels.pilot());
		CliRun wrong = validate("--set", "TST-020.severity=fatal", file);
		assertEquals(2, wrong.exitCode());
		assertEquals("TST-020.severity=fatal: use error, warning or info", wrong.err().strip());
		assertEquals("", wrong.out());
		CliRun typo = validate("--set", "TST-020.mni=3", file);
		assertEquals(2, typo.exitCode());
		assertTrue(typo.err().contains("TST-020 has no setting 'mni' (it has enabled, severity, min)"), typo.err());
		CliRun elsewhere = validate("--set", "EXT-001.enabled=false", file);
		assertEquals(0, elsewhere.exitCode());
		assertTrue(elsewhere.err().contains("Warning: EXT-001.enabled: no rule EXT-001 is installed"), elsewhere.err());
		assertEquals(2, validate("--set", "TST-020.min", file).exitCode(), "KEY=VALUE is a usage error");
	}

	@Test
	void suppressedFindingsAreListedButDoNotCount() throws IOException {
		String file = save(ValidateModels.coreAccepted());
		CliRun text = validate(file);
		assertEquals(0, text.exitCode(), text.out());
		assertTrue(text.out().contains("Suppressed (1)\n  ERROR   TST-010  Team 'Core' has no purpose.  [Core, "), text.out());
		assertTrue(text.out().contains("      suppressed: Purpose in the ICS charter (J. Smith, 2026-01-02)"), text.out());
		assertFalse(text.out().contains("Errors ("), text.out());

		CliRun json = validate("--format", "json", file);
		assertEquals(0, json.exitCode());
		JsonArray findings = JsonParser.parseString(json.out()).getAsJsonArray();
		JsonObject accepted = findings.asList().stream().map(f -> f.getAsJsonObject())
				.filter(f -> f.get("rule").getAsString().equals("TST-010")).findFirst().orElseThrow();
		assertEquals("Purpose in the ICS charter", accepted.getAsJsonObject("suppressed").get("reason").getAsString());
		assertEquals("J. Smith", accepted.getAsJsonObject("suppressed").get("by").getAsString());

		CliRun sarif = validate("--format", "sarif", file);
		assertEquals(0, sarif.exitCode());
		JsonObject result = JsonParser.parseString(sarif.out()).getAsJsonObject().getAsJsonArray("runs").get(0)
				.getAsJsonObject().getAsJsonArray("results").asList().stream().map(r -> r.getAsJsonObject())
				.filter(r -> r.has("suppressions")).findFirst().orElseThrow();
		JsonObject suppression = result.getAsJsonArray("suppressions").get(0).getAsJsonObject();
		assertEquals("inSource", suppression.get("kind").getAsString());
		assertEquals("Purpose in the ICS charter", suppression.get("justification").getAsString());
	}

	@Test
	void jsonAndSarifGoToStandardOutputWhole() throws IOException {
		String file = save(ValidateModels.core());
		CliRun json = validate("--format", "json", file);
		assertEquals(1, json.exitCode());
		JsonArray findings = JsonParser.parseString(json.out()).getAsJsonArray();
		assertEquals(2, findings.size());
		JsonObject first = findings.get(0).getAsJsonObject();
		assertEquals("TST-010", first.get("rule").getAsString());
		assertEquals("error", first.get("severity").getAsString());
		assertEquals("Core", first.get("elementName").getAsString());
		assertFalse(first.get("elementId").getAsString().isBlank());

		CliRun sarif = validate("--format", "SARIF", file);
		assertEquals(1, sarif.exitCode());
		JsonObject run = JsonParser.parseString(sarif.out()).getAsJsonObject().getAsJsonArray("runs").get(0).getAsJsonObject();
		JsonObject result = run.getAsJsonArray("results").get(0).getAsJsonObject();
		assertEquals(file, result.getAsJsonArray("locations").get(0).getAsJsonObject().getAsJsonObject("physicalLocation")
				.getAsJsonObject("artifactLocation").get("uri").getAsString().replace("file://", ""));
		assertEquals(2, validate("--format", "xml", file).exitCode(), "an unknown format is a usage error");
	}

	@Test
	void aFolderOfCsvFilesIsValidatedWithoutWritingAModel() throws IOException {
		Path folder = temp.resolve("csv");
		IntdModel model = ValidateModels.coreAccepted();
		ModelIds.assignMissing(model);
		CsvExporter.export(model, folder);
		List<Path> before;
		try (var files = Files.list(folder)) {
			before = files.sorted().toList();
		}
		CliRun run = validate("--fail-on", "warning", folder.toString());
		assertEquals(1, run.exitCode(), run.err());
		assertTrue(run.out().contains("WARNING TST-020  Team 'Core' has a short name."), run.out());
		assertTrue(run.out().contains("Suppressed (1)"), "suppressions travel in suppressions.csv: " + run.out());
		try (var files = Files.list(folder)) {
			assertEquals(before, files.sorted().toList(), "nothing written");
		}
	}

	@Test
	void helpExplainsTheExitCodes() {
		CliRun run = CliRun.of("help", "validate");
		assertEquals(0, run.exitCode());
		assertTrue(run.out().contains("--fail-on") && run.out().contains("--set") && run.out().contains("--rules"), run.out());
		assertTrue(run.out().contains("Exit codes:") && run.out().contains("the model, the rules file or the command line could not be read"), run.out());
	}
}
