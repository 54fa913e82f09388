package org.intdesigner.workforce.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the row readers of one pass over a file share: the problems, the codes to check against,
 * the pseudonyms, the partners met (with their row counts), notes for the summary, and, in the
 * checking pass, the keys of the rows seen so far (to find a row given twice).
 */
final class ImportContext {

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

	void countPartner(String organisation) {
		partners.merge(organisation, 1L, Long::sum);
	}
}
