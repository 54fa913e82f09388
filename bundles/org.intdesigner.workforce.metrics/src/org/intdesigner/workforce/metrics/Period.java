package org.intdesigner.workforce.metrics;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** Days from {@code first} to {@code last}, both included: a month, a year, any span of whole days. */
public record Period(LocalDate first, LocalDate last) {

	public Period {
		if (last.isBefore(first)) {
			throw new IllegalArgumentException("A period cannot end (" + last + ") before it starts (" + first + ").");
		}
	}

	/** The twelve whole months up to and including the month of {@code asOf}: NHS turnover's default. */
	public static Period rolling12Months(LocalDate asOf) {
		YearMonth month = YearMonth.from(asOf);
		return new Period(month.minusMonths(11).atDay(1), month.atEndOfMonth());
	}

	public static Period of(YearMonth month) {
		return new Period(month.atDay(1), month.atEndOfMonth());
	}

	/** The calendar months this period touches, each cut to the period. */
	public List<Period> months() {
		List<Period> months = new ArrayList<>();
		for (YearMonth month = YearMonth.from(first); !month.atDay(1).isAfter(last); month = month.plusMonths(1)) {
			LocalDate start = month.atDay(1).isBefore(first) ? first : month.atDay(1);
			LocalDate end = month.atEndOfMonth().isAfter(last) ? last : month.atEndOfMonth();
			months.add(new Period(start, end));
		}
		return months;
	}

	/** Calendar days in the period. */
	public long days() {
		return java.time.temporal.ChronoUnit.DAYS.between(first, last) + 1;
	}

	/** "2026-04" for a whole month, else "2025-12-01..2026-11-30". */
	public String label() {
		YearMonth month = YearMonth.from(first);
		return first.equals(month.atDay(1)) && last.equals(month.atEndOfMonth()) ? month.toString() : first + ".." + last;
	}
}
