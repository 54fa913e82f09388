package org.intdesigner.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Every headless command through the product's launcher, as a planner at a terminal or a CI job meets
 * it: what it prints on standard output, that standard error holds only the command's own messages,
 * and its exit code, on success, on rejected input and on input that cannot be read.
 */
class HeadlessCommandsTest {

	private static final List<String> COMMANDS = List.of("example", "check", "validate", "import-csv", "export-csv",
			"export-raci", "import-workforce", "metrics", "workforce-server", "wisn", "plan", "skills", "training-plan", "scenario", "diff", "transition",
			"allocate", "report");

	@TempDir
	static Path temp;

	private static Product product;

	@BeforeAll
	static void theExample() {
		product = new Product(temp);
		Product.Run run = product.cli("example", "riverside");
		assertEquals(0, run.exitCode(), run.toString());
		assertTrue(run.out().contains("riverside/riverside.intd: the Riverside example place: 162 posts"), run.toString());
		assertTrue(run.out().contains("riverside/riverside-docklands-two-mdts.intd: the scenario \"Riverside: Docklands in two"
				+ " MDTs\" of riverside.intd: 3 transition waves"), run.toString());
		assertQuiet(run);
	}

	/** Standard error of a run that went well: nothing, and never the framework's start-up chatter. */
	private static void assertQuiet(Product.Run run) {
		assertEquals("", run.err(), "standard error of a run that went well: " + run);
	}

	private static Product.Run ok(String... args) {
		Product.Run run = product.cli(args);
		assertEquals(0, run.exitCode(), run.toString());
		assertFalse(run.out().isBlank(), "prints something: " + run);
		assertQuiet(run);
		return run;
	}

	@Test
	void exampleWritesItsFilesAndKeepsThemWithoutForce() throws IOException {
		assertTrue(Files.isRegularFile(temp.resolve("riverside/riverside.intd")));
		assertTrue(Files.isRegularFile(temp.resolve("riverside/riverside-csv/posts.csv")));
		for (String file : List.of("staff.csv", "establishment.csv", "absence.csv", "skills.csv", "survey.csv")) {
			assertTrue(Files.size(temp.resolve("riverside/workforce").resolve(file)) > 1000, file);
		}
		Product.Run again = product.cli("example", "riverside");
		assertEquals(1, again.exitCode(), again.toString());
		assertEquals("", again.out());
		assertTrue(again.err().contains("riverside/riverside.intd already exists") && again.err().contains("--force"), again.toString());
	}

	/** The scenario ./intd example writes beside the model: Docklands' MDTs from four to two, its changes listed by diff. */
	@Test
	void theExampleScenarioAndItsChanges() {
		Product.Run diff = ok("diff", "riverside/riverside.intd", "riverside/riverside-docklands-two-mdts.intd");
		String summary = diff.out().lines().findFirst().orElse("");
		assertTrue(summary.matches("\\d+ changes: [1-9]\\d* added, [1-9]\\d* removed, [1-9]\\d* changed, [1-9]\\d* moved"),
				diff.toString());
		for (String line : List.of("added   Team 'Docklands families and mental health MDT' [docklands-families]",
				"removed Team 'Docklands complex needs MDT' [docklands-complex]",
				"removed Post 'First contact physiotherapist, Docklands' [docklands-fcp]",
				"added   Post 'Families and mental health MDT manager, Docklands' [docklands-fmh-mgr]",
				"changed Post 'District nurse 1, Docklands' [docklands-dn1]: band 'AfC 6' -> 'AfC 7'",
				"moved   Post 'Paramedic, Docklands' [docklands-para]: employer 'Docklands and Hillside PCN' ->"
						+ " 'Riverside Community Health NHS Trust'",
				"changed Team 'Docklands ageing well and complex care MDT' [docklands-frailty]: name 'Docklands frailty MDT'",
				"added   TransitionWave 'Wave 1: two MDTs' [docklands-wave-1]")) {
			assertTrue(diff.out().contains(line), line + " in " + diff);
		}
		Product.Run csv = ok("diff", "riverside/riverside.intd", "riverside/riverside-docklands-two-mdts.intd", "--format", "csv");
		assertTrue(csv.out().lines().anyMatch(l -> l.startsWith("added,RaciAssignment,")), csv.toString());
		Product.Run check = ok("check", "riverside/riverside-docklands-two-mdts.intd");
		assertTrue(check.out().contains("integrity: ok"), check.toString());
	}

