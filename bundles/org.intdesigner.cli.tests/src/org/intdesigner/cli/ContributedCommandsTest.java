package org.intdesigner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;

import picocli.CommandLine;

/**
 * Commands from plug-ins ({@code org.intdesigner.cli.commands}): one this fragment contributes is read from the
 * registry and runs as the built-in ones do; broken ones (a class that is not there, one that is no command, a
 * built-in's name, one name twice) are each refused with a logged message naming the plug-in, and everything else runs.
 */
class ContributedCommandsTest {

	private static ContributedCommand greet(String name, String contributor) {
		return new ContributedCommand(name, "Greet someone.", contributor, GreetCommand.class.getName(), GreetCommand::new);
	}

	/** The warnings the command line logged while {@code run} ran. */
	private static List<String> logged(Supplier<?> run) {
		List<String> messages = new ArrayList<>();
		ILogListener listener = (status, plugin) -> {
			if (status.getSeverity() == IStatus.WARNING) {
				messages.add(status.getMessage());
			}
		};
		ILog log = ILog.of(ContributedCommands.class);
		log.addLogListener(listener);
		try {
			run.get();
		} finally {
			log.removeLogListener(listener);
		}
		return messages;
	}

	@Test
	void theRegistryReadsTheFragmentsContributions() {
		List<String> problems = new ArrayList<>();
		List<ContributedCommand> installed = CommandContributions.installed(problems::add);
		ContributedCommand greet = installed.stream().filter(command -> command.name().equals("greet")).findFirst().orElseThrow();
		assertEquals("org.intdesigner.cli", greet.contributor(), "a fragment's contribution is its host's");
		assertEquals("Greet someone (a test command).", greet.description());
		assertEquals(GreetCommand.class.getName(), greet.className());
		assertTrue(installed.stream().anyMatch(command -> command.name().equals("test-missing-class")), installed.toString());
		assertEquals(List.of(), problems);
	}

