package org.intdesigner.workforce.imports;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.intdesigner.workforce.imports.api.FileKind;

/**
 * What an import did, for the person who ran it and for the import log.
 *
 * @param rowsRead data rows read from the file (the header and empty rows not counted)
 * @param rowsImported rows written into the store: 0 unless the outcome is IMPORTED (a GP
 *        practice-level file writes one staff row per head)
 * @param rowsRejected rows with at least one problem
 * @param problems the first problems word for word; {@code problemCount} counts them all
 * @param pseudonymised person ids that looked like real identifiers and were stored as pseudonyms
 * @param partners the organisations the file had rows for, with their row counts
 * @param notes other things worth knowing (roles kept as their NHS names, the census date used, the way rows were written)
 */
public record ImportSummary(FileKind kind, String file, Outcome outcome, long rowsRead, long rowsImported,
		long rowsRejected, List<ImportProblem> problems, long problemCount, long pseudonymised,
		Map<String, Long> partners, List<String> notes, Duration took) {

	public enum Outcome {
		/** every row is in the store */
		IMPORTED,
		/** a row (or the file) has a problem: nothing was imported */
		REJECTED,
		/** stopped by the user: nothing was imported */
		CANCELLED,
		/** the store failed (it was closed, the server went away): nothing was imported */
		FAILED
	}

	public boolean imported() {
		return outcome == Outcome.IMPORTED;
	}

	/** Several lines for a person: what happened, the counts, the problems, the notes. */
	public String toText() {
		StringBuilder text = new StringBuilder();
		text.append(file).append(" (").append(kind.id()).append("): ").append(switch (outcome) {
		case IMPORTED -> "imported";
		case REJECTED -> "REJECTED, nothing imported";
		case CANCELLED -> "cancelled, nothing imported";
		case FAILED -> "FAILED, nothing imported";
		}).append(String.format(Locale.ROOT, " in %.1f s%n", took.toMillis() / 1000.0));
		text.append(String.format(Locale.ROOT, "  rows read %,d, imported %,d, rejected %,d%n", rowsRead, rowsImported,
				rowsRejected));
		if (!partners.isEmpty()) {
			text.append("  partners: ");
			partners.forEach((code, rows) -> text.append(code).append(" (").append(rows).append(") "));
			text.setLength(text.length() - 1);
			text.append(System.lineSeparator());
		}
		if (pseudonymised > 0) {
			text.append(String.format(Locale.ROOT, "  %,d person ids looked like real identifiers (NHS or National Insurance"
					+ " numbers, e-mail addresses) and were stored as salted SHA-256 pseudonyms%n", pseudonymised));
		}
		if (!problems.isEmpty()) {
			text.append(String.format(Locale.ROOT, "  %,d problem%s%s:%n", problemCount, problemCount == 1 ? "" : "s",
					problemCount > problems.size() ? ", the first " + problems.size() : ""));
			problems.forEach(problem -> text.append("    ").append(problem).append(System.lineSeparator()));
		}
		notes.forEach(note -> text.append("  note: ").append(note).append(System.lineSeparator()));
		return text.toString();
	}
}
