package org.intdesigner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/**
 * What every command shares: its output arrives although the writers are not flushed by anyone
 * else (the product's are not), and --help, -h and --version work on the root and on every subcommand.
 */
class HelpAndOutputTest {

	@TempDir
	Path temp;

	/** A run through writers that, like the product's standard output, only show what was flushed. */
	private static String[] runUnflushed(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = IntdCommand.run(args, new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)),
				new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8)));
		return new String[] { String.valueOf(code), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8) };
	}

	@Test
	void outputArrivesWithoutAnyoneFlushing() {
		String model = temp.resolve("example").toString();
		String[] example = runUnflushed("example", model);
		assertEquals("0", example[0], example[2]);
		assertTrue(example[1].contains("riverside.intd: the Riverside example place: 162 posts"), example[1]);

		String[] check = runUnflushed("check", temp.resolve("example/riverside.intd").toString());
		assertTrue(check[1].contains("integrity: ok"), "standard output of a success: " + check[1]);

		String[] missing = runUnflushed("export-csv", temp.resolve("missing.intd").toString(), temp.resolve("out").toString());
		assertEquals("1", missing[0]);
		assertTrue(missing[2].contains("missing.intd"), "standard error of a failure: " + missing[2]);

		String[] rejected = runUnflushed("import-workforce", "staff", temp.resolve("example/workforce/absence.csv").toString(),
				"--db", temp.resolve("db").toString());
		assertEquals("1", rejected[0]);
		assertTrue(rejected[2].contains("absence.csv") && rejected[2].contains("column"), "a rejection: " + rejected[2]);

		String[] metrics = runUnflushed("metrics", "headcount", "--db", temp.resolve("db").toString(), "--format", "json");
		assertEquals("0", metrics[0], metrics[2]);
		assertTrue(metrics[1].trim().startsWith("{") || metrics[1].trim().startsWith("["), "JSON output: " + metrics[1]);
	}

	@Test
	void everySubcommandTakesHelpAndVersion() {
		CommandLine root = new CommandLine(new IntdCommand());
		assertTrue(root.getSubcommands().size() >= 9, root.getSubcommands().keySet().toString());
		for (String name : root.getSubcommands().keySet()) {
			if (name.equals("help")) {
				continue;
			}
			for (String option : new String[] { "--help", "-h" }) {
				CliRun run = CliRun.of(name, option);
				assertEquals(0, run.exitCode(), name + " " + option + ": " + run.err());
				assertTrue(run.out().startsWith("Usage: intd " + name), name + " " + option + ": " + run.out());
				assertEquals("", run.err(), name + " " + option);
			}
			CliRun version = CliRun.of(name, "--version");
			assertEquals(0, version.exitCode(), name + " --version: " + version.err());
			assertTrue(version.out().startsWith("INT Designer "), version.out());
		}
		CliRun help = CliRun.of("--help");
		assertEquals(0, help.exitCode());
		assertTrue(help.out().contains("example") && help.out().contains("metrics") && help.out().contains("--verbose"), help.out());
		CliRun version = CliRun.of("-V");
		assertEquals(0, version.exitCode());
		assertTrue(version.out().matches("INT Designer \\d+\\.\\d+\\.\\d+.*\\R"), version.out());
	}

	@Test
	void helpOfACommandNamesItsRequiredArgumentsWithoutComplaining() {
		CliRun run = CliRun.of("metrics", "--help");
		assertEquals(0, run.exitCode());
		assertTrue(run.out().contains("METRIC") && !run.err().contains("Missing required parameter"), run.out() + run.err());
		CliRun missing = CliRun.of("metrics");
		assertEquals(2, missing.exitCode(), "a missing argument is still a usage error");
		assertTrue(missing.err().contains("Missing required parameter: 'METRIC'"), missing.err());
	}
}
