package org.intdesigner.reports.planning;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.intdesigner.model.IntdModel;
import org.intdesigner.model.compare.Scenarios;
import org.intdesigner.model.io.ModelFiles;
import org.intdesigner.planning.transition.ChangeType;
import org.intdesigner.planning.transition.InvalidWavesException;
import org.intdesigner.planning.transition.PlanWave;
import org.intdesigner.planning.transition.TransitionPlan;
import org.intdesigner.planning.transition.TransitionPlanner;
import org.intdesigner.planning.transition.TransitionTables;
import org.intdesigner.reports.Audience;
import org.intdesigner.reports.MissingData;
import org.intdesigner.reports.ReportContext;
import org.intdesigner.reports.ReportSection;
import org.intdesigner.reports.ReportTable;
import org.intdesigner.reports.SectionWriter;
import org.intdesigner.reports.charts.Charts;

/**
 * Scenario and transition: when the report's model is a scenario, its changes against its baseline (read from the
 * file the scenario names, beside it) in the scenario's dated waves, each wave's cost and the annual pay bill after it,
 * and the validation findings each wave brings: the Transition Plan's own tables, as {@code ./intd transition} and its
 * export make them. The people holding the posts changed are in the Transition Plan export, not in a pack.
 */
public final class ScenarioSection implements ReportSection {

	private static final Set<String> MONEY = Set.of("cost change", "run rate");
	/** The waves' table without the reason (a paragraph says it) */
	private static final List<String> WAVE_COLUMNS = List.of("wave", "date", "changes", "people", "cost change",
			"changed posts not costed", "run rate", "posts not costed", "findings");
	/** The changes' table without the ids (the codes say which element) and the date (the wave says it) */
	private static final List<String> CHANGE_COLUMNS = List.of("wave", "type", "code", "name", "detail");
	/** The findings' table without the ids and names of the elements (the message names them) */
	private static final List<String> FINDING_COLUMNS = List.of("wave", "rule", "severity", "message");

	@Override
	public void write(ReportContext context, SectionWriter out) throws MissingData {
		IntdModel scenario = context.model();
		TransitionPlan plan = plan(scenario, baseline(scenario, context.modelFile()));
		PlanWave last = plan.waves().isEmpty() ? null : plan.waves().get(plan.waves().size() - 1);
		long scheduled = plan.waves().stream().filter(PlanWave::scheduled).count();
		out.paragraph(String.format(Locale.ROOT, "The scenario '%s' changes its baseline '%s' in %d wave%s, %d change%s in all;"
				+ " the annual pay bill is %s now and %s after the last wave. The changes are for the whole model, not only %s.",
				plan.scenario(), plan.baseline(), scheduled, scheduled == 1 ? "" : "s", plan.changeCount(),
				plan.changeCount() == 1 ? "" : "s", ExportReportTables.money(plan.baselineBill()),
				ExportReportTables.money(last == null ? plan.baselineBill() : last.runRate()), context.scope().label()));
		plan.notes().forEach(out::paragraph);
		plan.warnings().forEach(warning -> out.missing("Warning: " + warning));
		out.heading("Transition waves");
		for (PlanWave wave : plan.waves()) {
			out.paragraph(wave.scheduled() ? wave.name() + ", effective " + wave.date() + (wave.owner().isBlank() ? ""
					: ", owner " + wave.owner()) + (wave.reason().isBlank() ? "" : ": " + wave.reason())
					: wave.name() + ": changes no wave lists; list their ids in a wave of the scenario to schedule them.");
		}
		out.table(ExportReportTables.of(TransitionTables.waves(plan), WAVE_COLUMNS, MONEY)
				.note("Cost change: the change to the annual pay bill of the posts the wave changes; run rate: the annual pay"
						+ " bill of the whole model after it, from the pay tables. People: the posts the wave changes that"
						+ " someone holds, or that are vacant."));
		Map<String, Double> costs = new LinkedHashMap<>();
		// by date: wave names are sentences, too long to label a bar
		plan.waves().forEach(wave -> costs.put(wave.scheduled() ? wave.date() : wave.name(), wave.costChange()));
		if (!costs.isEmpty()) {
			out.figure(Charts.bars("Change to the annual pay bill by wave (£)", "£ a year", costs));
		}
		out.heading("Changes against the baseline");
		out.table(byType(plan));
		if (context.audience() == Audience.BOARD) {
			out.paragraph("The changes one by one are in the neighbourhood pack and in the scenario's Transition Plan export.");
		} else {
			out.table(ExportReportTables.of(TransitionTables.changes(plan), CHANGE_COLUMNS, MONEY));
		}
		ReportTable findings = ExportReportTables.of(TransitionTables.findings(plan), FINDING_COLUMNS, MONEY);
		if (!findings.rows().isEmpty()) {
			out.heading("Findings each wave brings");
			out.table(findings);
		}
		ReportTable uncosted = ExportReportTables.of(TransitionTables.uncosted(plan), MONEY);
		if (!uncosted.rows().isEmpty()) {
			out.table(uncosted.note("Left out of the pay bills: the pay tables cannot cost them."));
		}
	}

