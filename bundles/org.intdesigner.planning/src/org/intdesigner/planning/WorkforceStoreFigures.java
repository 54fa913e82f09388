package org.intdesigner.planning;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import org.intdesigner.model.Element;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Organisation;
import org.intdesigner.model.Role;
import org.intdesigner.model.SupplyAssumption;
import org.intdesigner.model.Team;
import org.intdesigner.model.WisnStudy;
import org.intdesigner.workforce.metrics.Cut;
import org.intdesigner.workforce.metrics.LatestDataMonth;
import org.intdesigner.workforce.metrics.Metric;
import org.intdesigner.workforce.metrics.MetricQuery;
import org.intdesigner.workforce.metrics.MetricRow;
import org.intdesigner.workforce.metrics.Period;
import org.intdesigner.workforce.metrics.SmallNumberSuppression;
import org.intdesigner.workforce.metrics.TeamNeighbourhoods;
import org.intdesigner.workforce.metrics.WorkforceMetrics;

/**
 * The figures a plan takes from a workforce store, by the published metric definitions over the twelve months up to
 * the month the store's staff records end with: FTE in post at that month's end by role and organisation and by
 * role and team (a unit's FTE adds up the teams working in it), and each role's FTE turnover and sickness absence
 * rate, each only when the plan will ask for it. Rows are matched to the model by code (the partners' reference
 * the files carry), else by id. Read once, then asked from several threads (read-only); a plan's figures are not
 * published, so nothing is suppressed here.
 */
public final class WorkforceStoreFigures implements StoreFigures {

	private final String source;
	private final boolean staffRecords;
	private final List<Team> teams = new java.util.ArrayList<>();
	private final Map<List<String>, Double> fteByRoleOrganisation = new HashMap<>();
	private final Map<List<String>, Double> fteByRoleTeam = new HashMap<>();
	private final Map<String, Double> turnover = new HashMap<>();
	private final Map<String, Double> sickness = new HashMap<>();
	private final Map<String, Double> otherLeaveHours = new HashMap<>();
	private final List<String> otherLeaveLabels = new java.util.ArrayList<>();

	private WorkforceStoreFigures(IntdModel model, String source, boolean staffRecords) {
		this.source = source;
		this.staffRecords = staffRecords;
		// read once here: plans ask from several threads, and walking the model for each question would cost
		model.eAllContents().forEachRemaining(object -> {
			if (object instanceof Team team) {
				teams.add(team);
			}
		});
	}

	/**
	 * Reads the figures of the store {@code connection} is to that a plan of {@code model} will ask for (FTE in post
	 * by organisation only when an assumption of an organisation leaves its start to the store, by team when an
	 * assumption of a team or area does or a study asks for its staff now, turnover when a leaver rate is left empty,
	 * sickness when a study asks for it); {@code storeName} says which store, for reports.
	 */
	public static WorkforceStoreFigures read(Connection connection, IntdModel model, String storeName) throws SQLException {
		YearMonth month = LatestDataMonth.of(connection, YearMonth.now().minusMonths(1));
		if (month == null) {
			return new WorkforceStoreFigures(model, storeName + " (which holds no staff records)", false);
		}
		WorkforceStoreFigures figures = new WorkforceStoreFigures(model, storeName + ", the 12 months to " + month, true);
		Period period = Period.rolling12Months(month.atEndOfMonth());
		boolean byOrganisation = false;
		boolean byTeam = !model.getWisnStudies().isEmpty();
		boolean turnover = false;
		for (SupplyAssumption assumption : model.getSupplyAssumptions()) {
			byOrganisation |= !assumption.isSetStartFte() && assumption.getUnit() instanceof Organisation;
			byTeam |= !assumption.isSetStartFte() && !(assumption.getUnit() instanceof Organisation);
			turnover |= !assumption.isSetLeaverRate();
		}
		boolean sickness = model.getWisnStudies().stream().anyMatch(WisnStudy::isObservedSickLeave);
		if (byOrganisation) {
			for (MetricRow row : rows(connection, model, Metric.FTE, period, Cut.ROLE, Cut.ORGANISATION)) {
				figures.fteByRoleOrganisation.put(List.of(row.key().get(Cut.ROLE), row.key().get(Cut.ORGANISATION)), row.value());
			}
		}
		if (byTeam) {
			for (MetricRow row : rows(connection, model, Metric.FTE, period, Cut.ROLE, Cut.TEAM)) {
				figures.fteByRoleTeam.put(List.of(row.key().get(Cut.ROLE), String.valueOf(row.key().get(Cut.TEAM))), row.value());
			}
		}
		if (turnover) {
			for (MetricRow row : rows(connection, model, Metric.TURNOVER_FTE, period, Cut.ROLE)) {
				figures.turnover.put(row.key().get(Cut.ROLE), row.value());
			}
		}
		if (sickness) {
			for (MetricRow row : rows(connection, model, Metric.SICKNESS_ABSENCE, period, Cut.ROLE)) {
				figures.sickness.put(row.key().get(Cut.ROLE), row.value());
			}
		}
		if (!model.getWisnStudies().isEmpty()) {
			figures.readOtherLeave(connection, model);
		}
		return figures;
	}

