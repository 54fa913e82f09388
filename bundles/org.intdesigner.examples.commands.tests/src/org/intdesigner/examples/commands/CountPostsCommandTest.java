package org.intdesigner.examples.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.intdesigner.model.Allocation;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Post;
import org.intdesigner.model.Team;
import org.intdesigner.model.csv.CsvExporter;
import org.intdesigner.model.io.ModelFiles;
import org.intdesigner.model.samples.ExamplePlace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ./intd count-posts on the example place, run through the command line as a user runs it, its output read back. */
class CountPostsCommandTest {

	@TempDir
	Path temp;

	private Path saved(IntdModel model) throws IOException {
		Path file = temp.resolve("riverside.intd");
		ModelFiles.saveNew(model, file);
		return file;
	}

	/** A team's posts and FTE worked out here from the allocations, one allocation at a time. */
	private static Map<Team, double[]> expected(IntdModel model) {
		Map<Team, double[]> byTeam = new LinkedHashMap<>();
		for (Post post : model.getPosts()) {
			Map<Team, Double> shares = new LinkedHashMap<>();
			for (Allocation allocation : post.getAllocations()) {
				if (allocation.getTeam() != null) {
					shares.merge(allocation.getTeam(), allocation.getFte(), Double::sum);
				}
			}
			shares.forEach((team, fte) -> {
				double[] counts = byTeam.computeIfAbsent(team, t -> new double[4]);
				counts[0]++;
				counts[1] += fte;
				if (post.isVacant()) {
					counts[2]++;
					counts[3] += fte;
				}
			});
		}
		return byTeam;
	}

	@Test
	void everyTeamWithItsPostsFteAndVacancies() throws IOException {
		IntdModel model = ExamplePlace.create();
		Path file = saved(model);
		CliOutput run = CliOutput.of("count-posts", file.toString());
		assertEquals(0, run.exitCode(), run.err());
		assertEquals("", run.err());

		List<String> lines = run.out().lines().toList();
		assertTrue(lines.get(0).startsWith(file + ": " + model.getPosts().size() + " posts ("), lines.get(0));
		assertEquals("team", lines.get(1).split("\\s+")[0]);
		Map<Team, double[]> expected = expected(model);
		assertTrue(expected.size() > 10, "the example's teams have posts: " + expected.size());
		expected.forEach((team, counts) -> {
			String row = String.format(Locale.ROOT, "%d  %7.2f  %6d  %10.2f", (int) counts[0], counts[1], (int) counts[2],
					counts[3]);
			assertTrue(lines.stream().anyMatch(line -> line.trim().startsWith(team.getName() + " ") && line.endsWith(row)),
					team.getName() + " with " + row + " in\n" + run.out());
		});
		// a sub-team is indented under its team
		Team parent = model.getTeams().stream().filter(team -> !team.getSubTeams().isEmpty()).findFirst().orElseThrow();
		int at = lines.indexOf(lines.stream().filter(line -> line.startsWith(parent.getName() + " ")).findFirst().orElseThrow());
		assertTrue(lines.get(at + 1).startsWith("  " + parent.getSubTeams().get(0).getName()), run.out());
	}

	@Test
	void aFolderOfCsvFilesGivesTheSameFigures() throws IOException {
		IntdModel model = ExamplePlace.create();
		Path file = saved(model);
		Path folder = temp.resolve("riverside-csv");
		CsvExporter.export(model, folder);
		CliOutput fromFile = CliOutput.of("count-posts", file.toString(), "--format", "csv");
		CliOutput fromFolder = CliOutput.of("count-posts", folder.toString(), "--format", "CSV");
		assertEquals(0, fromFolder.exitCode(), fromFolder.err());
		assertEquals("code,team,parent,posts,fte,vacant,vacant_fte", fromFolder.out().lines().findFirst().orElseThrow());
		assertEquals(fromFile.out(), fromFolder.out());
		Team first = model.getTeams().get(0);
		assertTrue(fromFolder.out().lines().anyMatch(line -> line.startsWith(first.getCode() + ",")), fromFolder.out());
	}

	@Test
	void listedInTheHelpWithTheOptionsOfEveryCommand() {
		CliOutput help = CliOutput.of("--help");
		assertEquals(0, help.exitCode());
		assertTrue(help.out().lines().anyMatch(line -> line.trim().startsWith("count-posts") && line.contains("Count the posts")),
				help.out());
		CliOutput own = CliOutput.of("count-posts", "--help");
		assertEquals(0, own.exitCode(), own.err());
		assertTrue(own.out().startsWith("Usage: intd count-posts"), own.out());
		assertTrue(own.out().contains("--format") && own.out().contains("Count the posts and FTE of every team"), own.out());
		CliOutput version = CliOutput.of("count-posts", "--version");
		assertTrue(version.out().startsWith("INT Designer "), version.out());
		CliOutput viaHelp = CliOutput.of("help", "count-posts");
		assertTrue(viaHelp.out().startsWith("Usage: intd count-posts"), viaHelp.out());
	}

	@Test
	void aMissingModelOrAWrongFormatIsNamed() {
		Path missing = temp.resolve("nowhere.intd");
		CliOutput run = CliOutput.of("count-posts", missing.toString());
		assertEquals(1, run.exitCode());
		assertEquals("", run.out());
		assertTrue(run.err().contains(missing.toString()) && run.err().contains("no such file"), run.err());

		CliOutput format = CliOutput.of("count-posts", missing.toString(), "--format", "pdf");
		assertEquals(2, format.exitCode());
		assertTrue(format.err().contains("--format") && format.err().contains("pdf"), format.err());
	}
}
