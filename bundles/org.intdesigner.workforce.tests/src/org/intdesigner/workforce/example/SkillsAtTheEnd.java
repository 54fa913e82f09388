package org.intdesigner.workforce.example;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.intdesigner.model.CapabilityLevel;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Post;
import org.intdesigner.model.Team;
import org.intdesigner.workforce.imports.KnownCodes;

/**
 * The generated skills on the data's last day, worked out plainly for the test of their variety:
 * the latest assessment up to that day of each person and capability, in date or lapsed; and how
 * many people in post in each team (a post allocated to it) hold each of its own required
 * capabilities at or above the level.
 */
final class SkillsAtTheEnd {

	record Requirements(int met, int singlePoints, int unmet) {
	}

	private final IntdModel model;
	private final SyntheticWorkforce.Data data;
	/** person -> capability -> latest assessment up to the last day */
	private final Map<String, Map<String, SyntheticWorkforce.Assessment>> latest = new HashMap<>();

	SkillsAtTheEnd(IntdModel model, SyntheticWorkforce.Data data) {
		this.model = model;
		this.data = data;
		for (SyntheticWorkforce.Assessment a : data.skills()) {
			if (!a.assessed().isAfter(data.to())) {
				latest.computeIfAbsent(a.person(), p -> new HashMap<>()).merge(a.capability(), a,
						(x, y) -> y.assessed().isAfter(x.assessed()) ? y : x);
			}
		}
	}

	private List<SyntheticWorkforce.Assessment> latestOfAll() {
		return latest.values().stream().flatMap(m -> m.values().stream()).toList();
	}

	long lapsed() {
		return latestOfAll().stream().filter(a -> a.expires() != null && a.expires().isBefore(data.to())).count();
	}

	long expiringWithin(int days) {
		LocalDate end = data.to();
		return latestOfAll().stream().filter(a -> a.expires() != null && !a.expires().isBefore(end)
				&& !a.expires().isAfter(end.plusDays(days))).count();
	}

	Requirements teamRequirements() {
		Map<String, String> inPost = data.staff().stream().filter(s -> s.end() == null)
				.collect(Collectors.toMap(SyntheticWorkforce.Spell::post, SyntheticWorkforce.Spell::person, (a, b) -> b));
		int[] counts = new int[3];
		model.getTeams().forEach(team -> count(team, inPost, counts));
		return new Requirements(counts[0], counts[1], counts[2]);
	}

	private void count(Team team, Map<String, String> inPost, int[] counts) {
		Set<String> people = model.getPosts().stream().filter(p -> worksIn(p, team)).map(p -> inPost.get(p.getCode()))
				.filter(p -> p != null).collect(Collectors.toSet());
		for (CapabilityLevel required : team.getRequiredCapabilities()) {
			String capability = KnownCodes.code(required.getCapability());
			long holders = people.stream().map(p -> latest.getOrDefault(p, Map.of()).get(capability))
					.filter(a -> a != null && a.level() >= required.getLevel().getValue()
							&& (a.expires() == null || !a.expires().isBefore(data.to())))
					.count();
			int needed = Math.max(1, required.getPeople());
			counts[holders < needed ? 2 : holders == 1 ? 1 : 0]++;
		}
		team.getSubTeams().forEach(sub -> count(sub, inPost, counts));
	}

	private static boolean worksIn(Post post, Team team) {
		return post.getAllocations().stream().anyMatch(a -> a.getTeam() == team);
	}
}
