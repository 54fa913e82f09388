package org.intdesigner.development;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Team;

/**
 * Checks every requirement of a model's teams against what the people in post there hold: a requirement is met when
 * at least its number of people in the team or its sub-teams hold the capability at or above its level, in date on
 * the day of the holdings (DOMAIN.md, "Skills and sufficiency").
 */
public final class SkillSufficiency {

	/** How far ahead lapsing training is flagged, by default. */
	public static final int DEFAULT_EXPIRING_DAYS = 90;
	/**
	 * The sufficiency (percent) below which a team is marked (the Skill sufficiency diagram fills it red, a report
	 * colours it), unless the workbench's preferences say otherwise.
	 */
	public static final int DEFAULT_THRESHOLD = 80;

	private SkillSufficiency() {
	}

	public static SufficiencyReport check(IntdModel model, SkillsHeld held, int expiringDays) {
		List<RequirementCheck> checks = new ArrayList<>();
		for (Map.Entry<Team, List<Requirement>> team : Requirements.of(model).entrySet()) {
			if (team.getValue().isEmpty()) {
				continue;
			}
			Map<String, List<StaffMember>> byCapability = byCapability(peopleIn(team.getKey(), held));
			for (Requirement requirement : team.getValue()) {
				checks.add(check(requirement, byCapability.getOrDefault(ModelCodes.of(requirement.capability()), List.of()),
						held, expiringDays));
			}
		}
		return new SufficiencyReport(model, held, expiringDays, checks);
	}

	/** The people holding each capability at any level, in or out of date. */
	private static Map<String, List<StaffMember>> byCapability(List<StaffMember> people) {
		Map<String, List<StaffMember>> holding = new HashMap<>();
		for (StaffMember member : people) {
			for (String capability : member.holdings().keySet()) {
				holding.computeIfAbsent(capability, c -> new ArrayList<>()).add(member);
			}
		}
		return holding;
	}

	/** The people in post in the team or any of its sub-teams, each once. */
	public static List<StaffMember> peopleIn(Team team, SkillsHeld held) {
		Set<StaffMember> people = new LinkedHashSet<>();
		for (Team member : Teams.withSubTeams(team)) {
			people.addAll(held.inTeam(ModelCodes.of(member)));
		}
		return new ArrayList<>(people);
	}

	/** {@code there}: the people in post in the team (those holding the capability at some level are enough). */
	static RequirementCheck check(Requirement requirement, List<StaffMember> there, SkillsHeld held, int expiringDays) {
		String capability = ModelCodes.of(requirement.capability());
		List<StaffMember> holders = new ArrayList<>();
		List<StaffMember> expiring = new ArrayList<>();
		List<StaffMember> below = new ArrayList<>();
		for (StaffMember member : there) {
			Holding holding = member.holding(capability);
			if (holding == null) {
				continue;
			}
			boolean inDate = holding.inDateOn(held.day());
			if (inDate && holding.level() >= requirement.level()) {
				holders.add(member);
				if (holding.expiresWithin(held.day(), expiringDays)) {
					expiring.add(member);
				}
			} else if (holding.level() == requirement.level() - 1 || !inDate && holding.level() >= requirement.level()) {
				// one level below, or at the level but lapsed: a refresher or one course away
				below.add(member);
			}
		}
		return new RequirementCheck(requirement, List.copyOf(holders), List.copyOf(expiring), List.copyOf(below));
	}

	/** Rows of {@code checks} grouped by {@code cut}, in the order the groups are first met. */
	static List<SufficiencyRow> rows(List<RequirementCheck> checks, SkillCut cut, UnitNames names) {
		Map<Object, List<RequirementCheck>> byUnit = new LinkedHashMap<>();
		for (RequirementCheck check : checks) {
			for (Object unit : names.unitsOf(check.requirement(), cut)) {
				byUnit.computeIfAbsent(unit, u -> new ArrayList<>()).add(check);
			}
		}
		List<SufficiencyRow> rows = new ArrayList<>();
		byUnit.forEach((unit, unitChecks) -> rows.add(SufficiencyRow.of(names.name(unit), names.element(unit), unitChecks)));
		return rows;
	}
}