	@Test
	void checkReportsTheModel() {
		Product.Run run = ok("check", "riverside/riverside.intd");
		assertTrue(run.out().contains("162 posts") && run.out().contains("integrity: ok"), run.toString());
		Product.Run missing = product.cli("check", "nowhere.intd");
		assertEquals(1, missing.exitCode(), missing.toString());
		assertTrue(missing.err().contains("nowhere.intd"), missing.toString());
	}

	@Test
	void validateInEveryFormat() {
		Product.Run text = product.cli("validate", "riverside/riverside-csv");
		assertEquals(1, text.exitCode(), "the example has an error: " + text);
		assertQuiet(text);
		assertTrue(text.out().contains("ERROR   ACC-002") && text.out().contains("[riverside/riverside-csv/accountabilities.csv:"),
				text.toString());
		assertTrue(text.out().contains("riverside/riverside-csv/posts.csv:11 pcn-dh-pcnm, Umar Yilmaz, PCN manager"), text.toString());

		Product.Run json = product.cli("validate", "riverside/riverside-csv", "--format", "json");
		assertEquals(1, json.exitCode(), json.toString());
		assertQuiet(json);
		JsonArray findings = JsonParser.parseString(json.out()).getAsJsonArray();
		JsonObject span = findings.asList().stream().map(f -> f.getAsJsonObject())
				.filter(f -> f.get("rule").getAsString().equals("SPAN-001")).findFirst().orElseThrow();
		assertEquals("pcn-dh-pcnm", span.get("elementCode").getAsString());
		assertEquals("riverside/riverside-csv/posts.csv", span.get("file").getAsString());
		assertEquals(11, span.get("row").getAsInt());

		Product.Run sarif = product.cli("validate", "riverside/riverside.intd", "--format", "sarif", "--fail-on", "warning");
		assertEquals(1, sarif.exitCode(), sarif.toString());
		assertQuiet(sarif);
		assertEquals("2.1.0", JsonParser.parseString(sarif.out()).getAsJsonObject().get("version").getAsString());

		Product.Run badOption = product.cli("validate", "riverside/riverside.intd", "--format", "xml");
		assertEquals(2, badOption.exitCode(), badOption.toString());
		assertEquals("", badOption.out());
		assertTrue(badOption.err().contains("--format"), badOption.toString());
	}

	@Test
	void csvExportAndImport() throws IOException {
		Product.Run export = ok("export-csv", "riverside/riverside.intd", "exported");
		assertTrue(export.out().startsWith("exported: wrote "), export.toString());
		Product.Run imported = ok("import-csv", "exported", "back.intd");
		assertTrue(imported.out().contains("162 posts"), imported.toString());
		ok("check", "back.intd");

		Path broken = Files.createDirectories(temp.resolve("broken"));
		Files.writeString(broken.resolve("organisations.csv"), "id,name,sector\nO1,Riverside PCN,hospital\n");
		Product.Run rejected = product.cli("import-csv", "broken", "broken.intd");
		assertEquals(1, rejected.exitCode(), rejected.toString());
		assertEquals("", rejected.out());
		assertTrue(rejected.err().contains("organisations.csv row 2, column sector: 'hospital' is not one of"), rejected.toString());
		assertFalse(Files.exists(temp.resolve("broken.intd")));
	}

