package org.intdesigner.analysis.rules;

import java.util.ArrayList;
import java.util.List;

import org.intdesigner.analysis.api.FindingWords;
import org.intdesigner.model.Allocation;
import org.intdesigner.model.Post;
import org.intdesigner.model.Team;

/**
 * The teams a post works in that an organisation other than its employer hosts: where it crosses an
 * organisational boundary. A team without a host, or a post without an employer, says nothing
 * either way and is left out.
 */
final class HostedElsewhere {

	private HostedElsewhere() {
	}

	static List<Team> teams(Post post) {
		if (post.getEmployer() == null || post.getAllocations().isEmpty()) {
			return List.of();
		}
		List<Team> teams = new ArrayList<>(1);
		for (Allocation allocation : post.getAllocations()) {
			Team team = allocation.getTeam();
			if (team != null && team.getHost() != null && team.getHost() != post.getEmployer() && !teams.contains(team)) {
				teams.add(team);
			}
		}
		return teams;
	}

	/** "'Frailty MDT' (hosted by Community Trust) and 'MH MDT' (hosted by MH Trust)". */
	static String describe(List<Team> teams) {
		return FindingWords.list(teams.stream().map(t -> FindingWords.quoted(t) + " (hosted by " + FindingWords.name(t.getHost()) + ")")
				.toList());
	}
}
