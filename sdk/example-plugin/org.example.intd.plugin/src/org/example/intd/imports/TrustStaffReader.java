package org.example.intd.imports;

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
 * Example Trust's HR extract (Employee ID, Cost Centre, Job Role, Weekly Hours, Start Date, Leaving Date) onto
 * the workforce store's staff: weekly hours become an FTE over the trust's 37.5-hour week. Every cell is read
 * through the import's own checks (codes against the model, dates, pseudonyms for real identifiers), so a bad row
 * is reported with its line and column and nothing of the file is imported.
 */
public final class TrustStaffReader implements FileKindReader {

	private static final BigDecimal FULL_TIME_HOURS = new BigDecimal("37.5");

	@Override
	public List<String> requiredColumns() {
		return List.of("employee id", "cost centre", "job role", "weekly hours", "start date");
	}

	@Override
	public void read(SourceRow row, ReaderContext context, Consumer<Object[]> out) {
		RowCells cells = context.cells(row);
		String person = cells.person("employee id");
		String organisation = cells.organisation("cost centre");
		String role = cells.role("job role");
		BigDecimal hours = cells.number("weekly hours", true);
		Date start = cells.date("start date", true);
		Date end = cells.date("leaving date", false);
		if (cells.ok() && context.firstWith(cells, person + '\t' + start, "employee id", "employee id and start date")) {
			context.countPartner(organisation);
			BigDecimal fte = hours.divide(FULL_TIME_HOURS, 3, RoundingMode.HALF_UP);
			out.accept(new Object[] { person, organisation, role, null, null, fte, start, end, null });
		}
	}

	@Override
	public String keyColumn() {
		return "employee id";
	}

	@Override
	public String alreadyStored() {
		return "the store already has this employee from this start date";
	}
}