	@Test
	void raciToCsvAndExcel() throws IOException {
		Product.Run csv = ok("export-raci", "riverside/riverside.intd", "raci.csv");
		assertTrue(Files.readString(temp.resolve("raci.csv")).startsWith("Item id,"), csv.toString());
		ok("export-raci", "riverside/riverside.intd", "raci.xlsx");
		byte[] head = new byte[2];
		try (var in = Files.newInputStream(temp.resolve("raci.xlsx"))) {
			assertEquals(2, in.read(head));
		}
		assertEquals("PK", new String(head, StandardCharsets.US_ASCII));
	}

	@Test
	void workforceImportsAndMetrics() {
		for (String kind : List.of("staff", "establishment", "absence", "skills", "survey")) {
			Product.Run run = ok("import-workforce", kind, "riverside/workforce/" + kind + ".csv", "--db", "store", "--model",
					"riverside/riverside.intd");
			assertTrue(run.out().contains("imported"), run.toString());
		}
		Product.Run questions = ok("import-workforce", "survey", "riverside/workforce/survey.csv", "--questions",
				"riverside/workforce/questions.csv", "--replace", "--db", "store", "--model", "riverside/riverside.intd");
		assertTrue(questions.out().contains("answers to 7 further questions (questions.csv)"), questions.toString());
		Product.Run badSkill = product.cli("import-workforce", "skills", "riverside/workforce/absence.csv", "--db", "store");
		assertEquals(1, badSkill.exitCode(), badSkill.toString());
		assertTrue(badSkill.err().contains("absence.csv row 1, column capability_id, level, assessed_on: missing columns"),
				badSkill.toString());
		Product.Run again = product.cli("import-workforce", "staff", "riverside/workforce/staff.csv", "--db", "store");
		assertEquals(1, again.exitCode(), "rows the store holds already reject the file: " + again);
		assertTrue(again.err().contains("staff.csv"), again.toString());
		Product.Run missing = product.cli("import-workforce", "staff", "nowhere.csv", "--db", "store");
		assertEquals(2, missing.exitCode(), missing.toString());
		assertTrue(missing.err().contains("nowhere.csv"), missing.toString());

		Product.Run text = ok("metrics", "turnover", "--db", "store", "--by", "sector");
		assertTrue(text.out().startsWith("Turnover (headcount) (%), 2025-04-01..2026-03-31"), "the year the data ends with: " + text);
		Product.Run csv = ok("metrics", "sickness", "--db", "store", "--by", "month", "--format", "csv");
		assertTrue(csv.out().lines().count() == 13, "a header and twelve months: " + csv);
		Product.Run json = ok("metrics", "engagement", "--db", "store", "--format", "json");
		assertTrue(JsonParser.parseString(json.out()).isJsonObject(), json.toString());
		Product.Run unknown = product.cli("metrics", "happiness", "--db", "store");
		assertEquals(1, unknown.exitCode(), unknown.toString());
		assertEquals("", unknown.out());
		assertTrue(unknown.err().contains("Unknown metric 'happiness'"), unknown.toString());
	}

