package org.intdesigner.workforce.imports;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.intdesigner.workforce.imports.CsvSource.CsvRow;

/**
 * A worker's FTE from the hours of the ASC-WDS worker file: contracted hours (CONTHOURS) for a permanent
 * or temporary contract (EMPLSTATUS 1 or 2) that is not a zero-hours contract (ZEROHRCONT 1); average
 * weekly hours (AVGHOURS) for a zero-hours contract and for the other employment statuses, as ASC-WDS
 * itself asks for them. The hours are divided by {@link #STANDARD_WEEK}. ASC-WDS writes 999 for hours
 * it does not know: such a worker's FTE cannot be worked out, which is a problem of the row.
 */
final class AscWdsHours {

	/**
	 * The hours of a full-time week (FTE 1): 37.5, the NHS Agenda for Change week, so that a care worker's
	 * FTE adds up with an NHS colleague's in the same team. An employer on other terms (council Green Book
	 * terms often have 36 hours, as its terms in the model may say) gets FTE figures on the 37.5-hour week
	 * all the same: the file does not say which terms a worker is on.
	 */
	static final BigDecimal STANDARD_WEEK = new BigDecimal("37.5");
	/** ASC-WDS accepts no more hours a week than this (twice the standard week: an FTE of 2). */
	static final BigDecimal MOST_HOURS = new BigDecimal(75);
	/** ASC-WDS's code for hours it does not know. */
	private static final BigDecimal NOT_KNOWN = new BigDecimal(999);

	private AscWdsHours() {
	}

	/** True when CONTHOURS are the worker's hours: a permanent or temporary contract, not zero hours. */
	static boolean contracted(String employment, String zeroHours) {
		return (employment.equals("1") || employment.equals("2")) && !zeroHours.equals("1");
	}

	/** The FTE of the row's worker (3 decimals), or null after reporting a problem. */
	static BigDecimal fte(Cells cells, CsvRow row, boolean contracted) {
		String column = contracted ? "conthours" : "avghours";
		String which = contracted ? "the contracted hours a week of a permanent or temporary contract"
				: "the average hours a week of a zero-hours, bank, agency or other contract";
		if (row.get(column).isEmpty()) {
			cells.problem(column, "empty: the FTE is worked out from " + which + "; give them (0 to 75)");
			return null;
		}
		BigDecimal hours = cells.number(column, true);
		if (hours == null) {
			return null;
		}
		if (hours.compareTo(NOT_KNOWN) == 0) {
			cells.problem(column, "999 (not known): the FTE is worked out from " + which + "; give them (0 to 75)");
			return null;
		}
		if (hours.compareTo(MOST_HOURS) > 0) {
			cells.problem(column, "'" + row.get(column) + "' hours a week is more than 75, which ASC-WDS does not accept:"
					+ " check the figure");
			return null;
		}
		return hours.divide(STANDARD_WEEK, 3, RoundingMode.HALF_UP);
	}
}
