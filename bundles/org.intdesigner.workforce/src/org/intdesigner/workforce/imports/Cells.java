package org.intdesigner.workforce.imports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.DateTimeException;
import java.time.LocalDate;

import org.intdesigner.workforce.imports.api.RowCells;
import org.intdesigner.workforce.imports.api.SourceRow;

/**
 * The cells of one row, read as the types of the store, each problem reported with the row and
 * the column. A reader asks for every cell it needs, then writes the row only when {@link #ok()}:
 * so a row with several problems shows them all.
 */
final class Cells implements RowCells {

	static final int CODE_LENGTH = 64;
	private static final BigDecimal MAX_FTE = new BigDecimal(2);

	private final SourceRow row;
	private final ImportContext context;
	private boolean ok = true;

	Cells(SourceRow row, ImportContext context) {
		this.row = row;
		this.context = context;
	}

	@Override
	public long row() {
		return row.number();
	}

	@Override
	public boolean ok() {
		return ok;
	}

	@Override
	public void problem(String column, String message) {
		ok = false;
		context.problems.add(row.number(), context.columnLabel(column), message);
	}

	/** The cell as written, or null when it is empty. */
	@Override
	public String text(String column, int maxLength) {
		String value = row.get(column);
		if (value.isEmpty()) {
			return null;
		}
		if (value.length() > maxLength) {
			problem(column, "longer than " + maxLength + " characters");
			return null;
		}
		return value;
	}

	@Override
	public String required(String column, int maxLength) {
		String value = text(column, maxLength);
		if (value == null && row.get(column).isEmpty()) {
			problem(column, "empty: every row needs a " + column);
		}
		return value;
	}

	/** A person id, replaced by its pseudonym when it looks like a real identifier. */
	@Override
	public String person(String column) {
		String value = required(column, 200);
		if (value == null) {
			return null;
		}
		String id = context.pseudonyms.apply(value);
		if (id.length() > CODE_LENGTH) {
			problem(column, "longer than " + CODE_LENGTH + " characters");
			return null;
		}
		return id;
	}

	/** An organisation's code: the file's code, or the model's code it is mapped to ({@link ImportOptions#organisationCodes}). */
	@Override
	public String organisation(String column) {
		String value = required(column, CODE_LENGTH);
		if (value == null) {
			return null;
		}
		String code = context.options.organisationCodes().getOrDefault(value, value);
		if (!context.options.codes().organisation(code)) {
			problem(column, "'" + code + "' is not the code of an organisation in the model"
					+ (code.equals(value) ? "" : " (mapped from '" + value + "')"));
			return null;
		}
		return code;
	}

	@Override
	public String role(String column) {
		String code = required(column, CODE_LENGTH);
		return checked(column, code, context.options.codes().role(code == null ? "" : code), "a role");
	}

	@Override
	public String team(String column) {
		String code = text(column, CODE_LENGTH);
		return checked(column, code, context.options.codes().team(code == null ? "" : code), "a team");
	}

	@Override
	public String post(String column) {
		String code = text(column, CODE_LENGTH);
		return checked(column, code, context.options.codes().post(code == null ? "" : code), "a post");
	}

	@Override
	public String capability(String column) {
		String code = required(column, CODE_LENGTH);
		return checked(column, code, context.options.codes().capability(code == null ? "" : code), "a capability");
	}

	private String checked(String column, String code, boolean known, String what) {
		if (code != null && !known) {
			problem(column, "'" + code + "' is not the code of " + what + " in the model");
			return null;
		}
		return code;
	}

	/** One person's FTE: from 0 to 2, kept to 3 decimals. */
	@Override
	public BigDecimal fte(String column) {
		BigDecimal value = number(column, true);
		if (value != null && value.compareTo(MAX_FTE) > 0) {
			problem(column, "'" + row.get(column) + "' is more than 2: an FTE is one person's contracted time"
					+ " (1 is full time)");
			return null;
		}
		return value;
	}

	/** A number of 0 or more, kept to 3 decimals; null when empty and not required. */
	@Override
	public BigDecimal number(String column, boolean required) {
		String text = row.get(column);
		if (text.isEmpty()) {
			if (required) {
				problem(column, "empty: every row needs a " + column);
			}
			return null;
		}
		BigDecimal value;
		try {
			value = new BigDecimal(text);
		} catch (NumberFormatException e) {
			problem(column, "'" + text + "' is not a number (write 0.8, with a point)");
			return null;
		}
		if (value.signum() < 0) {
			problem(column, "'" + text + "' is negative: it must be 0 or more");
			return null;
		}
		if (value.precision() - value.scale() > 6) {
			problem(column, "'" + text + "' is too large");
			return null;
		}
		return value.setScale(3, RoundingMode.HALF_UP);
	}

	/** A date written 2025-04-01 (or 01/04/2025, as UK spreadsheets write it); null when empty and not required. */
	@Override
	public Date date(String column, boolean required) {
		String text = row.get(column);
		if (text.isEmpty()) {
			if (required) {
				problem(column, "empty: every row needs a " + column);
			}
			return null;
		}
		LocalDate date = parseDate(text);
		if (date == null) {
			problem(column, "'" + text + "' is not a date: write dates as 2025-04-01 (or 01/04/2025)");
			return null;
		}
		return Date.valueOf(date);
	}

	/** A month written 2025-04 (or as a date: its first day, 2025-04-01), as the date of its first day. */
	@Override
	public Date month(String column) {
		String text = row.get(column);
		if (text.isEmpty()) {
			problem(column, "empty: every row needs a " + column);
			return null;
		}
		LocalDate date = text.length() == 7 ? parseDate(text + "-01") : parseDate(text);
		if (date == null || date.getDayOfMonth() != 1) {
			problem(column, "'" + text + "' is not a month: write months as 2025-04");
			return null;
		}
		return Date.valueOf(date);
	}

	/** A survey answer: 1 to 5, or null when the question was not answered. */
	Short answer(String column) {
		String text = row.get(column);
		if (text.isEmpty()) {
			return null;
		}
		if (text.length() == 1 && text.charAt(0) >= '1' && text.charAt(0) <= '5') {
			return (short) (text.charAt(0) - '0');
		}
		problem(column, "'" + text + "' is not an answer: answers are 1 to 5 (or empty when not answered)");
		return null;
	}

	/**
	 * A skill level on the proficiency scale: 0 to 4, or the level's name in any case (none,
	 * awareness, working, practitioner, expert); null when empty or off the scale (a problem).
	 */
	Short level(String column) {
		String text = row.get(column);
		if (text.isEmpty()) {
			problem(column, "empty: every row needs a level, " + SkillLevels.SCALE);
			return null;
		}
		Short level = SkillLevels.parse(text);
		if (level == null) {
			problem(column, "'" + text + "' is not a level on the scale " + SkillLevels.SCALE);
		}
		return level;
	}

	/** yyyy-MM-dd or dd/MM/yyyy, checked (no 31 April); null when it is neither. */
	static LocalDate parseDate(String text) {
		try {
			if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
				return LocalDate.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10));
			}
			if (text.length() == 10 && text.charAt(2) == '/' && text.charAt(5) == '/') {
				return LocalDate.of(digits(text, 6, 10), digits(text, 3, 5), digits(text, 0, 2));
			}
		} catch (DateTimeException | NumberFormatException e) {
			return null;
		}
		return null;
	}

	private static int digits(String text, int from, int to) {
		int value = 0;
		for (int i = from; i < to; i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				throw new NumberFormatException(text);
			}
			value = value * 10 + (c - '0');
		}
		return value;
	}
}
