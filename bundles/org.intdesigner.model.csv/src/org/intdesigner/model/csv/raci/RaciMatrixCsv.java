package org.intdesigner.model.csv.raci;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.emf.ecore.EObject;
import org.intdesigner.model.AccountabilityItem;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Party;
import org.intdesigner.model.RaciCode;
import org.intdesigner.model.csv.CsvFiles;
import org.intdesigner.model.csv.CsvImportException;
import org.intdesigner.model.csv.CsvProblem;
import org.intdesigner.io.AtomicWrite;
import org.intdesigner.io.SpreadsheetText;

/**
 * A RACI matrix as one CSV file a spreadsheet user can read and change. Row 1 heads the columns
 * with names ("Item id", "Item", then each party's name); row 2 ("Party id") gives each party
 * column its id, which is what an import goes by, so renamed or same-named parties stay apart;
 * then one row per item: its id, its name, and the codes in each party's cell ("R", "A/R", empty).
 * Names in the file are for people and are not read back.
 */
public final class RaciMatrixCsv {

	public static final String ITEM_ID = "Item id";
	public static final String ITEM = "Item";
	public static final String PARTY_ID = "Party id";
	private static final int FIRST_PARTY_COLUMN = 2;
	private static final int FIRST_ITEM_ROW = 3;

	private RaciMatrixCsv() {
	}

	/** Writes the matrix to {@code file}, replacing it whole or not at all. */
	public static void export(RaciMatrix matrix, Path file) throws IOException {
		AtomicWrite.write(file, out -> {
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT);
			List<String> names = new ArrayList<>(List.of(ITEM_ID, ITEM));
			List<String> ids = new ArrayList<>(List.of("", PARTY_ID));
			for (Party party : matrix.columns()) {
				names.add(RaciNames.of(party));
				ids.add(party.getId());
			}
			printer.printRecord(safe(names));
			printer.printRecord(safe(ids));
			for (AccountabilityItem item : matrix.rows()) {
				List<String> row = new ArrayList<>(List.of(item.getId(), RaciNames.of(item)));
				for (Party party : matrix.columns()) {
					row.add(RaciMatrix.cellText(item, party));
				}
				printer.printRecord(safe(row));
			}
			printer.flush();
		});
	}

	/** Cells no spreadsheet program runs as a formula (see {@link SpreadsheetText}). */
	private static List<String> safe(List<String> cells) {
		return cells.stream().map(SpreadsheetText::forCell).toList();
	}

	/**
	 * Reads {@code file} against {@code model}: the changes it asks for, or every problem found
	 * (unknown item or party ids, bad codes, items listed twice), each naming its row and column;
	 * nothing is changed here, the caller applies {@link RaciMatrixChanges#toCommand}.
	 */
	public static RaciMatrixChanges read(Path file, IntdModel model) throws IOException {
		List<CsvProblem> problems = new ArrayList<>();
		String fileName = String.valueOf(file.getFileName());
		RaciMatrixChanges changes = new RaciMatrixChanges();
		try (Reader reader = CsvFiles.open(file);
				CSVParser parser = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get().parse(reader)) {
			List<CSVRecord> records = parser.getRecords();
			if (records.size() < 2 || !ITEM_ID.equalsIgnoreCase(records.get(0).get(0).trim())
					|| records.get(1).size() < 2 || !PARTY_ID.equalsIgnoreCase(records.get(1).get(1).trim())) {
				throw new CsvImportException(file, List.of(new CsvProblem(fileName, 0, "",
						"not a RACI matrix: row 1 must start with \"" + ITEM_ID + "\" and row 2 have \"" + PARTY_ID
								+ "\" in its second column")));
			}
			Map<String, EObject> byId = index(model);
			List<String> headers = records.get(0).toList();
			List<Party> parties = parties(records.get(1), headers, byId, fileName, problems);
			Set<AccountabilityItem> seen = new HashSet<>();
			for (int r = 2; r < records.size(); r++) {
				readRow(records.get(r), r + 1, headers, parties, byId, seen, fileName, problems, changes);
			}
		}
		if (!problems.isEmpty()) {
			throw new CsvImportException(file, problems);
		}
		return changes;
	}

	private static List<Party> parties(CSVRecord ids, List<String> headers, Map<String, EObject> byId,
			String fileName, List<CsvProblem> problems) {
		List<Party> parties = new ArrayList<>();
		Set<Party> seen = new HashSet<>();
		for (int c = FIRST_PARTY_COLUMN; c < Math.max(ids.size(), headers.size()); c++) {
			String id = c < ids.size() ? SpreadsheetText.fromCell(ids.get(c)).trim() : "";
			String column = columnName(headers, c);
			EObject found = byId.get(id);
			if (id.isEmpty()) {
				problems.add(new CsvProblem(fileName, 2, column, "no party id"));
			} else if (!(found instanceof Party party)) {
				problems.add(new CsvProblem(fileName, 2, column, "no party with id \"" + id + "\" in the model"));
			} else if (!seen.add(party)) {
				problems.add(new CsvProblem(fileName, 2, column, "party \"" + id + "\" has two columns"));
			} else {
				parties.add(party);
				continue;
			}
			parties.add(null);
		}
		return parties;
	}

	private static void readRow(CSVRecord record, int row, List<String> headers, List<Party> parties,
			Map<String, EObject> byId, Set<AccountabilityItem> seen, String fileName, List<CsvProblem> problems,
			RaciMatrixChanges changes) {
		String id = SpreadsheetText.fromCell(record.get(0)).trim();
		if (!(byId.get(id) instanceof AccountabilityItem item)) {
			problems.add(new CsvProblem(fileName, row, ITEM_ID, id.isEmpty() ? "no item id"
					: "no accountability item with id \"" + id + "\" in the model"));
			return;
		}
		if (!seen.add(item)) {
			problems.add(new CsvProblem(fileName, row, ITEM_ID, "item \"" + id + "\" is listed twice"));
			return;
		}
		changes.list(item);
		for (int c = FIRST_PARTY_COLUMN; c < record.size(); c++) {
			String text = SpreadsheetText.fromCell(record.get(c));
			int p = c - FIRST_PARTY_COLUMN;
			if (p >= parties.size()) {
				if (!text.isBlank()) {
					problems.add(new CsvProblem(fileName, row, "column " + (c + 1), "a code under no party"));
				}
				continue;
			}
			try {
				Set<RaciCode> codes = RaciCellText.parse(text);
				if (parties.get(p) != null) {
					changes.put(item, parties.get(p), codes);
				}
			} catch (IllegalArgumentException e) {
				problems.add(new CsvProblem(fileName, row, columnName(headers, c), e.getMessage()));
			}
		}
	}

	private static String columnName(List<String> headers, int c) {
		return c < headers.size() && !headers.get(c).isBlank() ? headers.get(c) : "column " + (c + 1);
	}

	/** Items and parties of the model by id: the only objects a matrix file names. */
	private static Map<String, EObject> index(IntdModel model) {
		Map<String, EObject> byId = new HashMap<>();
		model.eAllContents().forEachRemaining(object -> {
			if (object instanceof AccountabilityItem || object instanceof Party) {
				byId.put(((org.intdesigner.model.Identified) object).getId(), object);
			}
		});
		return byId;
	}
}
