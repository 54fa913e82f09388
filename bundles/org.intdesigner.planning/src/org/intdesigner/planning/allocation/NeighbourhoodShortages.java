package org.intdesigner.planning.allocation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.intdesigner.model.Area;
import org.intdesigner.model.Role;
import org.intdesigner.planning.Plan;
import org.intdesigner.planning.WorkforcePlan;

/**
 * The plan's shortages by role and neighbourhood. A gap row of a neighbourhood (or of a team in one) is that
 * neighbourhood's. A gap of a larger unit (a place, an organisation) is shared out among the neighbourhoods whose
 * need makes it up, in proportion to each one's own WISN shortage in that year (required staff minus staff now, where
 * the study knows the staff now; the required staff where it does not); when none of them is short, in proportion to
 * their required staff. So a place whose supply is the sum of its neighbourhoods' staff gets back each neighbourhood's
 * own shortage. Need outside every neighbourhood cannot be allocated and is noted. The priority of a role in a
 * neighbourhood is the most urgent of the needs behind it.
 */
public final class NeighbourhoodShortages {

	/** The shortage of a role in a neighbourhood, the priority behind it, and what could not be placed. */
	public record Shortage(Area neighbourhood, Role role, double shortage, int priority) {
	}

	/** The shortages, and notes on the parts of gaps that lie in no neighbourhood. */
	public record Result(List<Shortage> shortages, List<String> notes) {
	}

	private NeighbourhoodShortages() {
	}

	public static Result of(Plan plan, int year) {
		Map<List<Object>, double[]> shortage = new LinkedHashMap<>();
		Map<List<Object>, Integer> priority = new LinkedHashMap<>();
		List<String> notes = new ArrayList<>();
		for (Plan.GapRow gap : plan.gaps()) {
			if (gap.year() != year || !(gap.gap() > 1e-9)) {
				continue;
			}
			List<Plan.NeedRow> within = plan.need().stream()
					.filter(need -> need.year() == year && need.role() == gap.role() && WorkforcePlan.inUnit(need.unit(), gap.unit()))
					.toList();
			Map<Area, double[]> weights = new LinkedHashMap<>();
			double outside = 0;
			double sum = 0;
			double sumRequired = 0;
			for (Plan.NeedRow need : within) {
				double required = need.result().requiredStaff();
				double now = need.result().currentStaff();
				double own = Double.isNaN(now) ? required : Math.max(0, required - now);
				Area neighbourhood = Neighbourhoods.of(need.unit());
				if (neighbourhood == null) {
					outside += own;
				} else {
					double[] w = weights.computeIfAbsent(neighbourhood, k -> new double[2]);
					w[0] += own;
					w[1] += required;
					priority.merge(List.of(neighbourhood, gap.role()), need.priority(), Math::min);
				}
				sum += own;
				sumRequired += required;
			}
			boolean byShortage = sum > 1e-9;
			double total = byShortage ? sum : sumRequired;
			if (!(total > 1e-9)) {
				continue;
			}
			for (Map.Entry<Area, double[]> entry : weights.entrySet()) {
				double part = gap.gap() * entry.getValue()[byShortage ? 0 : 1] / total;
				shortage.computeIfAbsent(List.of(entry.getKey(), gap.role()), k -> new double[1])[0] += part;
			}
			if (byShortage && outside > 1e-9) {
				notes.add(String.format(Locale.ROOT, "%.2f FTE of the shortage of %s in %s lies in no neighbourhood and is not"
						+ " allocated.", gap.gap() * outside / total, gap.role().getName(), gap.unit().getName()));
			}
		}
		List<Shortage> shortages = new ArrayList<>();
		shortage.forEach((key, value) -> {
			if (value[0] > 1e-9) {
				shortages.add(new Shortage((Area) key.get(0), (Role) key.get(1), value[0], priority.getOrDefault(key, Integer.MAX_VALUE)));
			}
		});
		return new Result(shortages, notes);
	}
}
