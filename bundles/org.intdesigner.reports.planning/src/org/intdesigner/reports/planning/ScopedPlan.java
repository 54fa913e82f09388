package org.intdesigner.reports.planning;

import java.util.List;

import org.intdesigner.model.Element;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Team;
import org.intdesigner.planning.Plan;
import org.intdesigner.planning.PlanOptions;
import org.intdesigner.planning.StoreFigures;
import org.intdesigner.planning.Units;
import org.intdesigner.planning.WorkforcePlan;
import org.intdesigner.planning.WorkforceStoreFigures;
import org.intdesigner.reports.MissingData;
import org.intdesigner.reports.ReportContext;
import org.intdesigner.reports.ReportScope;
import org.intdesigner.workforce.store.WorkforceStore;

/**
 * The workforce plan of a report's model, made as {@code ./intd plan} and the Plan view make it (the store's figures
 * where the model leaves them empty, the supply assumptions' horizon, the default runs and seed), and the part of it
 * that concerns the report's scope: the units of its rows that lie in the scope or that a team of the scope works in.
 */
final class ScopedPlan {

	private final Plan plan;
	private final RecordedStoreFigures figures;
	private final ReportScope scope;
	private final int horizon;

	private ScopedPlan(Plan plan, RecordedStoreFigures figures, ReportScope scope, int horizon) {
		this.plan = plan;
		this.figures = figures;
		this.scope = scope;
		this.horizon = horizon;
	}

	/** @throws MissingData when the model has no WISN study, or the store cannot be read */
	static ScopedPlan of(ReportContext context) throws MissingData {
		IntdModel model = context.model();
		if (model.getWisnStudies().isEmpty()) {
			throw new MissingData("The model '" + model.getName() + "' has no WISN study, so there is no need to set supply"
					+ " against: describe the workload of each core role in a WISN study (Planning > New WISN Study, or"
					+ " wisn_studies.csv) and give its supply in a supply assumption.");
		}
		RecordedStoreFigures figures = new RecordedStoreFigures(storeFigures(context));
		int horizon = WorkforcePlan.defaultHorizon(model);
		Plan plan = WorkforcePlan.compute(model, figures, PlanOptions.DEFAULT.withYears(horizon));
		return new ScopedPlan(plan, figures, context.scope(), horizon);
	}

	private static StoreFigures storeFigures(ReportContext context) throws MissingData {
		if (!context.hasStore()) {
			return StoreFigures.NONE;
		}
		WorkforceStore store = context.store();
		try {
			return store.read(connection -> WorkforceStoreFigures.read(connection, context.model(), store.location().describe()));
		} catch (java.sql.SQLException e) {
			throw new MissingData("The workforce store could not be read (" + e.getMessage() + "): check that it is there"
					+ " and not in use by another program, or make the report without it.");
		}
	}

	Plan plan() {
		return plan;
	}

	RecordedStoreFigures figures() {
		return figures;
	}

	int horizon() {
		return horizon;
	}

	/** The need rows of a year whose unit concerns the scope. */
	List<Plan.NeedRow> need(int year) {
		return plan.need().stream().filter(row -> row.year() == year && concerns(row.unit())).toList();
	}

	/** The gap rows (every year) whose supply unit concerns the scope. */
	List<Plan.GapRow> gaps() {
		return plan.gaps().stream().filter(row -> concerns(row.unit())).toList();
	}

	/** A unit lying within the scope, or one a team of the scope works in (the neighbourhood of a team in scope). */
	boolean concerns(Element unit) {
		if (scope.kind() == ReportScope.Kind.MODEL) {
			return true;
		}
		if (Units.within(unit, scope.element())) {
			return true;
		}
		for (Team team : scope.teams()) {
			if (WorkforcePlan.inUnit(team, unit)) {
				return true;
			}
		}
		return false;
	}
}
