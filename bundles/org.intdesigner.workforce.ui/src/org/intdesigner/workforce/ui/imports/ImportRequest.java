package org.intdesigner.workforce.ui.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Map;

import org.intdesigner.model.io.ModelFiles;
import org.intdesigner.workforce.imports.ImportInput;
import org.intdesigner.workforce.imports.ImportOptions;
import org.intdesigner.workforce.imports.KnownCodes;
import org.intdesigner.workforce.imports.api.FileKind;

/**
 * What the import wizard was asked to do: the file and its kind, and the options as the command
 * line's import-workforce takes them.
 *
 * @param model an INT model (.intd) whose codes the file's codes are checked against, or null
 * @param census the month of a GP practice-level file, or null
 * @param questions a survey's questions file (column,question,theme), or null
 * @param mapping a mapped-staff file's mapping (JSON), or null
 */
record ImportRequest(FileKind kind, Path file, boolean replace, Path model, YearMonth census,
		Map<String, String> organisationCodes, Path questions, Path mapping) {

	/** As many problems as the summary's table usefully shows; all are counted. */
	static final int PROBLEMS_SHOWN = 200;

	/** The importer's options; reads the model when one is given. */
	ImportOptions options() throws IOException {
		ImportOptions options = ImportOptions.defaults().withReplace(replace).withOrganisationCodes(organisationCodes)
				.withCensus(census).withProblemsShown(PROBLEMS_SHOWN)
				.withQuestions(questions == null ? null : ImportInput.of(questions))
				.withMapping(mapping == null ? null : ImportInput.of(mapping));
		return model == null ? options : options.withCodes(KnownCodes.of(ModelFiles.load(model).model()));
	}
}
