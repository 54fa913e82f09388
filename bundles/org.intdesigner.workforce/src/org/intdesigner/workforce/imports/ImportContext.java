package org.intdesigner.workforce.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.intdesigner.workforce.imports.api.ReaderContext;
import org.intdesigner.workforce.imports.api.RowCells;
import org.intdesigner.workforce.imports.api.SourceRow;

/**
 * What the row readers of one pass over a file share: the problems, the codes to check against,
 * the pseudonyms, the partners met (with their row counts), notes for the summary, and, in the
 * checking pass, the keys of the rows seen so far (to find a row given twice). Plug-ins' readers see
 * it as a {@link ReaderContext}.
 */
final class ImportContext implements ReaderContext {

	final String file;
	final Problems problems;
	final ImportOptions options;
	final Pseudonyms pseudonyms;
	/** person id -> organisation, from the store's staff (absence files only; else empty) */
	final Map<String, String> staffPersons;
	final Map<String, Long> partners = new LinkedHashMap<>();
	/** partners' names as the file gives them (an NHS file's PCN_NAME), for partners the model does not name */
	final Map<String, String> partnerNames = new HashMap<>();
	final Set<String> notes = new LinkedHashSet<>();
	/** answers to a survey's further questions, written after its responses (survey files only) */
	final List<SurveyAnswers.Answer> answers = new ArrayList<>();
	private final Map<String, Long> keys;
	/** how problems name a reader's column (a mapped file: by the file's own header) */
	private UnaryOperator<String> columnLabels = UnaryOperator.identity();
	/** set at the end of the pass: data rows read, and rows handed on for the store */
	long rowsRead;
	long rowsHandedOn;

	ImportContext(String file, ImportOptions options, String salt, Map<String, String> staffPersons, boolean findRepeats) {
		this.file = file;
		this.problems = new Problems(file, options.problemsShown());
		this.options = options;
		this.pseudonyms = new Pseudonyms(salt);
		this.staffPersons = staffPersons;
		this.keys = findRepeats ? new HashMap<>() : null;
	}

	/** The row that had {@code key} first, or null (and {@code row} has it now); always null in the writing pass. */
	Long firstRowWith(String key, long row) {
		return keys == null ? null : keys.putIfAbsent(key, row);
	}

	@Override
	public void countPartner(String organisation) {
		partners.merge(organisation, 1L, Long::sum);
	}

	/** Problems name a column as {@code labels} says (the reader's column names are not the file's). */
	void labelColumns(UnaryOperator<String> labels) {
		columnLabels = labels;
	}

	String columnLabel(String column) {
		return column.isEmpty() ? column : columnLabels.apply(column);
	}

	@Override
	public String file() {
		return file;
	}

	@Override
	public ImportOptions options() {
		return options;
	}

	@Override
	public RowCells cells(SourceRow row) {
		return new Cells(row, this);
	}

	@Override
	public void problem(String inFile, long row, String column, String message) {
		if (inFile == null || inFile.equals(file)) {
			problems.add(row, column, message);
		} else {
			problems.addOf(inFile, row, column, message);
		}
	}

	@Override
	public String pseudonym(String id) {
		return pseudonyms.apply(id);
	}

	@Override
	public void namePartner(String organisation, String name) {
		if (name != null && !name.isBlank()) {
			partnerNames.putIfAbsent(organisation, name);
		}
	}

	@Override
	public void note(String note) {
		notes.add(note);
	}

	@Override
	public boolean firstWith(RowCells cells, String key, String column, String what) {
		Long first = firstRowWith(key, cells.row());
		if (first != null) {
			cells.problem(column, "repeats row " + first + ": the same " + what);
			return false;
		}
		return true;
	}
}
