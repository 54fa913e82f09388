package org.example.intd.commands;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.example.intd.rules.TeamNames;
import org.intdesigner.cli.api.ExitCodes;
import org.intdesigner.cli.api.ModelInput;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Team;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ./intd long-team-names MODEL [--max N]}: the teams whose names break the house style, one a line with
 * their code and length, then how many. The name and description come from plugin.xml; the model is read through the
 * command line's API (an .intd file or a folder of CSV files; one that cannot be read is named, exit code 1).
 */
@Command(name = "long-team-names")
public final class LongTeamNamesCommand implements Callable<Integer> {

	@Parameters(index = "0", paramLabel = "MODEL", description = "an .intd model or a folder of CSV files")
	Path model;

	@Option(names = "--max", paramLabel = "N", description = "most characters in a team's name (default 40)")
	int most = TeamNames.MOST;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() throws IOException {
		IntdModel read = ModelInput.read(model);
		List<Team> teams = TeamNames.tooLong(read, most);
		PrintWriter out = spec.commandLine().getOut();
		for (Team team : teams) {
			String code = team.getCode() == null || team.getCode().isBlank() ? team.getId() : team.getCode();
			out.println(code + "  " + TeamNames.of(team) + " (" + TeamNames.of(team).length() + " characters)");
		}
		out.println(teams.size() + " team name(s) longer than " + most + " characters in " + model);
		return ExitCodes.OK;
	}
}
