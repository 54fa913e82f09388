package org.intdesigner.analysis.rules;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.intdesigner.analysis.api.ModelIndex;
import org.intdesigner.analysis.api.RuleContext;
import org.intdesigner.model.Capability;
import org.intdesigner.model.CapabilityLevel;
import org.intdesigner.model.Post;
import org.intdesigner.model.Team;

/**
 * The capabilities a team can call on: those of the posts working in it (the post's own and its
 * role's) and, since a team of teams works through its sub-teams, everything its sub-teams can call
 * on. Worked out once per team per run and kept, so each team and each post is read once.
 */
final class TeamCapabilities {

	private final ModelIndex index;
	private final Map<Team, Set<Capability>> provided = new HashMap<>();

	private TeamCapabilities(ModelIndex index) {
		this.index = index;
	}

	static TeamCapabilities of(RuleContext context) {
		return context.shared(TeamCapabilities.class, () -> new TeamCapabilities(context.index()));
	}

	Set<Capability> of(Team team) {
		Set<Capability> known = provided.get(team);
		if (known != null) {
			return known;
		}
		// marked before the sub-teams are read, so that a damaged model nesting a team in itself ends
		provided.put(team, Set.of());
		Set<Capability> capabilities = new HashSet<>();
		for (Post post : index.postsIn(team)) {
			add(capabilities, post.getCapabilities());
			if (post.getRole() != null) {
				add(capabilities, post.getRole().getCapabilities());
			}
		}
		for (Team subTeam : team.getSubTeams()) {
			capabilities.addAll(of(subTeam));
		}
		provided.put(team, capabilities);
		return capabilities;
	}

	private static void add(Set<Capability> capabilities, Iterable<CapabilityLevel> levels) {
		for (CapabilityLevel level : levels) {
			if (level.getCapability() != null) {
				capabilities.add(level.getCapability());
			}
		}
	}
}
