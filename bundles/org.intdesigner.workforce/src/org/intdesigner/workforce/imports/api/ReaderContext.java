package org.intdesigner.workforce.imports.api;

import org.intdesigner.workforce.imports.ImportOptions;

/**
 * What a reader may use of the import it reads for: the cells of a row (with the import's problem
 * reporting, pseudonyms and code checks), the options the user gave, and the partners and notes
 * that go into the summary and the import log. One context serves one pass over the file.
 */
public interface ReaderContext {

	/** The name of the file being imported, as problems name it. */
	String file();

	/** The options of the import (the model's codes, organisation code mappings, the census month...). */
	ImportOptions options();

	/** The cells of {@code row}, read and checked as the store's types. */
	RowCells cells(SourceRow row);

	/** Reports a problem of the file (row 0 or 1: the whole file or its header) or of a file that goes with it. */
	void problem(String file, long row, String column, String message);

	/** {@code id} itself, or its salted pseudonym when it looks like a real identifier. */
	String pseudonym(String id);

	/** Counts a row for a partner organisation (the summary and the import log list the partners a file names). */
	void countPartner(String organisation);

	/** The partner's name as the file gives it, for partners the model does not name. */
	void namePartner(String organisation, String name);

	/** A line for the import's summary. */
	void note(String note);

	/**
	 * Reports the row of {@code cells} as a repeat (in {@code column}) when an earlier row of the file had
	 * {@code key}; true when the key is new. Only the checking pass finds repeats.
	 */
	boolean firstWith(RowCells cells, String key, String column, String what);
}
