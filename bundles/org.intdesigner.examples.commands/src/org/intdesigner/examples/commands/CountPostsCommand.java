package org.intdesigner.examples.commands;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.intdesigner.cli.api.ExitCodes;
import org.intdesigner.cli.api.ModelInput;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Post;
import org.intdesigner.model.Team;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ./intd count-posts MODEL [--format text|csv]}: the posts, FTE and vacancies of every team of a model.
 * The name and description users see come from plugin.xml; the model is read through the command line's API, so an
 * .intd file and a folder of CSV files both work and a file that cannot be read is named on standard error (exit 1).
 */
@Command(name = "count-posts")
public final class CountPostsCommand implements Callable<Integer> {

	/** How the table is written; picocli lets users type it in lower case, as every --format of the command line. */
	enum Format {
		TEXT, CSV
	}

	@Parameters(index = "0", paramLabel = "MODEL", description = "an .intd model or a folder of CSV files")
	Path model;

	@Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
			description = "text (a table to read) or csv (code,team,parent,posts,fte,vacant,vacant_fte); default text")
	Format format;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() throws IOException {
		IntdModel read = ModelInput.read(model);
		List<TeamCounts.Line> lines = TeamCounts.of(read);
		PrintWriter out = spec.commandLine().getOut();
		if (format == Format.CSV) {
			writeCsv(lines, out);
		} else {
			writeText(read, lines, out);
		}
		return ExitCodes.OK;
	}

	private void writeText(IntdModel read, List<TeamCounts.Line> lines, PrintWriter out) {
		long vacant = read.getPosts().stream().filter(Post::isVacant).count();
		out.printf(Locale.ROOT, "%s: %d posts (%.2f FTE), %d vacant, in %d teams%n", model, read.getPosts().size(),
				read.getPosts().stream().mapToDouble(Post::getFte).sum(), vacant,
				lines.stream().filter(line -> line.team() != null).count());
		int width = Math.max(4, lines.stream().mapToInt(line -> label(line).length()).max().orElse(0));
		String row = "%-" + width + "s  %5s  %7s  %6s  %10s%n";
		out.printf(Locale.ROOT, row, "team", "posts", "FTE", "vacant", "vacant FTE");
		for (TeamCounts.Line line : lines) {
			out.printf(Locale.ROOT, row, label(line), line.posts(), fte(line.fte()), line.vacant(), fte(line.vacantFte()));
		}
	}

	private static void writeCsv(List<TeamCounts.Line> lines, PrintWriter out) {
		out.println("code,team,parent,posts,fte,vacant,vacant_fte");
		for (TeamCounts.Line line : lines) {
			Team team = line.team();
			String parent = team != null && team.eContainer() instanceof Team container ? code(container) : "";
			out.println(String.join(",", team == null ? "" : csv(code(team)), csv(team == null ? "(in no team)" : name(team)),
					csv(parent), String.valueOf(line.posts()), fte(line.fte()), String.valueOf(line.vacant()),
					fte(line.vacantFte())));
		}
	}

	private static String label(TeamCounts.Line line) {
		return line.team() == null ? "(in no team)" : "  ".repeat(line.depth()) + name(line.team());
	}

	private static String name(Team team) {
		return team.getName() == null || team.getName().isBlank() ? code(team) : team.getName();
	}

	/** The planner's own id of a team, else its permanent one. */
	private static String code(Team team) {
		return team.getCode() == null || team.getCode().isBlank() ? team.getId() : team.getCode();
	}

	private static String fte(double value) {
		return String.format(Locale.ROOT, "%.2f", value);
	}

	/** A CSV cell: quoted when it holds a comma, a quote or a line break. */
	private static String csv(String value) {
		String text = value == null ? "" : value;
		return text.matches("(?s).*[,\"\\r\\n].*") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
	}
}
