package org.intdesigner.development;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.intdesigner.model.Allocation;
import org.intdesigner.model.CapabilityLevel;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Post;
import org.intdesigner.model.Role;

/**
 * Who is in post on a day and what they hold. Two bases, never mixed: the people of the workforce store with their
 * assessed skills (the reality), or, when no assessments are loaded, the model's filled posts with the capabilities
 * they are designed to have (the intent).
 */
public final class SkillsHeld {

	/** Where the holdings come from. */
	public enum Basis {
		/** people's assessments in the workforce store */
		ASSESSED("assessed people"),
		/** the model's filled posts and their designed capability levels */
		DESIGNED("posts as designed (no assessments loaded)");

		private final String label;

		Basis(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	private final Basis basis;
	private final LocalDate day;
	private final List<StaffMember> members;
	private final Map<String, List<StaffMember>> byTeam = new HashMap<>();

	private SkillsHeld(Basis basis, LocalDate day, List<StaffMember> members) {
		this.basis = basis;
		this.day = day;
		members.sort(Comparator.comparing(StaffMember::id));
		this.members = List.copyOf(members);
		for (StaffMember member : this.members) {
			for (String team : member.teams()) {
				byTeam.computeIfAbsent(team, t -> new ArrayList<>()).add(member);
			}
		}
	}

	/**
	 * From the store when it has assessments (the people in post on {@code day}), else from the model's design. The
	 * model names roles and places posts in teams (a person's teams: their spell's team and the teams their post is
	 * allocated to).
	 */
	public static SkillsHeld of(SkillRecords records, IntdModel model, LocalDate day) {
		return records.hasAssessments() ? assessed(records, model, day) : designed(model, day);
	}

	public static SkillsHeld assessed(SkillRecords records, IntdModel model, LocalDate day) {
		Map<String, Set<String>> postTeams = postTeams(model);
		Map<String, String> roleNames = new HashMap<>();
		model.getRoles().forEach(role -> roleNames.put(ModelCodes.of(role), role.getName()));
		List<StaffMember> members = new ArrayList<>();
		for (SkillRecords.PersonOnDay person : records.inPostOn(day)) {
			SkillRecords.Spell main = person.spells().stream().max(Comparator.comparingDouble(SkillRecords.Spell::fte))
					.orElseThrow();
			Set<String> teams = new HashSet<>();
			double fte = 0;
			for (SkillRecords.Spell spell : person.spells()) {
				fte += spell.fte();
				if (spell.team() != null) {
					teams.add(spell.team());
				}
				if (spell.post() != null) {
					teams.addAll(postTeams.getOrDefault(spell.post(), Set.of()));
				}
			}
			String role = roleNames.getOrDefault(main.role(), main.role());
			members.add(new StaffMember(person.person(), person.person() + " (" + role + ")", true, main.organisation(),
					main.role(), Collections.unmodifiableSet(teams), main.post(), fte,
					Collections.unmodifiableMap(person.holdings())));
		}
		return new SkillsHeld(Basis.ASSESSED, day, members);
	}

	/** The model's filled posts with their designed capabilities (the post's own, else its role's). */
	public static SkillsHeld designed(IntdModel model, LocalDate day) {
		List<StaffMember> members = new ArrayList<>();
		for (Post post : model.getPosts()) {
			if (post.isVacant()) {
				continue;
			}
			Role role = post.getRole();
			Collection<CapabilityLevel> levels = !post.getCapabilities().isEmpty() || role == null ? post.getCapabilities()
					: role.getCapabilities();
			Map<String, Holding> holdings = new LinkedHashMap<>();
			for (CapabilityLevel level : levels) {
				if (level.getCapability() != null) {
					holdings.merge(ModelCodes.of(level.getCapability()), new Holding(ModelCodes.of(level.getCapability()),
							Level.of(level.getLevel()), null, null), (a, b) -> a.level() >= b.level() ? a : b);
				}
			}
			Set<String> teams = new HashSet<>();
			for (Allocation allocation : post.getAllocations()) {
				if (allocation.getTeam() != null) {
					teams.add(ModelCodes.of(allocation.getTeam()));
				}
			}
			members.add(new StaffMember(ModelCodes.of(post), post.getName(), false,
					post.getEmployer() == null ? null : ModelCodes.of(post.getEmployer()),
					role == null ? null : ModelCodes.of(role), Set.copyOf(teams), ModelCodes.of(post), post.getFte(),
					Map.copyOf(holdings)));
		}
		return new SkillsHeld(Basis.DESIGNED, day, members);
	}

	private static Map<String, Set<String>> postTeams(IntdModel model) {
		Map<String, Set<String>> teams = new HashMap<>();
		for (Post post : model.getPosts()) {
			for (Allocation allocation : post.getAllocations()) {
				if (allocation.getTeam() != null) {
					teams.computeIfAbsent(ModelCodes.of(post), p -> new HashSet<>()).add(ModelCodes.of(allocation.getTeam()));
				}
			}
		}
		return teams;
	}

	public Basis basis() {
		return basis;
	}

	/** The day the holdings are for. */
	public LocalDate day() {
		return day;
	}

	/** Everyone in post, by id. */
	public List<StaffMember> members() {
		return members;
	}

	/** The members working in the team with this code (not its sub-teams). */
	public List<StaffMember> inTeam(String teamCode) {
		return byTeam.getOrDefault(teamCode, List.of());
	}
}
