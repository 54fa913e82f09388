package org.intdesigner.workforce.imports;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.intdesigner.io.SpreadsheetText;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * One CSV file read row by row: UTF-8 checked strictly (bytes that are not UTF-8 stop the reading
 * instead of becoming replacement characters), a byte-order mark tolerated, the first row naming the
 * columns (matched without regard to case or surrounding spaces), rows whose cells are all empty
 * skipped. Counts the bytes read, for progress.
 */
final class CsvSource implements Closeable {

	private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get();

	/** The text is not UTF-8; {@code row} is the last row read whole before it. */
	static final class NotUtf8 extends IOException {
		private static final long serialVersionUID = 1L;
		final long rowBefore;

		NotUtf8(long rowBefore, Throwable cause) {
			super(cause);
			this.rowBefore = rowBefore;
		}
	}

	/** The text is not CSV (a quote opened and never closed, most often). */
	static final class NotCsv extends IOException {
		private static final long serialVersionUID = 1L;
		final long rowBefore;

		NotCsv(long rowBefore, Throwable cause) {
			super(cause.getMessage(), cause);
			this.rowBefore = rowBefore;
		}
	}

	private final CountingStream bytes;
	private final CSVParser parser;
	private final Iterator<CSVRecord> records;
	private final Map<String, Integer> columns = new LinkedHashMap<>();
	private final Map<String, Long> repeatedColumns = new LinkedHashMap<>();
	private long lastRow;

	CsvSource(ImportInput input) throws IOException {
		this.bytes = new CountingStream(input.opener().open());
		BufferedReader reader = new BufferedReader(new InputStreamReader(bytes, StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
		try {
			reader.mark(1);
			if (reader.read() != '\uFEFF') {
				reader.reset();
			}
			this.parser = FORMAT.parse(reader);
			this.records = parser.iterator();
			readHeader();
		} catch (CharacterCodingException e) {
			reader.close();
			throw new NotUtf8(0, e); // a reader fills its buffer ahead: the header, or any row in its first 64 KB
		} catch (IOException | RuntimeException e) {
			reader.close();
			throw e;
		}
	}

	private void readHeader() throws IOException {
		CSVRecord header = nextRecord();
		if (header == null) {
			return;
		}
		for (int i = 0; i < header.size(); i++) {
			String name = header.get(i).trim().toLowerCase(Locale.ROOT);
			if (!name.isEmpty() && columns.putIfAbsent(name, i) != null) {
				repeatedColumns.put(name, 1L);
			}
		}
	}

	/** The columns the header names, lower case, each with its index. */
	Map<String, Integer> columns() {
		return columns;
	}

	/** Column names the header has more than once. */
	Iterable<String> repeatedColumns() {
		return repeatedColumns.keySet();
	}

	/** The next row with something in it, or null at the end. */
	CsvRow next() throws IOException {
		while (true) {
			CSVRecord record = nextRecord();
			if (record == null) {
				return null;
			}
			if (!blank(record)) {
				return new CsvRow(record, columns);
			}
		}
	}

	private CSVRecord nextRecord() throws IOException {
		try {
			if (!records.hasNext()) {
				return null;
			}
			CSVRecord record = records.next();
			lastRow = record.getRecordNumber();
			return record;
		} catch (UncheckedIOException | IllegalStateException e) {
			Throwable cause = e.getCause() == null ? e : e.getCause();
			if (cause instanceof CharacterCodingException || cause.getCause() instanceof CharacterCodingException) {
				throw new NotUtf8(lastRow, cause);
			}
			throw new NotCsv(lastRow, cause);
		}
	}

	private static boolean blank(CSVRecord record) {
		for (String value : record) {
			if (!value.isBlank()) {
				return false;
			}
		}
		return true;
	}

	long bytesRead() {
		return bytes.count;
	}

	@Override
	public void close() throws IOException {
		parser.close();
	}

	/** One row: its number as a spreadsheet shows it (the header is row 1) and its cells by column name. */
	static final class CsvRow implements org.intdesigner.workforce.imports.api.SourceRow {
		private final CSVRecord record;
		private final Map<String, Integer> columns;

		CsvRow(CSVRecord record, Map<String, Integer> columns) {
			this.record = record;
			this.columns = columns;
		}

		@Override
		public long number() {
			return record.getRecordNumber();
		}

		/** The cell of {@code column} without surrounding spaces; "" when the row or the file has none. */
		@Override
		public String get(String column) {
			Integer index = columns.get(column);
			return index == null || index >= record.size() ? "" : SpreadsheetText.fromCell(record.get(index)).trim();
		}
	}

	private static final class CountingStream extends FilterInputStream {
		long count;

		CountingStream(InputStream in) {
			super(in);
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				count++;
			}
			return b;
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			int n = super.read(b, off, len);
			if (n > 0) {
				count += n;
			}
			return n;
		}
	}
}
