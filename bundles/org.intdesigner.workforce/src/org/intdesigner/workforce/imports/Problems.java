package org.intdesigner.workforce.imports;

import java.util.ArrayList;
import java.util.List;

/** The problems of one file: the first few kept word for word, all counted, and the rows they are on. */
final class Problems {

	private final String file;
	private final int keep;
	private final List<ImportProblem> first = new ArrayList<>();
	private long count;
	private long rejectedRows;
	private long lastRejectedRow = -1;

	Problems(String file, int keep) {
		this.file = file;
		this.keep = keep;
	}

	void add(long row, String column, String message) {
		count++;
		if (first.size() < keep) {
			first.add(new ImportProblem(file, row, column, message));
		}
		if (row > 1 && row != lastRejectedRow) {
			rejectedRows++;
			lastRejectedRow = row;
		}
	}

	/**
	 * A problem in another file that goes with this one (a survey's questions file): named with that
	 * file, and not counted as a rejected row of this one.
	 */
	void addOf(String otherFile, long row, String column, String message) {
		count++;
		if (first.size() < keep) {
			first.add(new ImportProblem(otherFile, row, column, message));
		}
	}

	boolean any() {
		return count > 0;
	}

	long count() {
		return count;
	}

	/** Data rows with at least one problem (problems of the header or of the whole file are not rows). */
	long rejectedRows() {
		return rejectedRows;
	}

	List<ImportProblem> first() {
		return List.copyOf(first);
	}
}
