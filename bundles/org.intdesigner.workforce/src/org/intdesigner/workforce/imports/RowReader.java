package org.intdesigner.workforce.imports;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.intdesigner.workforce.imports.api.SourceRow;

/**
 * Turns the rows of one kind of file into rows of the store. A row with a problem is reported (with
 * its row and column) and not handed on; {@link #finish} may hand on rows made from the whole file.
 */
abstract class RowReader {

	final ImportContext context;

	RowReader(ImportContext context) {
		this.context = context;
	}

	abstract TargetTable target();

	/** Columns the header must have (lower case). */
	abstract List<String> requiredColumns();

	/** Checks the header beyond its required columns ({@code questionsFile}: a questions file's name, or null). */
	void header(Set<String> columns, String questionsFile) {
		// most kinds need only their required columns
	}

	/** Reads one row; hands on the store's values (in {@link TargetTable#columns} order) when it has no problem. */
	abstract void read(SourceRow row, Consumer<Object[]> out);

	/** After the last row. */
	void finish(Consumer<Object[]> out) {
		// most files are row by row
	}

	/** The column to name when a row's key is already in the store, and what to say. */
	abstract String keyColumn();

	abstract String alreadyStored();

	/** Reports {@code key} as a repeat when an earlier row of the file had it; true when it is new. */
	boolean firstWith(Cells cells, String key, String what) {
		Long first = context.firstRowWith(key, cells.row());
		if (first != null) {
			cells.problem(keyColumn(), "repeats row " + first + ": the same " + what);
			return false;
		}
		return true;
	}
}
