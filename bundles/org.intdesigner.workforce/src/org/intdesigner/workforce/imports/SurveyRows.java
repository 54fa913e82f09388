package org.intdesigner.workforce.imports;

import java.util.List;
import java.util.function.Consumer;

import org.intdesigner.workforce.imports.CsvSource.CsvRow;

/**
 * survey.csv: one anonymous response per row (org_id, team_id, q1..q9); answers 1 to 5, empty when
 * a question was not answered: motivation q1-q3, involvement q4-q6, advocacy q7-q9. Responses have
 * no key: two identical rows are two people who answered alike.
 */
final class SurveyRows extends RowReader {

	static final List<String> QUESTIONS = List.of("q1", "q2", "q3", "q4", "q5", "q6", "q7", "q8", "q9");

	SurveyRows(ImportContext context) {
		super(context);
	}

	@Override
	TargetTable target() {
		return TargetTable.SURVEY_RESPONSE;
	}

	@Override
	List<String> requiredColumns() {
		return List.of("org_id", "q1", "q2", "q3", "q4", "q5", "q6", "q7", "q8", "q9");
	}

	@Override
	void read(CsvRow row, Consumer<Object[]> out) {
		Cells cells = new Cells(row, context);
		Object[] values = new Object[2 + QUESTIONS.size()];
		values[0] = cells.organisation("org_id");
		values[1] = cells.team("team_id");
		boolean answered = false;
		for (int i = 0; i < QUESTIONS.size(); i++) {
			values[2 + i] = cells.answer(QUESTIONS.get(i));
			answered |= values[2 + i] != null;
		}
		if (!answered && cells.ok()) {
			cells.problem("q1", "no answers: a response answers at least one of q1 to q9");
		}
		if (cells.ok()) {
			context.countPartner((String) values[0]);
			out.accept(values);
		}
	}

	@Override
	String keyColumn() {
		return "org_id";
	}

	@Override
	String alreadyStored() {
		return "this response is already in the store";
	}
}
