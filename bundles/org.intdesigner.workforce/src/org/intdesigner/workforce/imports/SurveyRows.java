package org.intdesigner.workforce.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.intdesigner.workforce.imports.api.SourceRow;

/**
 * survey.csv: one anonymous response per row (org_id, team_id, q1..q9); answers 1 to 5, empty when
 * a question was not answered: motivation q1-q3, involvement q4-q6, advocacy q7-q9. Responses have
 * no key: two identical rows are two people who answered alike. With a questions file, the further
 * columns it names hold answers 1-5 too; they go to the context's {@code answers} (written after
 * the responses), each with the response's row. Other columns are not read.
 */
final class SurveyRows extends RowReader {

	static final List<String> QUESTIONS = List.of("q1", "q2", "q3", "q4", "q5", "q6", "q7", "q8", "q9");

	private final List<SurveyQuestions.Question> further;

	SurveyRows(ImportContext context, List<SurveyQuestions.Question> further) {
		super(context);
		this.further = further;
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
	void read(SourceRow row, Consumer<Object[]> out) {
		Cells cells = new Cells(row, context);
		Object[] values = new Object[2 + QUESTIONS.size()];
		values[0] = cells.organisation("org_id");
		values[1] = cells.team("team_id");
		boolean answered = false;
		for (int i = 0; i < QUESTIONS.size(); i++) {
			values[2 + i] = cells.answer(QUESTIONS.get(i));
			answered |= values[2 + i] != null;
		}
		List<SurveyAnswers.Answer> answers = new ArrayList<>(further.size());
		for (SurveyQuestions.Question question : further) {
			Short answer = cells.answer(question.column());
			if (answer != null) {
				answers.add(new SurveyAnswers.Answer(row.number(), (String) values[0], (String) values[1], question.column(),
						answer));
			}
		}
		answered |= !answers.isEmpty();
		if (!answered && cells.ok()) {
			cells.problem("q1", "no answers: a response answers at least one of q1 to q9"
					+ (further.isEmpty() ? "" : " or of the further questions"));
		}
		if (cells.ok()) {
			context.countPartner((String) values[0]);
			context.answers.addAll(answers);
			out.accept(values);
		}
	}

	/** A column the questions file names must be in the survey, even if nobody answered it. */
	@Override
	void header(Set<String> columns, String questionsFile) {
		for (SurveyQuestions.Question question : further) {
			if (!columns.contains(question.column())) {
				context.problems.add(1, question.column(), "the questions file " + questionsFile + " names this column (its row "
						+ question.row() + "), but the survey has no such column: add it (its answers may be empty) or take the"
						+ " question out of the questions file");
			}
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