	/** The hours of the installed {@link OtherLeaveSource}s, added up per role. */
	private void readOtherLeave(Connection connection, IntdModel model) throws SQLException {
		for (OtherLeaveSource source : OtherLeaveSources.installed()) {
			Map<String, Double> hours = source.hoursPerFte(connection, model);
			if (hours.values().stream().anyMatch(h -> h > 0)) {
				hours.forEach((role, h) -> otherLeaveHours.merge(role, h, Double::sum));
				otherLeaveLabels.add(source.label());
			}
		}
	}

	@Override
	public double otherLeaveHours(Role role) {
		return role == null ? 0 : otherLeaveHours.getOrDefault(key(role), 0.0);
	}

	@Override
	public String otherLeaveLabel() {
		return String.join(" and ", otherLeaveLabels);
	}

	private static List<MetricRow> rows(Connection connection, IntdModel model, Metric metric, Period period, Cut... cuts)
			throws SQLException {
		return WorkforceMetrics.compute(connection, new MetricQuery(metric, period, List.of(cuts), TeamNeighbourhoods.NONE,
				new SmallNumberSuppression(1), null).withModel(model)).rows();
	}

	@Override
	public OptionalDouble fteInPost(Role role, Element unit) {
		if (role == null || unit == null) {
			return OptionalDouble.empty();
		}
		if (unit instanceof Organisation organisation) {
			Double fte = fteByRoleOrganisation.get(List.of(key(role), key(organisation)));
			return fte == null ? OptionalDouble.empty() : OptionalDouble.of(fte);
		}
		double fte = 0;
		boolean any = false;
		for (Team team : teams) {
			Double inTeam = fteByRoleTeam.get(List.of(key(role), key(team)));
			if (inTeam != null && Units.teamIn(team, unit)) {
				fte += inTeam;
				any = true;
			}
		}
		return any ? OptionalDouble.of(fte) : OptionalDouble.empty();
	}

	@Override
	public OptionalDouble fteTurnover(Role role) {
		return known(turnover.get(key(role)));
	}

	@Override
	public OptionalDouble sicknessAbsenceRate(Role role) {
		return known(sickness.get(key(role)));
	}

	@Override
	public String source() {
		return source;
	}

	/** Whether the store holds staff records at all. */
	public boolean hasStaffRecords() {
		return staffRecords;
	}

	private static OptionalDouble known(Double value) {
		return value == null || value.isNaN() ? OptionalDouble.empty() : OptionalDouble.of(value);
	}

	/** The key the store's rows carry for an element: its code, else its id. */
	private static String key(Element element) {
		return element.getCode() != null && !element.getCode().isBlank() ? element.getCode() : element.getId();
	}
}
