package org.intdesigner.app.welcome;

import java.util.ArrayList;
import java.util.List;

import org.intdesigner.analysis.api.Severity;
import org.intdesigner.analysis.engine.ValidationReport;
import org.intdesigner.model.Area;
import org.intdesigner.model.AreaKind;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Post;
import org.intdesigner.model.Team;

/**
 * What a newcomer wants to know of a place at a glance: its neighbourhoods, its teams (sub-teams
 * counted), posts and how many are vacant, its accountability items, and the findings of its
 * last validation (null before the first one ends).
 */
record PlaceFacts(String name, List<String> neighbourhoods, int topTeams, int teams, int posts, int vacancies, int accountabilities,
		Long errors, Long warnings) {

	static PlaceFacts of(IntdModel model, ValidationReport report) {
		List<String> neighbourhoods = new ArrayList<>();
		model.getAreas().forEach(area -> collectNeighbourhoods(area, neighbourhoods));
		int teams = 0;
		for (Team team : model.getTeams()) {
			teams += countTeams(team);
		}
		int vacancies = (int) model.getPosts().stream().filter(Post::isVacant).count();
		return new PlaceFacts(model.getName(), neighbourhoods, model.getTeams().size(), teams, model.getPosts().size(), vacancies,
				model.getAccountabilities().size(), report == null ? null : report.count(Severity.ERROR),
				report == null ? null : report.count(Severity.WARNING));
	}

	private static void collectNeighbourhoods(Area area, List<String> into) {
		if (area.getKind() == AreaKind.NEIGHBOURHOOD) {
			into.add(area.getName());
		}
		area.getSubAreas().forEach(sub -> collectNeighbourhoods(sub, into));
	}

	private static int countTeams(Team team) {
		int count = 1;
		for (Team sub : team.getSubTeams()) {
			count += countTeams(sub);
		}
		return count;
	}

	/** "4 neighbourhoods: Riverside North, ..." */
	String neighbourhoodsText() {
		return neighbourhoods.isEmpty() ? "no neighbourhood yet"
				: plural(neighbourhoods.size(), "neighbourhood") + ": " + String.join(", ", neighbourhoods);
	}

	/** "15 teams and 18 sub-teams": the tree's Teams folder shows the first number. */
	String teamsText() {
		int sub = teams - topTeams;
		return plural(topTeams, "team") + (sub == 0 ? "" : " and " + plural(sub, "sub-team"));
	}

	String postsText() {
		return plural(posts, "post") + ", " + vacancies + " vacant";
	}

	String findingsText() {
		if (errors == null) {
			return "being checked...";
		}
		return errors + warnings == 0 ? "none" : plural(errors.intValue(), "error") + ", " + plural(warnings.intValue(), "warning");
	}

	static String plural(int count, String noun) {
		return count + " " + noun + (count == 1 ? "" : "s");
	}
}
