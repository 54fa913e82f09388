package org.intdesigner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of bad inputs (corpus/ in this fragment: damaged, hostile and mis-saved models, CSV
 * bundles and workforce files), each run through the command a user would give it, with the exit
 * code and the message it must give: {@code corpus/cases.txt}, one case a line,
 * {@code EXIT | COMMAND ARGS | TEXT}, where {@code {corpus}} is the corpus folder and {@code {temp}} a
 * fresh folder; TEXT must be on standard error (standard output for exit code 0, and for check, whose
 * report is its output). A failure never shows
 * a stack trace, and nothing is half-written.
 */
class BadInputCorpusTest {

	@TempDir
	Path temp;

	record Case(int exit, String command, String text, int line) {
		@Override
		public String toString() {
			return "cases.txt:" + line + " " + command;
		}
	}

	/** The fragment's corpus folder (tests run in the fragment's folder). */
	static Path corpus() {
		return Path.of("corpus").toAbsolutePath();
	}

	static Stream<Case> cases() throws IOException {
		List<Case> cases = new ArrayList<>();
		List<String> lines = Files.readAllLines(corpus().resolve("cases.txt"), StandardCharsets.UTF_8);
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i).strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			String[] parts = line.split("\\s*\\|\\s*", 3);
			cases.add(new Case(Integer.parseInt(parts[0]), parts[1], parts[2], i + 1));
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void eachBadInputGetsItsMessage(Case given) throws IOException {
		String[] args = given.command().replace("{corpus}", corpus().toString()).replace("{temp}", temp.toString()).split(" ");
		CliRun run = CliRun.of(args);
		assertEquals(given.exit(), run.exitCode(), given + "\n" + run);
		String said = given.exit() == 0 ? run.out() : args[0].equals("check") ? run.out() + run.err() : run.err();
		String expected = given.text().replace("\\n", "\n").replace("{corpus}", corpus().toString())
				.replace("{temp}", temp.toString());
		assertTrue(said.contains(expected), given + ": expected\n  " + expected + "\nin\n" + said);
		assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), "no stack trace: " + run.err());
		if (given.exit() != 0) {
			try (var left = Files.list(temp)) {
				assertTrue(left.noneMatch(p -> p.getFileName().toString().endsWith(".intd")), "nothing half-written");
			}
		}
	}
}
