package org.intdesigner.workforce.imports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.intdesigner.workforce.imports.api.SourceRow;

/**
 * NHS Digital's GP workforce, practice level, long format (PRAC_CODE, STAFF_GROUP,
 * DETAILED_STAFF_ROLE, MEASURE = FTE or Headcount, VALUE) onto staff in post. The file counts people
 * without naming them, so each practice and role becomes as many spells as its headcount, each
 * with an equal share of its FTE, person ids made up from the practice, the role and a number
 * ("gp-P81001-pn-2"), starting on the first day of the census month (given with the import: the
 * rows carry no date). The organisation is the practice (PRAC_CODE, or the model's code it is
 * mapped to). Both measures are needed for each practice and role.
 */
final class GpPracticeRows extends RowReader {

	/** More people than any practice has in one role: such a headcount is a mistake, not staff. */
	static final BigDecimal MOST_PEOPLE = BigDecimal.valueOf(1_000);

	private static final class Figures {
		final long firstRow;
		BigDecimal fte;
		long fteRow;
		BigDecimal headcount;
		long headcountRow;

		Figures(long firstRow) {
			this.firstRow = firstRow;
		}
	}

	private final Map<List<String>, Figures> figures = new LinkedHashMap<>();

	GpPracticeRows(ImportContext context) {
		super(context);
	}

	@Override
	TargetTable target() {
		return TargetTable.STAFF;
	}

	@Override
	List<String> requiredColumns() {
		return List.of("prac_code", "detailed_staff_role", "measure", "value");
	}

	@Override
	void read(SourceRow row, Consumer<Object[]> out) {
		Cells cells = new Cells(row, context);
		String practice = cells.organisation("prac_code");
		String role = NhsRoleCell.read(cells, row, context);
		String measure = row.get("measure").toLowerCase(Locale.ROOT);
		if (!measure.equals("fte") && !measure.equals("headcount")) {
			cells.problem("measure", "'" + row.get("measure") + "' is not FTE or Headcount");
		}
		BigDecimal value = cells.number("value", true);
		if (value != null && measure.equals("headcount") && value.stripTrailingZeros().scale() > 0) {
			cells.problem("value", "'" + row.get("value") + "' is not a whole number of people");
		} else if (value != null && measure.equals("headcount") && value.compareTo(MOST_PEOPLE) > 0) {
			// each head becomes a spell: a mistyped figure must not fill the store (and the disk) with millions
			cells.problem("value", "'" + row.get("value") + "' people in one role at one practice is more than "
					+ MOST_PEOPLE + ", which no practice has: check the figure");
		}
		if (!cells.ok()) {
			return;
		}
		Figures these = figures.computeIfAbsent(List.of(practice, role), key -> new Figures(cells.row()));
		boolean fte = measure.equals("fte");
		if ((fte ? these.fte : these.headcount) != null) {
			cells.problem("measure", "repeats row " + (fte ? these.fteRow : these.headcountRow) + ": the same practice,"
					+ " role and measure");
		} else if (fte) {
			these.fte = value;
			these.fteRow = cells.row();
		} else {
			these.headcount = value;
			these.headcountRow = cells.row();
		}
	}

	@Override
	void finish(Consumer<Object[]> out) {
		if (context.options.census() == null) {
			context.problems.add(0, "", "a practice-level file has no dates: give the census month it is for"
					+ " (--census 2025-03)");
			return;
		}
		Date census = Date.valueOf(context.options.census().atDay(1));
		for (Map.Entry<List<String>, Figures> entry : figures.entrySet()) {
			emit(entry.getKey().get(0), entry.getKey().get(1), entry.getValue(), census, out);
		}
	}

	private void emit(String practice, String role, Figures these, Date census, Consumer<Object[]> out) {
		String what = "practice " + practice + ", role " + role;
		if (these.headcount == null || these.fte == null) {
			context.problems.add(these.firstRow, "measure", what + " has " + (these.fte == null ? "a Headcount but no FTE"
					: "an FTE but no Headcount") + ": both are needed");
			return;
		}
		int heads = these.headcount.intValue();
		if (heads == 0) {
			if (these.fte.signum() > 0) {
				context.problems.add(these.fteRow, "value", what + " has an FTE of " + these.fte + " but a headcount of 0");
			}
			return;
		}
		BigDecimal each = these.fte.divide(BigDecimal.valueOf(heads), 3, RoundingMode.HALF_UP);
		if (each.compareTo(new BigDecimal(2)) > 0) {
			context.problems.add(these.fteRow, "value", what + ": " + these.fte + " FTE for " + heads
					+ " people is more than 2 FTE each");
			return;
		}
		for (int i = 1; i <= heads; i++) {
			context.countPartner(practice);
			out.accept(new Object[] { "gp-" + practice + "-" + role + "-" + i, practice, role, null, null, each, census,
					null, null });
		}
	}

	@Override
	String keyColumn() {
		return "prac_code";
	}

	@Override
	String alreadyStored() {
		return "the store already has these staff in post at this census";
	}
}
