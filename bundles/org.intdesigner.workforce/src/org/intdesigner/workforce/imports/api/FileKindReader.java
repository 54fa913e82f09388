package org.intdesigner.workforce.imports.api;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads one kind of workforce file: turns each row of the file into a row of the kind's
 * {@link ImportTarget}, whose values it hands on in {@link ImportTarget#columns()} order. A row with a
 * problem is reported through its {@link RowCells} and not handed on; a file with any problem imports
 * nothing. The import makes a new reader (public class, no-argument constructor) for each pass over
 * the file, so a reader may keep what it learns in fields.
 */
public interface FileKindReader {

	/** Columns the header must name (lower case); a file without one of them is rejected before any row is read. */
	List<String> requiredColumns();

	/** Checks the header beyond its required columns (the columns in lower case); report with {@link ReaderContext#problem}. */
	default void header(Set<String> columns, ReaderContext context) {
		// most kinds need only their required columns
	}

	/** Reads one row; hands on the target's values when the row has no problem. */
	void read(SourceRow row, ReaderContext context, Consumer<Object[]> out);

	/** After the last row: a reader that sums the file hands its rows on here. */
	default void finish(ReaderContext context, Consumer<Object[]> out) {
		// most files are read row by row
	}

	/** The column to name when a row is already in the store. */
	String keyColumn();

	/** What to say then, e.g. "the store already has this person in this role from this start date". */
	String alreadyStored();
}
