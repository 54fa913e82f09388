package org.intdesigner.development.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.intdesigner.development.Holding;
import org.intdesigner.development.Level;
import org.intdesigner.development.RequirementCheck;
import org.intdesigner.development.SkillSufficiency;
import org.intdesigner.development.SkillsHeld;
import org.intdesigner.development.StaffMember;
import org.intdesigner.development.SufficiencyReport;
import org.intdesigner.development.SufficiencyRow;
import org.intdesigner.model.Capability;
import org.intdesigner.model.Team;

/**
 * The skills matrix of a scope, without widgets: the people in post there (or the filled posts, when no assessments
 * are loaded) against the capabilities its teams require, what each holds, the level their teams require of them, and
 * the sufficiency of the scope's requirements. Computed from a sufficiency report of the whole model, so its figures
 * are the ones the headless commands give.
 */
public final class SkillsMatrix {

	private final SkillsScope scope;
	private final SufficiencyReport report;
	private final List<RequirementCheck> checks;
	private final List<StaffMember> people;
	private final List<MatrixColumn> columns;
	/** per person, per capability code, the highest level a requirement of their teams asks of it */
	private final Map<StaffMember, Map<String, Integer>> required = new HashMap<>();
	/** the same for the requirements not met */
	private final Map<StaffMember, Map<String, Integer>> unmet = new HashMap<>();

	private SkillsMatrix(SkillsScope scope, SufficiencyReport report) {
		this.scope = scope;
		this.report = report;
		List<RequirementCheck> inScope = new ArrayList<>();
		Set<StaffMember> there = new LinkedHashSet<>();
		for (Team team : scope.teams()) {
			inScope.addAll(report.checksOf(team));
			there.addAll(report.held().inTeam(org.intdesigner.development.ModelCodes.of(team)));
		}
		this.checks = List.copyOf(inScope);
		this.people = List.copyOf(there);
		Map<Capability, List<RequirementCheck>> byCapability = new LinkedHashMap<>();
		for (RequirementCheck check : checks) {
			byCapability.computeIfAbsent(check.requirement().capability(), c -> new ArrayList<>()).add(check);
			String code = org.intdesigner.development.ModelCodes.of(check.requirement().capability());
			for (StaffMember member : SkillSufficiency.peopleIn(check.requirement().team(), report.held())) {
				required.computeIfAbsent(member, m -> new HashMap<>()).merge(code, check.requirement().level(), Math::max);
				if (!check.met()) {
					unmet.computeIfAbsent(member, m -> new HashMap<>()).merge(code, check.requirement().level(), Math::max);
				}
			}
		}
		List<MatrixColumn> made = new ArrayList<>();
		byCapability.forEach((capability, list) -> made.add(new MatrixColumn(capability,
				list.stream().mapToInt(c -> c.requirement().level()).max().orElse(0),
				list.stream().mapToInt(c -> c.requirement().people()).max().orElse(0), List.copyOf(list))));
		// specialist capabilities first, the generalist ones apart after them; each by name
		made.sort(Comparator.comparing(MatrixColumn::generalist)
				.thenComparing(c -> String.valueOf(c.capability().getName()).toLowerCase()));
		this.columns = List.copyOf(made);
	}

	public static SkillsMatrix of(SkillsScope scope, SufficiencyReport report) {
		return new SkillsMatrix(scope, report);
	}

	public SkillsScope scope() {
		return scope;
	}

	public SufficiencyReport report() {
		return report;
	}

	public SkillsHeld.Basis basis() {
		return report.held().basis();
	}

	public LocalDate day() {
		return report.day();
	}

	/** The people in post in the scope's teams (posts, as designed), by label. */
	public List<StaffMember> people() {
		return people;
	}

	public List<MatrixColumn> columns() {
		return columns;
	}

	/** The requirements of the scope's teams, checked. */
	public List<RequirementCheck> checks() {
		return checks;
	}

	public MatrixColumn column(String capabilityName) {
		return columns.stream().filter(c -> capabilityName.equals(c.capability().getName())).findFirst().orElse(null);
	}

	/** What {@code member} holds of the column's capability, or null. */
	public Holding holding(StaffMember member, MatrixColumn column) {
		return member.holding(column.code());
	}

