package org.intdesigner.model.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.intdesigner.io.AtomicWrite;
import org.intdesigner.io.SpreadsheetText;

/** Reading and writing one CSV file: UTF-8, a byte-order mark tolerated, files replaced whole. */
public final class CsvFiles {

	static final CSVFormat READ = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
			.setIgnoreEmptyLines(true).setAllowMissingColumnNames(false).get();
	static final CSVFormat WRITE = CSVFormat.DEFAULT;

	private CsvFiles() {
	}

	/**
	 * A reader of {@code file} that skips a UTF-8 byte-order mark (spreadsheet programs write one)
	 * and fails on bytes that are not UTF-8 instead of turning them into replacement characters.
	 */
	public static Reader open(Path file) throws IOException {
		BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
				StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
						.onUnmappableCharacter(CodingErrorAction.REPORT)));
		reader.mark(1);
		if (reader.read() != '\uFEFF') {
			reader.reset();
		}
		return reader;
	}

	/** The content of one CSV file: the header, then the rows. */
	static AtomicWrite.Content content(List<String> header, List<List<String>> rows) {
		return out -> {
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			CSVPrinter printer = new CSVPrinter(writer, WRITE);
			// no cell may run as a formula in the spreadsheet that opens the file (CSV injection)
			printer.printRecord(header.stream().map(SpreadsheetText::forCell).toList());
			for (List<String> row : rows) {
				printer.printRecord(row.stream().map(SpreadsheetText::forCell).toList());
			}
			printer.flush();
		};
	}


}