	/** How many changes of each type (rows: those the scenario makes) each wave (columns) makes. */
	private static ReportTable byType(TransitionPlan plan) {
		List<String> columns = new ArrayList<>(List.of("Type"));
		plan.waves().forEach(wave -> columns.add(wave.name()));
		columns.add("All");
		ReportTable table = new ReportTable("Changes by type", columns);
		for (ChangeType type : ChangeType.values()) {
			List<Object> row = new ArrayList<>(List.of(type.label()));
			long all = 0;
			for (PlanWave wave : plan.waves()) {
				long count = wave.changes().stream().filter(change -> change.type() == type).count();
				row.add(count);
				all += count;
			}
			row.add(all);
			if (all > 0) {
				table.row(row.toArray());
			}
		}
		List<Object> total = new ArrayList<>(List.of("All"));
		plan.waves().forEach(wave -> total.add(wave.changes().size()));
		total.add(plan.changeCount());
		table.row(total.toArray());
		return table;
	}

	/** The baseline the scenario names, read from beside the scenario's file; MissingData saying what to do else. */
	static IntdModel baseline(IntdModel scenario, Path scenarioFile) throws MissingData {
		String named = scenario.getBaseline();
		if (named == null || named.isBlank()) {
			throw new MissingData("The model '" + scenario.getName() + "' is not a scenario (it names no baseline): make a"
					+ " scenario of it (File > New > Scenario, or ./intd scenario new MODEL OUT.intd), change it, and make the"
					+ " report of the scenario to see its changes and transition waves.");
		}
		if (scenarioFile == null) {
			throw new MissingData("The scenario '" + scenario.getName() + "' has no file, so its baseline '" + named
					+ "' cannot be found beside it: save the scenario and make the report from its file.");
		}
		Path file = Scenarios.baselineOf(scenario, scenarioFile);
		if (!Files.isRegularFile(file)) {
			throw new MissingData("The baseline of the scenario '" + scenario.getName() + "', " + file + ", is not there: put"
					+ " the baseline model back beside the scenario (it names it as '" + named + "').");
		}
		try {
			return ModelFiles.load(file).model();
		} catch (IOException e) {
			throw new MissingData("The baseline " + file + " of the scenario '" + scenario.getName() + "' could not be read ("
					+ e.getMessage() + "): open it in INT Designer to see what is wrong, and fix it.");
		}
	}

	private static TransitionPlan plan(IntdModel scenario, IntdModel baseline) throws MissingData {
		try {
			return TransitionPlanner.plan(baseline, scenario);
		} catch (InvalidWavesException e) {
			throw new MissingData("The transition waves of the scenario '" + scenario.getName() + "' are not valid: "
					+ e.getMessage() + " Fix them in the scenario's Transition Plan view.");
		} catch (IllegalArgumentException e) {
			throw new MissingData("The scenario '" + scenario.getName() + "' and its baseline are not versions of one design ("
					+ e.getMessage() + "): name the right baseline in the scenario's properties.");
		}
	}
}