	/** The level held (0 when nothing is held). */
	public int level(StaffMember member, MatrixColumn column) {
		Holding holding = holding(member, column);
		return holding == null ? Level.NONE : holding.level();
	}

	/** The level a requirement of the member's teams asks of the capability (0 when none of them does). */
	public int required(StaffMember member, MatrixColumn column) {
		return required.getOrDefault(member, Map.of()).getOrDefault(column.code(), Level.NONE);
	}

	/** A requirement of their team is unmet and they do not hold it at that level in date: a gap they stand in. */
	public boolean gap(StaffMember member, MatrixColumn column) {
		int level = unmet.getOrDefault(member, Map.of()).getOrDefault(column.code(), Level.NONE);
		Holding holding = holding(member, column);
		return level > Level.NONE && (holding == null || holding.level() < level || !holding.inDateOn(day()));
	}

	/** Their team requires it and they hold it at that level or above, in date: they count towards the requirement. */
	public boolean counts(StaffMember member, MatrixColumn column) {
		int level = required(member, column);
		Holding holding = holding(member, column);
		return level > Level.NONE && holding != null && holding.level() >= level && holding.inDateOn(day());
	}

	/** Their training lapses within the days looked ahead, or has lapsed. */
	public boolean expiring(StaffMember member, MatrixColumn column) {
		Holding holding = holding(member, column);
		return holding != null && holding.expiresOn() != null
				&& (!holding.inDateOn(day()) || holding.expiresWithin(day(), report.expiringDays()));
	}

	public boolean lapsed(StaffMember member, MatrixColumn column) {
		Holding holding = holding(member, column);
		return holding != null && !holding.inDateOn(day());
	}

	/** A gap in some column of the member. */
	public boolean hasGap(StaffMember member, List<MatrixColumn> among) {
		return among.stream().anyMatch(c -> gap(member, c));
	}

	/** Tooltip of a cell: holder, level, assessed, expiry, and what their team requires. */
	public String describe(StaffMember member, MatrixColumn column) {
		Holding holding = holding(member, column);
		StringBuilder text = new StringBuilder(member.label()).append("\n").append(column.capability().getName()).append(": ");
		if (holding == null) {
			text.append("not held");
		} else {
			text.append(Level.label(holding.level()));
			text.append(holding.assessedOn() == null ? "\n(as the post is designed: not assessed)"
					: "\nassessed " + holding.assessedOn());
			if (holding.expiresOn() != null) {
				text.append(holding.inDateOn(day()) ? "\nexpires " : "\nLAPSED ").append(holding.expiresOn());
			}
		}
		int level = required(member, column);
		if (level > Level.NONE) {
			text.append("\nrequired of their team: ").append(Level.label(level));
		}
		if (gap(member, column)) {
			text.append("\nGAP: the requirement is unmet and they are below it");
		}
		return text.toString();
	}

	/** "12 requirements, 9 met, sufficiency 75.0 %, 3 single points, 1 expiring within 90 days". */
	public String summary() {
		SufficiencyRow all = figures();
		SufficiencyRow generalist = SufficiencyRow.of("generalist", null,
				checks.stream().filter(c -> c.requirement().capability().isGeneralist()).toList());
		return text(all, report.expiringDays()) + (generalist.requirements() == 0 ? ""
				: ".  Generalist capabilities: " + generalist.met() + " of " + generalist.requirements() + " met ("
						+ generalist.sufficiencyText() + ")");
	}

	/** The figures of the summary line: requirements, met, single points and expiring of the checks shown. */
	public SufficiencyRow figures() {
		return SufficiencyRow.of("shown", null, checks);
	}

	private static String text(SufficiencyRow row, int expiringDays) {
		int requirements = row.requirements();
		int singlePoints = row.singlePoints();
		return requirements + " requirement" + (requirements == 1 ? "" : "s") + ", " + row.met() + " met, sufficiency "
				+ row.sufficiencyText() + ", " + singlePoints + " single point" + (singlePoints == 1 ? "" : "s") + ", "
				+ row.expiring() + " with training lapsing within " + expiringDays + " days";
	}
}