	@Test
	void workforceServerSaysHowToConnectAndServes() throws Exception {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		Process server = product.start(Map.of("INTD_WORKFORCE_PASSWORD", "s3cret-for-test"), "workforce-server", "--db",
				"served", "--port", String.valueOf(port));
		CompletableFuture<String> err = Product.read(server.getErrorStream());
		try (BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))) {
			StringBuilder said = new StringBuilder();
			for (String line = out.readLine(); line != null && !line.startsWith("Stop it with Ctrl+C"); line = out.readLine()) {
				said.append(line).append('\n');
			}
			assertTrue(said.toString().contains("on localhost:" + port + " (this machine only), user intd"), said.toString());
			Product.Run client = product.run(List.of(Product.installation().resolve("intdesigner").toString(), "--cli", "metrics",
					"headcount", "--server", "localhost:" + port, "--user", "intd"), Map.of("INTD_WORKFORCE_PASSWORD", "s3cret-for-test"));
			assertEquals(0, client.exitCode(), client.toString());
			assertQuiet(client);
		} finally {
			server.destroy();
			assertTrue(server.waitFor(60, TimeUnit.SECONDS), "the server stops on SIGTERM");
		}
		assertEquals("", err.get(60, TimeUnit.SECONDS), "the server's standard error");
	}

	/** The planning commands print the example place's figures (issue #16's smoke test through the launcher). */
	@Test
	void wisnAndPlanPrintTheExamplePlacesFigures() {
		Product.Run wisn = ok("wisn", "riverside/riverside.intd");
		assertTrue(wisn.out().startsWith("District nursing, each neighbourhood: District nurse in Riverside North\n"
				+ "  available working time 210 days, 1575 hours a year\n"), wisn.toString());
		assertTrue(wisn.out().contains("  required 5.05, current 1.00: difference -4.05 (shortage), WISN ratio 0.198\n"),
				wisn.toString());
		Product.Run json = ok("wisn", "riverside/riverside-csv", "--format", "json", "--year", "5");
		assertEquals(16, JsonParser.parseString(json.out()).getAsJsonObject().getAsJsonArray("studies").size(), json.toString());
		Product.Run plan = ok("plan", "riverside/riverside.intd");
		assertTrue(plan.out().startsWith("Gaps now, most urgent first (need - supply; positive: a shortage):\n"
				+ "  District nurse in Riverside: need 17.00, supply 6.00"), plan.toString());
		assertTrue(plan.out().contains("Gaps in 10 years"), plan.toString());
		Product.Run csv = ok("plan", "riverside/riverside.intd", "--format", "csv", "--years", "2");
		assertEquals(1 + 4 * 3, csv.out().lines().count(), "a header and 4 roles x years 0 to 2: " + csv);
		Product.Run bad = product.cli("plan", "riverside/riverside.intd", "--years", "40");
		assertEquals(2, bad.exitCode(), bad.toString());
		assertTrue(bad.err().contains("The horizon is 40 years: give 0 to 15."), bad.toString());
	}

	/** Skill sufficiency and the training plan of the example place through the launcher (issue #18). */
	@Test
	void skillsAndTrainingPlanPrintTheExamplePlacesFigures() throws IOException {
		ok("import-workforce", "staff", "riverside/workforce/staff.csv", "--db", "skills-store");
		Product.Run designed = ok("skills", "riverside/riverside.intd", "--db", "skills-store");
		assertTrue(designed.out().contains("from posts as designed (no assessments loaded)"), designed.toString());
		ok("import-workforce", "skills", "riverside/workforce/skills.csv", "--db", "skills-store", "--model",
				"riverside/riverside.intd");
		Product.Run skills = ok("skills", "riverside/riverside.intd", "--db", "skills-store", "--by", "neighbourhood");
		assertTrue(skills.out().startsWith("Skill sufficiency on 2026-03-31, from assessed people"), skills.toString());
		assertTrue(skills.out().contains("Riverside North"), skills.toString());
		Product.Run json = ok("skills", "riverside/riverside.intd", "--db", "skills-store", "--format", "json");
		assertTrue(JsonParser.parseString(json.out()).getAsJsonObject().getAsJsonArray("rows").size() > 20, json.toString());
		Product.Run plan = ok("training-plan", "riverside/riverside.intd", "--db", "skills-store", "--out", "training.xlsx");
		assertTrue(plan.out().contains("\nTraining needs ("), plan.toString());
		assertTrue(Files.size(product.folder().resolve("training.xlsx")) > 1000, "the workbook: " + plan);
		Product.Run bad = product.cli("skills", "riverside/riverside.intd", "--db", "skills-store", "--by", "galaxy");
		assertEquals(2, bad.exitCode(), bad.toString());
		assertTrue(bad.err().contains("Unknown grouping 'galaxy'"), bad.toString());
	}

	/** A scenario of the example and its changes through the launcher (issue #19's first part). */
	@Test
	void aScenarioAndItsDifferences() {
		Product.Run made = ok("scenario", "new", "riverside/riverside.intd", "docklands.intd", "--name", "Docklands reorganised");
		assertTrue(made.out().startsWith("docklands.intd: Docklands reorganised, a scenario of riverside/riverside.intd"),
				made.toString());
		Product.Run diff = ok("diff", "riverside/riverside.intd", "docklands.intd");
		assertEquals("1 change: 0 added, 0 removed, 1 changed, 0 moved\n"
				+ "  changed IntdModel 'Docklands reorganised': name 'Riverside example place' -> 'Docklands reorganised'\n",
				diff.out(), diff.toString());
		Product.Run json = ok("diff", "riverside/riverside.intd", "docklands.intd", "--format", "json");
		assertEquals(1, JsonParser.parseString(json.out()).getAsJsonObject().getAsJsonArray("changes").size(), json.toString());
		Product.Run again = product.cli("scenario", "new", "riverside/riverside.intd", "docklands.intd");
		assertEquals(1, again.exitCode(), again.toString());
		assertTrue(again.err().contains("docklands.intd exists already"), again.toString());
	}

	/**
	 * A transition plan through the launcher: a scenario of the example with one post re-banded (edited in the file, as
	 * any tool could), one wave carrying it, and the same wave with a date that is not yyyy-mm-dd, refused naming it.
	 */
	@Test
	void aTransitionPlanAndABadWave() throws IOException {
		ok("scenario", "new", "riverside/riverside.intd", "rebanded.intd", "--name", "Re-banded");
		Path scenario = temp.resolve("rebanded.intd");
		String xml = Files.readString(scenario);
		assertTrue(xml.contains("band=\"AfC 6\""), "the example has band 6 posts");
		Files.writeString(scenario, xml.replaceFirst("band=\"AfC 6\"", "band=\"AfC 7\""));
		JsonObject diff = JsonParser.parseString(ok("diff", "riverside/riverside.intd", "rebanded.intd", "--format", "json").out())
				.getAsJsonObject();
		String post = diff.getAsJsonArray("changes").asList().stream().map(c -> c.getAsJsonObject())
				.filter(c -> c.get("feature").getAsString().equals("band")).findFirst().orElseThrow().get("id").getAsString();
		String wave = "<transitionWaves id=\"wave-1\" name=\"Re-band\" effectiveDate=\"2026-04-01\" owner=\"Chief nurse\""
				+ " reason=\"Job evaluation\"><elementIds>" + post + "</elementIds><elementIds>no-such-element</elementIds>"
				+ "</transitionWaves>\n</intd:IntdModel>";
		Files.writeString(scenario, Files.readString(scenario).replace("</intd:IntdModel>", wave));

		Product.Run run = product.cli("transition", "riverside/riverside.intd", "rebanded.intd", "--out", "plan.xlsx");
		assertEquals(0, run.exitCode(), run.toString());
		assertTrue(run.out().startsWith("Transition plan from 'Riverside example place' to 'Re-banded': 1 wave, 1 change;"),
				run.toString());
		assertTrue(run.out().contains("Wave 'Re-band', effective 2026-04-01, owner Chief nurse: Job evaluation\n  Changes (1)\n"
				+ "    re-banding"), run.toString());
		assertTrue(run.out().contains("band AfC 6 -> AfC 7"), run.toString());
		assertEquals("rebanded.intd: warning: Transition wave 'Re-band' lists no-such-element, which carries no change (it is"
				+ " not in either model, or it and what it holds are the same in both): take it out of the wave.\n", run.err(),
				"a wave's id that carries nothing is a warning, on standard error");
		assertTrue(Files.size(temp.resolve("plan.xlsx")) > 1000);
		JsonObject json = JsonParser.parseString(product.cli("transition", "riverside/riverside.intd", "rebanded.intd",
				"--format", "json").out()).getAsJsonObject();
		JsonObject first = json.getAsJsonArray("waves").get(0).getAsJsonObject();
		assertEquals("2026-04-01", first.get("date").getAsString());
		assertEquals(post, first.getAsJsonArray("changes").get(0).getAsJsonObject().get("id").getAsString());
		assertEquals("re-banding", first.getAsJsonArray("changes").get(0).getAsJsonObject().get("type").getAsString());

		Files.writeString(scenario, Files.readString(scenario).replace("effectiveDate=\"2026-04-01\"", "effectiveDate=\"01/04/2026\""));
		Product.Run bad = product.cli("transition", "riverside/riverside.intd", "rebanded.intd");
		assertEquals(1, bad.exitCode(), bad.toString());
		assertEquals("", bad.out(), bad.toString());
		assertEquals("rebanded.intd: Transition wave 'Re-band' has the effective date '01/04/2026', which is not a date as"
				+ " yyyy-mm-dd: write it like 2026-04-01.\n", bad.err(), bad.toString());
		Product.Run usage = product.cli("transition", "riverside/riverside.intd", "rebanded.intd", "--format", "xml");
		assertEquals(2, usage.exitCode(), usage.toString());
	}

	/**
	 * The place assurance pack through the launcher (issue #20): the example place's board pack as a PDF whose text
	 * (read back by pdftotext, as a user's viewer would show it) names the place and the model; one PDF per place
	 * into a folder; a scope that is not in the model refused, naming the places there are, with nothing written.
	 * Sections other than "About this pack" may say on standard error what they lack; only the figures are checked.
	 */
	@Test
	void theExamplePlacesReportAsPdfAndABadScope() throws Exception {
		Product.Run run = product.cli("report", "riverside/riverside.intd", "--scope", "place-riverside", "board.pdf");
		assertEquals(0, run.exitCode(), run.toString());
		assertTrue(run.out().startsWith("board.pdf: Riverside (place), "), run.toString());
		String text = pdfText(temp.resolve("board.pdf"));
		assertTrue(text.contains("Riverside: place board pack") && text.contains("About this pack")
				&& text.contains("Riverside (place)") && text.contains("riverside.intd"), text);

		Product.Run all = product.cli("report", "riverside/riverside.intd", "--scope", "all-places", "--sections", "about", "packs");
		assertEquals(0, all.exitCode(), all.toString());
		assertEquals("packs/riverside-place-board-pack.pdf: Riverside (place), 1 section\n", all.out(), all.toString());
		assertQuiet(all);

		Product.Run bad = product.cli("report", "riverside/riverside.intd", "--scope", "upriver", "upriver.pdf");
		assertEquals(1, bad.exitCode(), bad.toString());
		assertEquals("", bad.out(), bad.toString());
		assertTrue(bad.err().contains("No area, team or organisation with id or code 'upriver'")
				&& bad.err().contains("Places: place-riverside (Riverside)"), bad.toString());
		assertFalse(Files.exists(temp.resolve("upriver.pdf")), "nothing written");
	}

	/** A PDF's text as poppler's pdftotext gives it (./intd setup installs poppler-utils). */
	private static String pdfText(Path pdf) throws IOException, InterruptedException {
		Process process = new ProcessBuilder("pdftotext", "-layout", pdf.toString(), "-").redirectErrorStream(true).start();
		String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0, "pdftotext " + pdf + ": " + text);
		return text;
	}

	@Test
	void anAllocationOfArrsMoneyBecomesAScenario() {
		Product.Run made = ok("allocate", "riverside/riverside.intd", "--budget-fte", "4", "--arrs", "allocated.intd");
		assertTrue(made.out().startsWith("Allocation of 4 FTE of ARRS money (floor 0.50 x the best share closed; need"
				+ " weighted 1/priority):"), made.toString());
		assertTrue(made.out().contains("Share of shortage closed by neighbourhood"), made.toString());
		assertFalse(made.out().contains("District nurse "), "not an ARRS role: " + made);
		assertTrue(made.out().contains("Not ARRS roles, so not funded from ARRS money: District nurse."), made.toString());
		assertTrue(made.out().contains("allocated.intd: Riverside example place (allocation of 4 FTE of ARRS money), a scenario"
				+ " of riverside/riverside.intd with "), made.toString());
		for (String neighbourhood : List.of("Riverside North", "Riverside Central", "Docklands", "Hillside")) {
			assertTrue(made.out().contains("  " + neighbourhood + " "), neighbourhood + " has its share: " + made);
		}
		// the scenario differs from its baseline by the new posts (and their allocations), the wave and its name
		Product.Run diff = ok("diff", "riverside/riverside.intd", "allocated.intd", "--format", "json");
		JsonArray changes = JsonParser.parseString(diff.out()).getAsJsonObject().getAsJsonArray("changes");
		int posts = 0;
		for (var change : changes) {
			JsonObject c = change.getAsJsonObject();
			if (c.get("change").getAsString().equals("added") && c.get("type").getAsString().equals("Post")) {
				assertTrue(c.get("name").getAsString().startsWith("New "), c.toString());
				posts++;
			}
		}
		assertTrue(posts >= 4 && posts <= 8, "4 FTE in whole posts of 1 FTE or half posts: " + diff);
		assertTrue(made.out().contains(" with " + posts + " new vacant posts in the wave \"Allocation\""), made.toString());
		Product.Run again = product.cli("allocate", "riverside/riverside.intd", "--budget-fte", "4", "--arrs", "allocated.intd");
		assertEquals(1, again.exitCode(), again.toString());
		assertTrue(again.err().contains("allocated.intd exists already"), again.toString());
	}

	@Test
	void anAllocationThatCannotBeMadeSaysWhatBindsAndBadNumbersAreRefused() {
		Product.Run small = product.cli("allocate", "riverside/riverside.intd", "--budget-fte", "0.2", "small.intd");
		assertEquals(1, small.exitCode(), small.toString());
		assertTrue(small.out().contains("The budget of 0.2 FTE cannot cover one post: the smallest is a half post (0.5 FTE)."),
				small.toString());
		assertFalse(Files.exists(temp.resolve("small.intd")), "nothing written");
		// the example's roles are costed only where its pay table has their bands: either way the budget is said
		Product.Run money = product.cli("allocate", "riverside/riverside.intd", "--budget-money", "100000", "money.intd");
		assertTrue(money.exitCode() <= 1, money.toString());
		assertTrue(money.out().startsWith("Allocation of ") && money.out().contains("100,000 a year"), money.toString());
		for (List<String> bad : List.<List<String>>of(List.of("--budget-fte", "lots"), List.of("--budget-fte", "-3"),
				List.of("--budget-fte", "2", "--floor", "1.5"), List.of("--budget-fte", "2", "--budget-money", "9"), List.of())) {
			List<String> args = new java.util.ArrayList<>(List.of("allocate", "riverside/riverside.intd", "bad.intd"));
			args.addAll(bad);
			Product.Run run = product.cli(args.toArray(String[]::new));
			assertEquals(2, run.exitCode(), run.toString());
			assertFalse(run.err().isBlank(), "says what is wrong: " + run);
			assertFalse(Files.exists(temp.resolve("bad.intd")), "nothing written");
		}
	}

	@Test
	void helpAndVersionEverywhere() {
		Product.Run root = ok("--help");
		for (String command : COMMANDS) {
			assertTrue(root.out().contains(command), command + " in " + root);
			for (String option : List.of("--help", "-h")) {
				Product.Run help = ok(command, option);
				assertTrue(help.out().startsWith("Usage: intd " + command), help.toString());
			}
		}
		Product.Run version = ok("--version");
		assertTrue(version.out().matches("INT Designer \\d+\\.\\d+\\.\\d+ \\(build \\d+\\)\\R"), version.toString());
		Product.Run missing = product.cli("metrics");
		assertEquals(2, missing.exitCode(), missing.toString());
		assertTrue(missing.err().startsWith("Missing required parameter: 'METRIC'"), missing.toString());
	}

	@Test
	void verboseShowsTheFrameworksLog() {
		Product.Run run = product.cli("check", "riverside/riverside.intd", "--verbose");
		assertEquals(0, run.exitCode(), run.toString());
		assertTrue(run.err().contains("org.apache.aries.spifly"), "the framework's own messages, on request: " + run);
	}
}
