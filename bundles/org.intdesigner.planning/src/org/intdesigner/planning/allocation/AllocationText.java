package org.intdesigner.planning.allocation;

import java.util.List;
import java.util.Locale;

/** An allocation as text: the posts placed, the fairness figures, what bound the answer and what was left out. */
public final class AllocationText {

	private AllocationText() {
	}

	public static String write(AllocationResult result, List<String> inputNotes) {
		StringBuilder out = new StringBuilder();
		out.append("Allocation of ").append(result.budget().describe()).append(String.format(Locale.ROOT,
				" (floor %.2f x the best share closed; need weighted 1/priority):%n", result.floor()));
		if (result.isEmpty()) {
			out.append("  nothing allocated\n");
		} else {
			out.append(String.format(Locale.ROOT, "  %-24s %-32s %6s %9s %9s %12s%n", "neighbourhood", "role", "FTE", "shortage",
					"weighted", "cost a year"));
			for (AllocationResult.Line line : result.lines()) {
				Candidate c = line.candidate();
				out.append(String.format(Locale.ROOT, "  %-24s %-32s %6.1f %9.2f %9.2f %12s%n", c.neighbourhood().getName(),
						c.role().getName(), line.fte(), c.shortage(), line.weightedMet(), money(line.cost())));
			}
			double cost = result.lines().stream().mapToDouble(AllocationResult.Line::cost).sum();
			out.append(String.format(Locale.ROOT, "  %-24s %-32s %6.1f %9s %9.2f %12s%n", "total", "", result.fte(), "",
					result.weightedMet(), money(cost)));
		}
		if (!result.fairness().isEmpty()) {
			out.append(String.format(Locale.ROOT, "%nShare of shortage closed by neighbourhood (average %.1f %%; best without a"
					+ " floor %.1f %%, so each floor is %.1f %% of the neighbourhood's shortage, down to whole half posts):%n",
					result.averageShare() * 100, result.bestShare() * 100, result.floor() * result.bestShare() * 100));
			for (AllocationResult.Fairness f : result.fairness()) {
				out.append(String.format(Locale.ROOT, "  %-24s shortage %7.2f  closed %7.2f  share %5.1f %%  floor %6.2f%n",
						f.neighbourhood().getName(), f.shortage(), f.met(), f.share() * 100, f.floor()));
			}
		}
		out.append('\n');
		result.bindings().forEach(line -> out.append(line).append('\n'));
		if (!result.optimal()) {
			out.append(Double.isNaN(result.optimalityGap()) ? "Optimality gap: unknown (no bound found in time).\n"
					: String.format(Locale.ROOT, "Optimality gap: at most %.2f %% below the best possible.%n",
							result.optimalityGap() * 100));
		}
		result.notes().forEach(line -> out.append(line).append('\n'));
		inputNotes.forEach(line -> out.append(line).append('\n'));
		return out.toString();
	}

	private static String money(double value) {
		return Double.isNaN(value) ? "-" : String.format(Locale.UK, "£%,.0f", value);
	}
}
