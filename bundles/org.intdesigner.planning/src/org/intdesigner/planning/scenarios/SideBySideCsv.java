package org.intdesigner.planning.scenarios;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.intdesigner.io.SpreadsheetText;

/**
 * A side-by-side comparison as one CSV table: section, row, measure, each model's value and each later model's
 * difference from the first. Numbers are written plain (a point for decimals, no thousands separator) so that a
 * spreadsheet reads them as numbers; an unknown value is an empty cell; labels are made spreadsheet-safe.
 */
public final class SideBySideCsv {

	private SideBySideCsv() {
	}

	public static List<String> header(SideBySide figures) {
		List<String> header = new ArrayList<>(List.of("section", "row", "measure"));
		header.addAll(figures.models());
		for (int i = 1; i < figures.models().size(); i++) {
			header.add(figures.models().get(i) + " - " + figures.models().get(0));
		}
		return header;
	}

	public static String write(SideBySide figures) {
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
			printer.printRecord(header(figures).stream().map(SpreadsheetText::forCell).toList());
			for (SideBySide.Section section : figures.sections()) {
				for (SideBySide.Row row : section.rows()) {
					List<String> record = new ArrayList<>(List.of(section.title(), SpreadsheetText.forCell(row.label()), row.measure()));
					for (int i = 0; i < figures.models().size(); i++) {
						record.add(number(row.value(i)));
					}
					for (int i = 1; i < figures.models().size(); i++) {
						record.add(number(row.difference(i)));
					}
					printer.printRecord(record);
				}
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e); // a StringWriter does not fail
		}
		return out.toString();
	}

	static String number(double value) {
		if (Double.isNaN(value)) {
			return "";
		}
		double rounded = Math.round(value * 100) / 100.0;
		return rounded == Math.rint(rounded) ? String.format(Locale.ROOT, "%.0f", rounded)
				: String.format(Locale.ROOT, "%.2f", rounded).replaceAll("0$", "");
	}
}