	@Test
	void anInstalledCommandRunsListedAndFlushedAsTheBuiltInsDo() {
		// through writers that only show what was flushed, like the product's standard output
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		List<String> warnings = logged(() -> IntdCommand.run(new String[] { "greet", "Ada", "--tone", "WARM" },
				new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)),
				new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8))));
		assertEquals("Hello, dear Ada", out.toString(StandardCharsets.UTF_8));
		assertEquals("", err.toString(StandardCharsets.UTF_8));
		assertEquals(1, warnings.size(), warnings.toString());
		assertTrue(warnings.get(0).startsWith("The command 'test-missing-class' of the plug-in org.intdesigner.cli is left out:"
				+ " its class org.intdesigner.cli.NoSuchCommand could not be made ("), warnings.get(0));
		assertTrue(warnings.get(0).contains("Check the class name in the plug-in's plugin.xml"), warnings.get(0));

		CliRun help = CliRun.of("--help");
		assertTrue(help.out().lines().anyMatch(line -> line.trim().matches("greet\\s+Greet someone \\(a test command\\)\\.")),
				help.out());
		assertTrue(help.out().contains("check") && !help.out().contains("hello"), "plugin.xml's name, no aliases: " + help.out());
		CliRun own = CliRun.of("greet", "--help");
		assertEquals(0, own.exitCode());
		assertTrue(own.out().startsWith("Usage: intd greet") && own.out().contains("Greet someone (a test command)."), own.out());
		assertTrue(CliRun.of("greet", "-V").out().startsWith("INT Designer "));
		CliRun failed = CliRun.of("greet", "nobody");
		assertEquals(1, failed.exitCode());
		assertEquals("nobody: there is no one of that name; give a name.", failed.err().trim());
		CliRun usage = CliRun.of("greet");
		assertEquals(2, usage.exitCode());
		assertTrue(usage.err().contains("Missing required parameter: 'NAME'"), usage.err());
		CliRun missing = CliRun.of("test-missing-class");
		assertEquals(2, missing.exitCode());
		assertTrue(missing.err().startsWith("The command 'test-missing-class' of the plug-in org.intdesigner.cli is left out"),
				"the user who typed it learns why: " + missing.err());
		assertTrue(CliRun.of("check", "--help").out().startsWith("Usage: intd check"), "the alias did not take check");
	}

	@Test
	void aBuiltInsNameIsRefusedNamingBothPlugInsAndTheBuiltInRuns() {
		List<CliRun> runs = new ArrayList<>();
		List<String> warnings = logged(() -> runs.add(CliRun.withContributions(List.of(greet("validate", "org.example.a"),
				greet("greet", "org.example.b")), "validate", "--help")));
		assertEquals(List.of("The command 'validate' of the plug-in org.example.a is left out: the built-in command 'validate'"
				+ " of org.intdesigner.cli has that name. Give the plug-in's command another name in its plugin.xml."), warnings);
		assertEquals(0, runs.get(0).exitCode());
		assertTrue(runs.get(0).out().contains("--fail-on"), "the built-in validate: " + runs.get(0).out());
		assertEquals("Hello, Bo", CliRun.withContributions(List.of(greet("validate", "org.example.a"),
				greet("greet", "org.example.b")), "greet", "Bo").out());
	}

	@Test
	void oneNameFromTwoPlugInsIsRefusedForBoth() {
		List<ContributedCommand> twice = List.of(greet("greet", "org.example.b"), greet("greet", "org.example.a"),
				greet("welcome", "org.example.a"));
		List<String> warnings = logged(() -> CliRun.withContributions(twice, "--help"));
		String message = "The command 'greet' is left out: the plug-ins org.example.a and org.example.b both contribute it,"
				+ " and neither is chosen over the other. Uninstall one of them, or give one command another name in its"
				+ " plugin.xml.";
		assertEquals(List.of(message), warnings);
		CliRun run = CliRun.withContributions(twice, "greet", "Ada");
		assertEquals(2, run.exitCode());
		assertEquals(message, run.err().trim());
		assertEquals("Hello, Ada", CliRun.withContributions(twice, "welcome", "Ada").out(), "the other command of a runs");
	}

	@Test
	void aClassThatIsNotThereOrNoCommandIsRefusedAndTheRestRuns() {
		List<ContributedCommand> broken = List.of(
				new ContributedCommand("ghost", "", "org.example.a", "org.example.a.Ghost",
						() -> Platform.getBundle("org.intdesigner.cli").loadClass("org.example.a.Ghost")
								.getDeclaredConstructor().newInstance()),
				new ContributedCommand("plain", "", "org.example.b", "java.lang.Object", Object::new),
				new ContributedCommand("unannotated", "", "org.example.c", "Unannotated", () -> (Runnable) () -> {
				}),
				greet("greet", "org.example.d"));
		List<String> warnings = logged(() -> CliRun.withContributions(broken, "--help"));
		assertEquals(3, warnings.size(), warnings.toString());
		assertTrue(warnings.get(0).startsWith("The command 'ghost' of the plug-in org.example.a is left out: its class"
				+ " org.example.a.Ghost could not be made (") && warnings.get(0).contains("ClassNotFoundException"), warnings.get(0));
		assertTrue(warnings.get(1).startsWith("The command 'plain' of the plug-in org.example.b is left out: its class"
				+ " java.lang.Object is not a command: implement java.util.concurrent.Callable<Integer>"), warnings.get(1));
		assertTrue(warnings.get(2).startsWith("The command 'unannotated' of the plug-in org.example.c is left out: its class ")
				&& warnings.get(2).contains("is not a picocli command") && warnings.get(2).contains("@Command"), warnings.get(2));
		CliRun greet = CliRun.withContributions(broken, "greet", "Ada");
		assertEquals("Hello, Ada", greet.out());
		CliRun builtIn = CliRun.withContributions(broken, "check", "nowhere.intd");
		assertEquals(1, builtIn.exitCode());
		assertTrue(builtIn.err().contains("nowhere.intd"), builtIn.err());
	}

	@Test
	void namesAreLowerCaseWordsJoinedByHyphens() {
		assertTrue(CommandContributions.NAME.matcher("count-posts").matches());
		assertTrue(CommandContributions.NAME.matcher("plan2").matches());
		for (String bad : List.of("Count", "count posts", "-x", "count--posts", "count-", "2plan")) {
			assertTrue(!CommandContributions.NAME.matcher(bad).matches(), bad);
		}
		CommandLine root = new CommandLine(new IntdCommand());
		int before = root.getSubcommands().size();
		ContributedCommands.addTo(root, List.of(greet("greet", "org.example.a")), CommandLine.defaultFactory(), message -> {
			throw new AssertionError(message);
		});
		assertEquals(before + 1, root.getSubcommands().size());
	}
}
