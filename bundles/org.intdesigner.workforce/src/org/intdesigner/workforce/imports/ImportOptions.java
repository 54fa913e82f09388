package org.intdesigner.workforce.imports;

import java.time.YearMonth;
import java.util.Map;

/**
 * How to import a file.
 *
 * @param codes the codes to check organisations, roles, teams and posts against ({@link KnownCodes#any()}: none)
 * @param replace true: the file replaces what the store holds of its kind for the partners it names
 *        (absence and skills: for the people they employ); false: its rows are added, and a row the store already
 *        holds rejects the file
 * @param organisationCodes codes in the file (an NHS PCN or practice code, say) and the model's code for them
 * @param census the month of a GP practice-level file, whose rows carry no date (its staff are in post then)
 * @param problemsShown how many problems the summary lists word for word (all are counted)
 * @param questions a survey's questions file (column,question,theme), naming its further columns; or null
 * @param mapping a mapped-staff file's mapping (JSON: which of its headers feeds which staff column); or null
 */
public record ImportOptions(KnownCodes codes, boolean replace, Map<String, String> organisationCodes, YearMonth census,
		int problemsShown, ImportInput questions, ImportInput mapping) {

	public static final int DEFAULT_PROBLEMS_SHOWN = 20;

	public ImportOptions {
		organisationCodes = Map.copyOf(organisationCodes);
	}

	public static ImportOptions defaults() {
		return new ImportOptions(KnownCodes.any(), false, Map.of(), null, DEFAULT_PROBLEMS_SHOWN, null, null);
	}

	public ImportOptions withCodes(KnownCodes value) {
		return new ImportOptions(value, replace, organisationCodes, census, problemsShown, questions, mapping);
	}

	public ImportOptions withReplace(boolean value) {
		return new ImportOptions(codes, value, organisationCodes, census, problemsShown, questions, mapping);
	}

	public ImportOptions withOrganisationCodes(Map<String, String> value) {
		return new ImportOptions(codes, replace, value, census, problemsShown, questions, mapping);
	}

	public ImportOptions withCensus(YearMonth value) {
		return new ImportOptions(codes, replace, organisationCodes, value, problemsShown, questions, mapping);
	}

	public ImportOptions withQuestions(ImportInput value) {
		return new ImportOptions(codes, replace, organisationCodes, census, problemsShown, value, mapping);
	}

	public ImportOptions withProblemsShown(int value) {
		return new ImportOptions(codes, replace, organisationCodes, census, value, questions, mapping);
	}

	public ImportOptions withMapping(ImportInput value) {
		return new ImportOptions(codes, replace, organisationCodes, census, problemsShown, questions, value);
	}
}
