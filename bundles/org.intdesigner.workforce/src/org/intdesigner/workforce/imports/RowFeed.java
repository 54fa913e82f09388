package org.intdesigner.workforce.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.intdesigner.workforce.imports.api.SourceRow;

/**
 * The rows of one pass over a file, one at a time, as the store's values: reads the CSV, hands each
 * row to the reader, keeps what it hands on; once a row has a problem, hands on nothing more but
 * reads (and so checks) the rest. Reports progress by bytes read and stops with
 * {@link OperationCanceledException} when the monitor is cancelled. A store row remembers the file
 * row it came from, so that a row the store refuses can be named.
 */
final class RowFeed {

	private static final int CHECK_EVERY = 1024;

	private final CsvSource source;
	private final RowReader reader;
	private final SubMonitor progress;
	private final long size;
	private final Deque<Object[]> ready = new ArrayDeque<>();
	private final Deque<Long> readyRows = new ArrayDeque<>();
	private long rowsRead;
	private long rowsHandedOn;
	private long currentRow;
	private long reported;
	private boolean finished;

	RowFeed(CsvSource source, RowReader reader, SubMonitor progress, long size) {
		this.source = source;
		this.reader = reader;
		this.progress = progress.setWorkRemaining(1000);
		this.size = Math.max(size, 1);
	}

	/** The next row for the store, or null when the file has no more; reading errors surface unchecked. */
	Object[] next() {
		try {
			while (ready.isEmpty()) {
				if (finished) {
					return null;
				}
				SourceRow row = source.next();
				if (row == null) {
					finished = true;
					reader.finish(this::handOnFromFinish);
					if (reader.context.problems.any()) {
						ready.clear();
						readyRows.clear();
					}
					continue;
				}
				rowsRead++;
				if (rowsRead % CHECK_EVERY == 0) {
					step();
				}
				long number = row.number();
				reader.read(row, values -> handOn(values, number));
				if (reader.context.problems.any()) {
					// after the first problem the rest of the file is only checked: nothing more is written
					ready.clear();
					readyRows.clear();
				}
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		rowsHandedOn++;
		currentRow = readyRows.pop();
		return ready.pop();
	}

	private void handOn(Object[] values, long row) {
		ready.add(values);
		readyRows.add(row);
	}

	private void handOnFromFinish(Object[] values) {
		handOn(values, 0);
	}

	private void step() {
		if (progress.isCanceled()) {
			throw new OperationCanceledException();
		}
		long permille = Math.min(1000, source.bytesRead() * 1000 / size);
		if (permille > reported) {
			progress.worked((int) (permille - reported));
			reported = permille;
		}
	}

	/** The file row of the row {@link #next} returned last (0 for a row made from the whole file). */
	long currentRow() {
		return currentRow;
	}

	long rowsRead() {
		return rowsRead;
	}

	long rowsHandedOn() {
		return rowsHandedOn;
	}
}
