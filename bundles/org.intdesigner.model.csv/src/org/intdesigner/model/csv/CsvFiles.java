package org.intdesigner.model.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Reading and writing one CSV file: UTF-8, a byte-order mark tolerated, files replaced whole. */
final class CsvFiles {

	static final CSVFormat READ = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
			.setIgnoreEmptyLines(true).setAllowMissingColumnNames(false).get();
	static final CSVFormat WRITE = CSVFormat.DEFAULT;

	private CsvFiles() {
	}

	/** A reader of {@code file} that skips a UTF-8 byte-order mark (spreadsheet programs write one). */
	static Reader open(Path file) throws IOException {
		BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8));
		reader.mark(1);
		if (reader.read() != '\uFEFF') {
			reader.reset();
		}
		return reader;
	}

	/** Writes {@code rows} under {@code header} to a temporary file beside {@code file}, then renames it. */
	static void write(Path file, List<String> header, List<List<String>> rows) throws IOException {
		Path temporary = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".writing");
		try {
			try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8);
					CSVPrinter printer = new CSVPrinter(out, WRITE)) {
				printer.printRecord(header);
				for (List<String> row : rows) {
					printer.printRecord(row);
				}
			}
			try {
				Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
			}
		} finally {
			Files.deleteIfExists(temporary);
		}
	}
}
