package org.intdesigner.planning.scenarios;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.intdesigner.analysis.api.Rule;
import org.intdesigner.analysis.engine.RuleSettings;
import org.intdesigner.model.IntdModel;

/**
 * The figures of one to four models side by side, each model a column, the first the one the others are compared
 * with: posts and FTE by organisation and by role, annual cost, validation findings by rule, need, supply and gap
 * by role, and boundary crossings. Validation and the plans take the time on a large model; the monitor reports
 * them and may cancel between models.
 */
public final class SideBySideFigures {

	public static final String BY_ORGANISATION = StaffingSections.BY_ORGANISATION;
	public static final String BY_ROLE = StaffingSections.BY_ROLE;
	public static final String COST = CostSection.TITLE;
	public static final String FINDINGS = RuleFindingsSection.TITLE;
	public static final String PLAN = PlanSection.TITLE;
	public static final String CROSSINGS = CrossingsSection.TITLE;

	private final List<Rule> rules;
	private final RuleSettings settings;

	/** Validates with {@code rules} under {@code settings}, as {@code ./intd validate} does with the installed rules. */
	public SideBySideFigures(List<Rule> rules, RuleSettings settings) {
		this.rules = List.copyOf(rules);
		this.settings = settings;
	}

	public SideBySide compute(List<SideBySideModel> models, IProgressMonitor progress) {
		if (models.isEmpty() || models.size() > SideBySide.MAX_MODELS) {
			throw new IllegalArgumentException("Side by side shows 1 to " + SideBySide.MAX_MODELS + " models, not "
					+ models.size() + ".");
		}
		SubMonitor monitor = SubMonitor.convert(progress, "Comparing " + models.size() + " models", 10);
		List<IntdModel> plain = models.stream().map(SideBySideModel::model).toList();
		List<SideBySide.Section> sections = new ArrayList<>();
		monitor.subTask("Posts, FTE and cost");
		sections.add(StaffingSections.byOrganisation(plain));
		sections.add(StaffingSections.byRole(plain));
		sections.add(CostSection.of(models));
		monitor.split(1);
		monitor.subTask("Validation");
		sections.add(RuleFindingsSection.of(plain, rules, settings, monitor.split(4)));
		monitor.subTask("Workforce plans");
		sections.add(PlanSection.of(models, monitor.split(4)));
		monitor.subTask("Boundary crossings");
		sections.add(CrossingsSection.of(plain));
		monitor.split(1);
		return new SideBySide(models.stream().map(SideBySideModel::name).toList(), sections);
	}

	/** The measures of the plan section for a year (0: now), as its rows name them. */
	public static List<String> planMeasures(int year) {
		return List.of(PlanSection.need(year), PlanSection.supply(year), PlanSection.gap(year));
	}
}
