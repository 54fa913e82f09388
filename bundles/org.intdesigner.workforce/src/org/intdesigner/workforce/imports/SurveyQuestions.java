package org.intdesigner.workforce.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.intdesigner.workforce.imports.api.SourceRow;

/**
 * A survey's further questions, beyond q1-q9, as its questions file names them
 * ({@code column,question,theme}): the survey file's column holding the answers (1-5), the
 * question's wording and the theme it measures, one of {@link #THEMES}. Read and checked whole
 * before the survey: a bad row rejects the survey too.
 */
public final class SurveyQuestions {

	/** One further question; {@code column} lower case, as the survey's header is matched. */
	public record Question(String column, String text, String theme, long row) {
	}

	/** The themes a further question may measure (the seed's metrics the store lacked). */
	public static final List<String> THEMES = List.of("satisfaction", "improvement", "productivity", "alignment");
	static final List<String> COLUMNS = List.of("column", "question", "theme");
	private static final int TEXT_LENGTH = 500;

	private SurveyQuestions() {
	}

	/** The questions of {@code input}; problems go to {@code problems} under the questions file's name. */
	static List<Question> read(ImportInput input, Problems problems) {
		List<Question> questions = new ArrayList<>();
		try (CsvSource source = new CsvSource(input)) {
			List<String> missing = new ArrayList<>(COLUMNS);
			missing.removeAll(source.columns().keySet());
			if (!missing.isEmpty()) {
				problems.addOf(input.name(), source.columns().isEmpty() ? 0 : 1, String.join(", ", missing),
						"missing column" + (missing.size() == 1 ? "" : "s") + ": the first row of a questions file must name"
								+ " the columns " + String.join(",", COLUMNS));
				return questions;
			}
			Map<String, Long> seen = new HashMap<>();
			for (SourceRow row = source.next(); row != null; row = source.next()) {
				Question question = question(input.name(), row, problems);
				if (question == null) {
					continue;
				}
				Long first = seen.putIfAbsent(question.column(), row.number());
				if (first != null) {
					problems.addOf(input.name(), row.number(), "column", "'" + question.column() + "' repeats row " + first
							+ ": each survey column holds one question");
				} else {
					questions.add(question);
				}
			}
			if (questions.isEmpty() && !problems.any()) {
				problems.addOf(input.name(), 0, "", "names no questions: give one row per further column of the survey");
			}
		} catch (CsvSource.NotUtf8 e) {
			problems.addOf(input.name(), e.rowBefore + 1, "", "not UTF-8 text: save the file again as UTF-8 (\"CSV UTF-8\")");
		} catch (CsvSource.NotCsv e) {
			problems.addOf(input.name(), e.rowBefore + 1, "", "not valid CSV: " + org.intdesigner.io.CsvErrors.explain(e));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return questions;
	}

	private static Question question(String file, SourceRow row, Problems problems) {
		String column = row.get("column").toLowerCase(Locale.ROOT);
		String text = row.get("question");
		String theme = row.get("theme").toLowerCase(Locale.ROOT);
		boolean ok = true;
		if (column.isEmpty()) {
			problems.addOf(file, row.number(), "column", "empty: name the survey's column that holds the answers");
			ok = false;
		} else if (column.length() > Cells.CODE_LENGTH) {
			problems.addOf(file, row.number(), "column", "longer than " + Cells.CODE_LENGTH + " characters");
			ok = false;
		} else if (column.equals("org_id") || column.equals("team_id") || SurveyRows.QUESTIONS.contains(column)) {
			problems.addOf(file, row.number(), "column", "'" + column + "' is one of the survey's own columns (org_id, team_id,"
					+ " q1 to q9): a further question needs a column of its own");
			ok = false;
		}
		if (text.isEmpty()) {
			problems.addOf(file, row.number(), "question", "empty: give the question's wording");
			ok = false;
		} else if (text.length() > TEXT_LENGTH) {
			problems.addOf(file, row.number(), "question", "longer than " + TEXT_LENGTH + " characters");
			ok = false;
		}
		if (!THEMES.contains(theme)) {
			problems.addOf(file, row.number(), "theme", (theme.isEmpty() ? "empty" : "'" + row.get("theme") + "' is not a theme")
					+ ": a further question measures one of " + String.join(", ", THEMES));
			ok = false;
		}
		return ok ? new Question(column, text, theme, row.number()) : null;
	}
}
