package org.intdesigner.development;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.intdesigner.model.Area;
import org.intdesigner.model.AreaKind;
import org.intdesigner.model.Capability;
import org.intdesigner.model.Course;
import org.intdesigner.model.Team;

/**
 * Makes the training plan from a sufficiency report. Cohorts: each course's learners (each person once), in one
 * cohort when the course is joint, else one per organisation. Rotations: in each neighbourhood, for two gaps in teams
 * of different organisations' people, a person of the first team holding what the second lacks paired with a person of
 * the second holding what the first lacks (greedy, each gap and person once). Communities of practice: per place, each
 * capability some team requires, with everyone there holding it in date (when at least {@link #COMMUNITY_MINIMUM}).
 */
public final class TrainingPlanner {

	static final int COMMUNITY_MINIMUM = 3;

	private TrainingPlanner() {
	}

	public static TrainingPlan plan(SufficiencyReport report) {
		List<TrainingNeed> needs = TrainingNeeds.analyse(report);
		List<Cohort> cohorts = cohorts(needs);
		Map<String, Double> hoursByRole = new TreeMap<>();
		for (Cohort cohort : cohorts) {
			for (StaffMember learner : cohort.learners()) {
				if (learner.role() != null) {
					hoursByRole.merge(learner.role(), cohort.course().getHours(), Double::sum);
				}
			}
		}
		return new TrainingPlan(report, needs, cohorts, rotations(report), communities(report), hoursByRole);
	}

	static List<Cohort> cohorts(List<TrainingNeed> needs) {
		Map<Course, Map<String, Set<StaffMember>>> byCourse = new LinkedHashMap<>();
		for (TrainingNeed need : needs) {
			if (need.course() == null) {
				continue;
			}
			for (StaffMember learner : need.learners()) {
				String group = need.course().isJoint() ? "" : String.valueOf(learner.organisation());
				byCourse.computeIfAbsent(need.course(), c -> new TreeMap<>()).computeIfAbsent(group, g -> new LinkedHashSet<>())
						.add(learner);
			}
		}
		List<Cohort> cohorts = new ArrayList<>();
		byCourse.forEach((course, groups) -> groups.values().forEach(learners -> {
			Set<String> organisations = new TreeSet<>();
			learners.forEach(l -> organisations.add(String.valueOf(l.organisation())));
			cohorts.add(new Cohort(course, List.copyOf(organisations), List.copyOf(learners)));
		}));
		return cohorts;
	}

	static List<Rotation> rotations(SufficiencyReport report) {
		Map<Area, List<RequirementCheck>> gaps = new LinkedHashMap<>();
		for (RequirementCheck check : report.checks()) {
			Area area = Teams.enclosing(check.requirement().team(), AreaKind.NEIGHBOURHOOD);
			if (!check.met() && area != null) {
				gaps.computeIfAbsent(area, a -> new ArrayList<>()).add(check);
			}
		}
		List<Rotation> rotations = new ArrayList<>();
		Set<StaffMember> used = new HashSet<>();
		// by identity: a check is one object, and hashing one hashes every person in it
		Set<RequirementCheck> closed = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
		// sets: membership is asked for each person of the other team of every pair of gaps
		Map<Team, Set<StaffMember>> people = new HashMap<>();
		// who of a team holds a capability at a level in date: the same for every pair of gaps it meets
		Map<List<Object>, List<StaffMember>> qualified = new HashMap<>();
		gaps.forEach((area, list) -> {
			for (RequirementCheck first : list) {
				for (RequirementCheck second : list) {
					Team a = first.requirement().team();
					Team b = second.requirement().team();
					if (a == b || closed.contains(first) || closed.contains(second)) {
						continue;
					}
					Set<StaffMember> inA = people.computeIfAbsent(a, t -> new LinkedHashSet<>(SkillSufficiency.peopleIn(t, report.held())));
					Set<StaffMember> inB = people.computeIfAbsent(b, t -> new LinkedHashSet<>(SkillSufficiency.peopleIn(t, report.held())));
					// someone of team a holding what b lacks, and someone of team b holding what a lacks, of other organisations
					List<StaffMember> fromBs = available(qualified(qualified, b, inB, first, report), inA, used);
					if (fromBs.isEmpty()) {
						continue;
					}
					for (StaffMember fromA : available(qualified(qualified, a, inA, second, report), inB, used)) {
						StaffMember fromB = fromBs.stream()
								.filter(m -> m.organisation() != null && !m.organisation().equals(fromA.organisation()))
								.findFirst().orElse(null);
						if (fromB != null) {
							rotations.add(new Rotation(area, fromA, a, first, fromB, b, second));
							used.add(fromA);
							used.add(fromB);
							closed.add(first);
							closed.add(second);
							break;
						}
					}
				}
			}
		});
		return rotations;
	}

	/** People of {@code team} holding the gap's capability at its level, in date (worked out once per team and need). */
	private static List<StaffMember> qualified(Map<List<Object>, List<StaffMember>> known, Team team, Set<StaffMember> people,
			RequirementCheck gap, SufficiencyReport report) {
		String capability = ModelCodes.of(gap.requirement().capability());
		int level = gap.requirement().level();
		return known.computeIfAbsent(List.of(team, capability, level), k -> {
			List<StaffMember> holders = new ArrayList<>();
			for (StaffMember member : people) {
				Holding holding = member.holding(capability);
				if (holding != null && holding.level() >= level && holding.inDateOn(report.day())) {
					holders.add(member);
				}
			}
			return holders;
		});
	}

	/** The holders not also of {@code other} and not already rotating. */
	private static List<StaffMember> available(List<StaffMember> holders, Set<StaffMember> other, Set<StaffMember> used) {
		List<StaffMember> free = new ArrayList<>();
		for (StaffMember member : holders) {
			if (!used.contains(member) && !other.contains(member)) {
				free.add(member);
			}
		}
		return free;
	}

	static List<CommunityOfPractice> communities(SufficiencyReport report) {
		Map<Area, Set<Capability>> required = new LinkedHashMap<>();
		Map<Area, Set<StaffMember>> placePeople = new LinkedHashMap<>();
		for (RequirementCheck check : report.checks()) {
			Area place = Teams.enclosing(check.requirement().team(), AreaKind.PLACE);
			if (place != null) {
				required.computeIfAbsent(place, p -> new LinkedHashSet<>()).add(check.requirement().capability());
			}
		}
		for (Team team : Teams.all(report.model())) {
			Area place = Teams.enclosing(team, AreaKind.PLACE);
			if (place != null) {
				placePeople.computeIfAbsent(place, p -> new LinkedHashSet<>())
						.addAll(report.held().inTeam(ModelCodes.of(team)));
			}
		}
		List<CommunityOfPractice> communities = new ArrayList<>();
		required.forEach((place, capabilities) -> {
			for (Capability capability : capabilities) {
				String code = ModelCodes.of(capability);
				List<StaffMember> members = placePeople.getOrDefault(place, Set.of()).stream().filter(m -> {
					Holding holding = m.holding(code);
					return holding != null && holding.level() > Level.NONE && holding.inDateOn(report.day());
				}).sorted(Comparator.comparing(StaffMember::id)).toList();
				if (members.size() >= COMMUNITY_MINIMUM) {
					List<StaffMember> convenors = members.stream().filter(m -> m.holding(code).level() == Level.EXPERT).toList();
					List<String> organisations = members.stream().map(m -> String.valueOf(m.organisation())).distinct().sorted()
							.toList();
					communities.add(new CommunityOfPractice(place, capability, members, convenors, organisations));
				}
			}
		});
		return communities;
	}
}
