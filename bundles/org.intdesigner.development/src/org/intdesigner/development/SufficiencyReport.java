package org.intdesigner.development;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Team;

/** Every requirement of a model checked on one day, and its sufficiency grouped in the ways people ask for. */
public final class SufficiencyReport {

	private final IntdModel model;
	private final SkillsHeld held;
	private final int expiringDays;
	private final List<RequirementCheck> checks;
	private final UnitNames names = new UnitNames();
	/** The checks by team, made when first asked: a report asks for each of a place's teams. */
	private java.util.Map<Team, List<RequirementCheck>> byTeam;

	SufficiencyReport(IntdModel model, SkillsHeld held, int expiringDays, List<RequirementCheck> checks) {
		this.model = model;
		this.held = held;
		this.expiringDays = expiringDays;
		this.checks = List.copyOf(checks);
	}

	public IntdModel model() {
		return model;
	}

	public SkillsHeld held() {
		return held;
	}

	public LocalDate day() {
		return held.day();
	}

	public int expiringDays() {
		return expiringDays;
	}

	public List<RequirementCheck> checks() {
		return checks;
	}

	/** The checks of one team (not its sub-teams'). */
	public synchronized List<RequirementCheck> checksOf(Team team) {
		if (byTeam == null) {
			byTeam = new java.util.IdentityHashMap<>();
			for (RequirementCheck check : checks) {
				byTeam.computeIfAbsent(check.requirement().team(), t -> new java.util.ArrayList<>()).add(check);
			}
			byTeam.replaceAll((t, list) -> List.copyOf(list));
		}
		return byTeam.getOrDefault(team, List.of());
	}

	/** Sufficiency per unit of {@code cut}. */
	public List<SufficiencyRow> rows(SkillCut cut) {
		return SkillSufficiency.rows(checks, cut, names);
	}

	/** The same for the generalist capabilities only (working across boundaries, population-health data, ...). */
	public List<SufficiencyRow> generalistRows(SkillCut cut) {
		return SkillSufficiency.rows(only(c -> c.requirement().capability().isGeneralist()), cut, names);
	}

	/** One row for everything checked. */
	public SufficiencyRow total() {
		return SufficiencyRow.of("all teams", null, checks);
	}

	/** One row for the generalist capabilities. */
	public SufficiencyRow generalistTotal() {
		return SufficiencyRow.of("generalist capabilities", null, only(c -> c.requirement().capability().isGeneralist()));
	}

	private List<RequirementCheck> only(Predicate<RequirementCheck> which) {
		return checks.stream().filter(which).toList();
	}
}
