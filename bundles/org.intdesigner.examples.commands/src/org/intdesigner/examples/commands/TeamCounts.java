package org.intdesigner.examples.commands;

import java.util.ArrayList;
import java.util.List;

import org.intdesigner.model.Allocation;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Post;
import org.intdesigner.model.Team;

/**
 * The posts of each team of a model and the FTE they give it, as the model's allocations have them: a post split
 * across teams counts in each with the part it works there, so a team's FTE is what it gets, not the posts' whole FTE.
 * Teams come in the model's order, each followed by its sub-teams; the posts in no team come last.
 */
final class TeamCounts {

	/** One team's line (team null: the posts allocated to no team, counted with their whole FTE). */
	record Line(Team team, int depth, int posts, double fte, int vacant, double vacantFte) {
	}

	private TeamCounts() {
	}

	static List<Line> of(IntdModel model) {
		List<Line> lines = new ArrayList<>();
		for (Team team : model.getTeams()) {
			add(model, team, 0, lines);
		}
		List<Post> inNoTeam = model.getPosts().stream().filter(post -> post.getAllocations().stream()
				.noneMatch(allocation -> allocation.getTeam() != null)).toList();
		if (!inNoTeam.isEmpty()) {
			List<Post> vacant = inNoTeam.stream().filter(Post::isVacant).toList();
			lines.add(new Line(null, 0, inNoTeam.size(), inNoTeam.stream().mapToDouble(Post::getFte).sum(), vacant.size(),
					vacant.stream().mapToDouble(Post::getFte).sum()));
		}
		return lines;
	}

	private static void add(IntdModel model, Team team, int depth, List<Line> lines) {
		int posts = 0;
		int vacant = 0;
		double fte = 0;
		double vacantFte = 0;
		for (Post post : model.getPosts()) {
			List<Allocation> here = post.getAllocations().stream().filter(allocation -> allocation.getTeam() == team).toList();
			if (here.isEmpty()) {
				continue;
			}
			double share = here.stream().mapToDouble(Allocation::getFte).sum();
			posts++;
			fte += share;
			if (post.isVacant()) {
				vacant++;
				vacantFte += share;
			}
		}
		lines.add(new Line(team, depth, posts, fte, vacant, vacantFte));
		for (Team sub : team.getSubTeams()) {
			add(model, sub, depth + 1, lines);
		}
	}
}
