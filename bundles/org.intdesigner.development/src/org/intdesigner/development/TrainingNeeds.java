package org.intdesigner.development;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.intdesigner.model.Area;
import org.intdesigner.model.AreaKind;
import org.intdesigner.model.Capability;
import org.intdesigner.model.Course;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Team;

/**
 * The training needs analysis: for each unmet requirement, who could close it (in post in that team, then in its
 * neighbourhood; one level below, or at the level with lapsed training), with which course of the catalogue, at what
 * hours and cost. Learners are taken in that order, then by id, as many as the gap is people short.
 */
public final class TrainingNeeds {

	private TrainingNeeds() {
	}

	public static List<TrainingNeed> analyse(SufficiencyReport report) {
		Map<Area, List<StaffMember>> byNeighbourhood = membersByNeighbourhood(report);
		List<TrainingNeed> needs = new ArrayList<>();
		for (RequirementCheck check : report.checks()) {
			if (check.met()) {
				continue;
			}
			Requirement requirement = check.requirement();
			Set<StaffMember> learners = new LinkedHashSet<>(sorted(check.oneLevelBelow()));
			List<StaffMember> fromNeighbourhood = new ArrayList<>();
			Area neighbourhood = Teams.enclosing(requirement.team(), AreaKind.NEIGHBOURHOOD);
			if (learners.size() < check.shortBy() && neighbourhood != null) {
				String capability = ModelCodes.of(requirement.capability());
				for (StaffMember member : sorted(byNeighbourhood.getOrDefault(neighbourhood, List.of()))) {
					if (learners.size() + fromNeighbourhood.size() >= check.shortBy()) {
						break;
					}
					if (!learners.contains(member) && !check.holders().contains(member)
							&& couldLearn(member.holding(capability), requirement.level(), report.day())) {
						fromNeighbourhood.add(member);
					}
				}
			}
			List<StaffMember> chosen = new ArrayList<>(learners).subList(0, Math.min(learners.size(), check.shortBy()));
			List<StaffMember> all = new ArrayList<>(chosen);
			all.addAll(fromNeighbourhood);
			needs.add(new TrainingNeed(check, List.copyOf(all), List.copyOf(fromNeighbourhood),
					course(report.model(), requirement.capability(), requirement.level())));
		}
		return needs;
	}

	static boolean couldLearn(Holding holding, int level, java.time.LocalDate day) {
		return holding != null && (holding.level() == level - 1 || holding.level() >= level && !holding.inDateOn(day));
	}

	private static List<StaffMember> sorted(List<StaffMember> members) {
		return members.stream().sorted(Comparator.comparing(StaffMember::id)).toList();
	}

	/** The catalogue's course for the capability reaching the level: the lowest such level, then the cheapest. */
	public static Course course(IntdModel model, Capability capability, int level) {
		return model.getCourses().stream()
				.filter(c -> c.getCapability() == capability && Level.of(c.getLevel()) >= level)
				.min(Comparator.comparingInt((Course c) -> Level.of(c.getLevel())).thenComparingDouble(Course::getCost)
						.thenComparing(c -> String.valueOf(c.getName())))
				.orElse(null);
	}

	private static Map<Area, List<StaffMember>> membersByNeighbourhood(SufficiencyReport report) {
		Map<String, Area> teamNeighbourhood = new HashMap<>();
		for (Team team : Teams.all(report.model())) {
			Area area = Teams.enclosing(team, AreaKind.NEIGHBOURHOOD);
			if (area != null) {
				teamNeighbourhood.put(ModelCodes.of(team), area);
			}
		}
		Map<Area, List<StaffMember>> members = new HashMap<>();
		for (StaffMember member : report.held().members()) {
			Set<Area> areas = new LinkedHashSet<>();
			member.teams().forEach(team -> {
				Area area = teamNeighbourhood.get(team);
				if (area != null) {
					areas.add(area);
				}
			});
			areas.forEach(area -> members.computeIfAbsent(area, a -> new ArrayList<>()).add(member));
		}
		return members;
	}
}
