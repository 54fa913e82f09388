package org.intdesigner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ./intd validate on input it cannot read: exit code 2, nothing on standard output, and one message
 * on standard error that names the file. Runs with the installed rules, as the product does.
 */
class ValidateInputTest {

	@TempDir
	Path temp;

	/** Runs validate on {@code path} and checks the outcome every unreadable input shares. */
	private static CliRun unreadable(Path path, String... options) {
		String[] args = new String[options.length + 2];
		args[0] = "validate";
		System.arraycopy(options, 0, args, 1, options.length);
		args[args.length - 1] = path.toString();
		CliRun run = CliRun.of(args);
		assertEquals(2, run.exitCode(), run.out() + run.err());
		assertEquals("", run.out());
		assertTrue(run.err().startsWith(path.toString()) || run.err().contains(" " + path + ":"), run.err());
		return run;
	}

	@Test
	void aMissingFile() {
		CliRun run = unreadable(temp.resolve("missing.intd"));
		assertTrue(run.err().contains("there is no such file or folder"), run.err());
	}

	@Test
	void aDamagedFileGivesItsLine() throws IOException {
		Path file = ValidateModels.save(ValidateModels.core(), temp.resolve("damaged.intd"));
		String xml = Files.readString(file);
		Files.writeString(file, xml.substring(0, xml.length() - 30));
		CliRun run = unreadable(file);
		assertTrue(run.err().contains("not well-formed XML") && run.err().contains("line "), run.err());
	}

	@Test
	void aFileThatIsNotAModel() throws IOException {
		Path file = Files.writeString(temp.resolve("notes.intd"), "Team meeting on Tuesday\n");
		unreadable(file);
	}

	@Test
	void aFileWithoutReadPermission() throws IOException {
		Path file = ValidateModels.save(ValidateModels.core(), temp.resolve("private.intd"));
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
		assumeFalse(Files.isReadable(file), "root reads every file: nothing to test");
		CliRun run = unreadable(file);
		assertTrue(run.err().contains("could not be read"), run.err());
	}

	@Test
	void aCsvFolderWithABadRowNamesTheFileRowAndColumn() throws IOException {
		Path folder = Files.createDirectories(temp.resolve("bad"));
		Files.writeString(folder.resolve("teams.csv"), """
				id,name,kind,parent_team_id,area_id,host_id,lead_post_id
				T1,Core,core,,N9,,
				""");
		CliRun run = unreadable(folder);
		assertTrue(run.err().contains("teams.csv row 2, column area_id: no Area has the id 'N9'"), run.err());
	}

	@Test
	void aFolderWithoutCsvFiles() throws IOException {
		Path folder = Files.createDirectories(temp.resolve("empty"));
		CliRun run = unreadable(folder);
		assertTrue(run.err().contains("holds none of the INT Designer CSV files"), run.err());
	}

	@Test
	void aMissingRulesFile() throws IOException {
		Path file = ValidateModels.save(ValidateModels.pilot(), temp.resolve("model.intd"));
		Path rules = temp.resolve("rules.properties");
		CliRun run = CliRun.of("validate", "--rules", rules.toString(), file.toString());
		assertEquals(2, run.exitCode());
		assertEquals(rules + ": the rules file does not exist.", run.err().strip());
	}
}
