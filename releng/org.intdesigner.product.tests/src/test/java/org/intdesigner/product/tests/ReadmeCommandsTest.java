package org.intdesigner.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's headless commands, run as written, in order, through the product's launcher: the
 * shell block that starts with {@code ./intd example} is what a new user copies into a terminal, so
 * every line of it must work there. A line ending in {@code # exit code N} must end with N, others
 * with 0; each prints something (unless it sends its output to a file) and nothing on standard error.
 */
class ReadmeCommandsTest {

	private static final Pattern EXIT_CODE = Pattern.compile("#\\s*exit code (\\d+)");

	/** Commands of the product's launcher; the block must show each (the server is tested on its own). */
	private static final List<String> HEADLESS = List.of("example", "check", "validate", "import-csv", "export-csv",
			"export-raci", "import-workforce", "metrics");

	@TempDir
	Path temp;

	@Test
	void everyHeadlessCommandOfTheReadmeWorksAsWritten() throws IOException {
		List<String> lines = headlessBlock();
		Set<String> shown = new LinkedHashSet<>();
		Product product = new Product(temp);
		for (String line : lines) {
			Matcher code = EXIT_CODE.matcher(line);
			int expected = code.find() ? Integer.parseInt(code.group(1)) : 0;
			Product.Run run = product.shell(line);
			assertEquals(expected, run.exitCode(), "README: " + line + "\n" + run);
			assertEquals("", run.err(), "README: " + line + "\n" + run);
			String command = line.split("\\s+")[1];
			shown.add(command);
			if (!line.replaceAll("#.*", "").contains(">") && !command.equals("help")) {
				assertFalse(run.out().isBlank(), "README: " + line + " prints nothing\n" + run);
			}
		}
		assertTrue(shown.containsAll(HEADLESS), "the README shows every headless command: " + shown);
	}

	/** The lines of the README's shell block that begins with "./intd example". */
	private static List<String> headlessBlock() throws IOException {
		List<String> readme = Files.readAllLines(Path.of(System.getProperty("intd.readme", "../../README.md")));
		List<String> block = new ArrayList<>();
		boolean inBlock = false;
		for (String line : readme) {
			if (line.startsWith("```")) {
				if (inBlock && !block.isEmpty() && block.get(0).startsWith("./intd example ")) {
					return block;
				}
				inBlock = line.startsWith("```sh");
				block.clear();
			} else if (inBlock && line.startsWith("./intd ")) {
				block.add(line);
			}
		}
		throw new AssertionError("the README has no ```sh block starting with ./intd example");
	}
}
