package org.intdesigner.workforce.imports.api;

import java.math.BigDecimal;
import java.sql.Date;

/**
 * The cells of one row, read as the store's types. Each method reports what is wrong with its cell
 * (naming the row and the column) and returns null; ask for every cell the row needs, then hand the
 * row on only when {@link #ok()}, so that a row with several problems shows them all. Codes are
 * checked against the model when the import was given one.
 */
public interface RowCells {

	/** The row's number in the file. */
	long row();

	/** True while no cell of the row had a problem. */
	boolean ok();

	/** Reports a problem of this row in {@code column}. */
	void problem(String column, String message);

	/** The cell as written, or null when empty. */
	String text(String column, int maxLength);

	/** The cell as written; a problem when empty. */
	String required(String column, int maxLength);

	/** A person id, replaced by its salted pseudonym when it looks like an NHS or NI number or an e-mail address. */
	String person(String column);

	/** An organisation's code, mapped to the model's code when the import maps it (an NHS PCN code, say). */
	String organisation(String column);

	String role(String column);

	/** A team's code, or null when empty. */
	String team(String column);

	/** A post's code, or null when empty. */
	String post(String column);

	String capability(String column);

	/** One person's FTE: 0 to 2, kept to 3 decimals; required. */
	BigDecimal fte(String column);

	/** A number of 0 or more, kept to 3 decimals; null when empty and not required. */
	BigDecimal number(String column, boolean required);

	/** A date written 2025-04-01 or 01/04/2025; null when empty and not required. */
	Date date(String column, boolean required);

	/** A month written 2025-04, as the date of its first day. */
	Date month(String column);
}
