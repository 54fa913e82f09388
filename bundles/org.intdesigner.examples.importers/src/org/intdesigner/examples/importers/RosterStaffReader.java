package org.intdesigner.examples.importers;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.util.List;
import java.util.function.Consumer;

import org.intdesigner.workforce.imports.api.FileKindReader;
import org.intdesigner.workforce.imports.api.ReaderContext;
import org.intdesigner.workforce.imports.api.RowCells;
import org.intdesigner.workforce.imports.api.SourceRow;

/**
 * An e-rostering system's staff list (as HealthRoster-style rostering tools export it: Staff Number,
 * Unit, Role, Contracted Hours, Start Date, End Date) onto the store's staff. Contracted hours a week
 * become an FTE (37.5 hours is 1); everything else is checked the way the built-in kinds check it,
 * through the cells the import gives: codes against the model, dates, pseudonyms for real identifiers.
 */
public final class RosterStaffReader implements FileKindReader {

	/** The NHS Agenda for Change full-time week. */
	static final BigDecimal FULL_TIME_HOURS = new BigDecimal("37.5");
	private static final BigDecimal MAX_HOURS = new BigDecimal(75);

	@Override
	public List<String> requiredColumns() {
		return List.of("staff number", "unit", "role", "contracted hours", "start date");
	}

	@Override
	public void read(SourceRow row, ReaderContext context, Consumer<Object[]> out) {
		RowCells cells = context.cells(row);
		String person = cells.person("staff number");
		String organisation = cells.organisation("unit");
		String role = cells.role("role");
		BigDecimal hours = cells.number("contracted hours", true);
		Date start = cells.date("start date", true);
		Date end = cells.date("end date", false);
		if (hours != null && hours.compareTo(MAX_HOURS) > 0) {
			cells.problem("contracted hours", "'" + row.get("contracted hours") + "' hours a week is more than two full-time"
					+ " posts: give one person's contracted hours");
		}
		if (start != null && end != null && end.before(start)) {
			cells.problem("end date", "before the start date " + start);
		}
		if (cells.ok() && context.firstWith(cells, person + '\t' + role + '\t' + start, "staff number",
				"staff number, role and start date")) {
			context.countPartner(organisation);
			BigDecimal fte = hours.divide(FULL_TIME_HOURS, 3, RoundingMode.HALF_UP);
			out.accept(new Object[] { person, organisation, role, null, null, fte, start, end, null });
		}
	}

	@Override
	public String keyColumn() {
		return "staff number";
	}

	@Override
	public String alreadyStored() {
		return "the store already has this person in this role from this start date";
	}
}
