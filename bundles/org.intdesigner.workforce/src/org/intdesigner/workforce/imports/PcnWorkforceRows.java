package org.intdesigner.workforce.imports;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.intdesigner.workforce.imports.api.SourceRow;

/**
 * NHS Digital's PCN workforce, individual level (Data_source, CENSUS_YEAR, CENSUS_MONTH, PCN_CODE,
 * PCN_NAME, SUB_ICB_..., ICB_..., COMM_REGION_..., UNIQUE_IDENTIFIER, STAFF_GROUP, STAFF_ROLE,
 * DETAILED_STAFF_ROLE, FTE) onto staff in post: one spell per person and role, starting on the first
 * day of the census month (the census says who is in post then, not since when). The person is
 * UNIQUE_IDENTIFIER (pseudonymised when it looks like a real identifier), the organisation the PCN
 * (PCN_CODE, or the model's code it is mapped to), the role from {@link NhsRoles}.
 */
final class PcnWorkforceRows extends RowReader {

	PcnWorkforceRows(ImportContext context) {
		super(context);
	}

	@Override
	TargetTable target() {
		return TargetTable.STAFF;
	}

	@Override
	List<String> requiredColumns() {
		return List.of("census_year", "census_month", "pcn_code", "unique_identifier", "fte");
	}

	@Override
	void read(SourceRow row, Consumer<Object[]> out) {
		Cells cells = new Cells(row, context);
		Date census = census(cells, row);
		String organisation = cells.organisation("pcn_code");
		String person = cells.person("unique_identifier");
		String role = NhsRoleCell.read(cells, row, context);
		BigDecimal fte = cells.fte("fte");
		if (cells.ok() && firstWith(cells, person + '\t' + role + '\t' + census, "person and role")) {
			if (!row.get("pcn_name").isEmpty()) {
				context.partnerNames.putIfAbsent(organisation, row.get("pcn_name"));
			}
			context.countPartner(organisation);
			out.accept(new Object[] { person, organisation, role, null, null, fte, census, null, null });
		}
	}

	/** The first day of CENSUS_YEAR and CENSUS_MONTH (a number, or a month's name). */
	private static Date census(Cells cells, SourceRow row) {
		String yearText = row.get("census_year");
		String monthText = row.get("census_month");
		int year;
		try {
			year = Integer.parseInt(yearText);
		} catch (NumberFormatException e) {
			cells.problem("census_year", "'" + yearText + "' is not a year");
			return null;
		}
		Integer month = month(monthText);
		if (month == null) {
			cells.problem("census_month", "'" + monthText + "' is not a month (1 to 12, or its name)");
			return null;
		}
		try {
			return Date.valueOf(LocalDate.of(year, month, 1));
		} catch (DateTimeException e) {
			cells.problem("census_year", "'" + yearText + "' is not a year");
			return null;
		}
	}

	private static Integer month(String text) {
		try {
			int number = Integer.parseInt(text);
			return number >= 1 && number <= 12 ? number : null;
		} catch (NumberFormatException notANumber) {
			for (Month month : Month.values()) {
				if (text.equalsIgnoreCase(month.getDisplayName(TextStyle.FULL, Locale.UK))
						|| text.equalsIgnoreCase(month.getDisplayName(TextStyle.SHORT, Locale.UK))) {
					return month.getValue();
				}
			}
			return null;
		}
	}

	@Override
	String keyColumn() {
		return "unique_identifier";
	}

	@Override
	String alreadyStored() {
		return "the store already has this person in this role at this census";
	}
}
