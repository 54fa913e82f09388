package org.intdesigner.planning.transition;

import java.util.ArrayList;
import java.util.List;

import org.intdesigner.io.ExportTable;

/**
 * A transition plan as tables, the same for CSV, the Excel workbook and the workbench: waves, changes, people, findings
 * and the posts that cannot be costed. Cells are text or numbers; every row of a wave's table names its wave and date.
 */
public final class TransitionTables {


	private TransitionTables() {
	}

	/** Waves, Changes, People, Findings, Uncosted posts. */
	public static List<ExportTable> of(TransitionPlan plan) {
		return List.of(waves(plan), changes(plan), people(plan), findings(plan), uncosted(plan));
	}

	public static ExportTable waves(TransitionPlan plan) {
		List<List<Object>> rows = new ArrayList<>();
		for (PlanWave wave : plan.waves()) {
			rows.add(List.of(wave.name(), wave.date(), wave.owner(), wave.reason(), wave.changes().size(), wave.people().size(),
					Math.round(wave.costChange()), wave.uncostedChanged(), Math.round(wave.runRate()), wave.uncostedInRunRate(),
					wave.findings().size()));
		}
		return new ExportTable("Waves", List.of("wave", "date", "owner", "reason", "changes", "people", "cost change",
				"changed posts not costed", "run rate", "posts not costed", "findings"), rows);
	}

	public static ExportTable changes(TransitionPlan plan) {
		List<List<Object>> rows = new ArrayList<>();
		for (PlanWave wave : plan.waves()) {
			for (PlanChange change : wave.changes()) {
				rows.add(List.of(wave.name(), wave.date(), change.type().label(), change.id(), change.code(), change.name(),
						change.detail()));
			}
		}
		return new ExportTable("Changes", List.of("wave", "date", "type", "id", "code", "name", "detail"), rows);
	}

	public static ExportTable people(TransitionPlan plan) {
		List<List<Object>> rows = new ArrayList<>();
		for (PlanWave wave : plan.waves()) {
			for (AffectedPerson person : wave.people()) {
				rows.add(List.of(wave.name(), wave.date(), person.postId(), person.code(), person.post(), person.before(),
						person.after()));
			}
		}
		return new ExportTable("People", List.of("wave", "date", "post id", "code", "post", "before", "after"), rows);
	}

	public static ExportTable findings(TransitionPlan plan) {
		List<List<Object>> rows = new ArrayList<>();
		for (PlanWave wave : plan.waves()) {
			for (PlanFinding finding : wave.findings()) {
				rows.add(List.of(wave.name(), wave.date(), finding.rule(), finding.severity(), finding.id(), finding.name(),
						finding.message()));
			}
		}
		return new ExportTable("Findings", List.of("wave", "date", "rule", "severity", "id", "name", "message"), rows);
	}

	public static ExportTable uncosted(TransitionPlan plan) {
		List<List<Object>> rows = new ArrayList<>();
		for (UncostedPost post : plan.uncosted()) {
			rows.add(List.of(post.id(), post.code(), post.name(), post.model(), post.whyNoCost()));
		}
		return new ExportTable("Posts not costed", List.of("id", "code", "post", "model", "why no cost"), rows);
	}
}
