package org.intdesigner.development;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.intdesigner.model.Allocation;
import org.intdesigner.model.Capability;
import org.intdesigner.model.CapabilityLevel;
import org.intdesigner.model.Element;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Need;
import org.intdesigner.model.PopulationCohort;
import org.intdesigner.model.Post;
import org.intdesigner.model.Role;
import org.intdesigner.model.Team;

/**
 * The requirements of a team: its own required capabilities (at their level, for their number of people), the
 * capabilities the needs of the cohorts it serves call for (at {@link Level#FOR_A_NEED}, one person), and the
 * capabilities of the roles of the posts allocated to it (at the role's level, for its number of people).
 */
public final class Requirements {

	private Requirements() {
	}

	/** Every team's requirements, teams in model order (sub-teams after their parent). */
	public static Map<Team, List<Requirement>> of(IntdModel model) {
		Map<Team, Set<Role>> roles = rolesByTeam(model);
		Map<Team, List<Requirement>> result = new LinkedHashMap<>();
		for (Team team : Teams.all(model)) {
			result.put(team, of(team, roles.getOrDefault(team, Set.of())));
		}
		return result;
	}

	/** One team's requirements. */
	public static List<Requirement> of(Team team) {
		IntdModel model = Teams.modelOf(team);
		return of(team, model == null ? Set.of() : rolesByTeam(model).getOrDefault(team, Set.of()));
	}

	private static List<Requirement> of(Team team, Set<Role> roles) {
		Map<Capability, Builder> builders = new LinkedHashMap<>();
		for (CapabilityLevel own : team.getRequiredCapabilities()) {
			if (own.getCapability() != null) {
				Builder builder = builders.computeIfAbsent(own.getCapability(), Builder::new).add(team,
						Level.of(own.getLevel()), own.getPeople());
				if (builder.own == null) {
					builder.own = own;
				}
			}
		}
		for (PopulationCohort cohort : team.getServedCohorts()) {
			for (Need need : cohort.getNeeds()) {
				for (Capability capability : need.getRequiredCapabilities()) {
					builders.computeIfAbsent(capability, Builder::new).add(need, Level.FOR_A_NEED, 1);
				}
			}
		}
		for (Role role : roles) {
			for (CapabilityLevel level : role.getCapabilities()) {
				if (level.getCapability() != null) {
					builders.computeIfAbsent(level.getCapability(), Builder::new).add(role, Level.of(level.getLevel()),
							level.getPeople());
				}
			}
		}
		List<Requirement> requirements = new ArrayList<>();
		for (Builder builder : builders.values()) {
			if (builder.level > Level.NONE && builder.people > 0) {
				requirements.add(new Requirement(team, builder.capability, builder.level, builder.people,
						List.copyOf(builder.origins), builder.own));
			}
		}
		return requirements;
	}

	/** The roles of the posts allocated to each team. */
	private static Map<Team, Set<Role>> rolesByTeam(IntdModel model) {
		Map<Team, Set<Role>> roles = new LinkedHashMap<>();
		for (Post post : model.getPosts()) {
			if (post.getRole() == null) {
				continue;
			}
			for (Allocation allocation : post.getAllocations()) {
				if (allocation.getTeam() != null) {
					roles.computeIfAbsent(allocation.getTeam(), t -> new LinkedHashSet<>()).add(post.getRole());
				}
			}
		}
		return roles;
	}

	private static final class Builder {
		final Capability capability;
		int level;
		int people;
		final Set<Element> origins = new LinkedHashSet<>();
		CapabilityLevel own;

		Builder(Capability capability) {
			this.capability = capability;
		}

		Builder add(Element origin, int atLevel, int count) {
			level = Math.max(level, atLevel);
			people = Math.max(people, count);
			origins.add(origin);
			return this;
		}
	}
}
