package org.intdesigner.model.csv;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** A CSV bundle that could not be imported; lists every problem found, so all can be fixed at once. */
public class CsvImportException extends IOException {

	private static final long serialVersionUID = 1L;
	private static final int SHOWN = 50;

	private final transient List<CsvProblem> problems;

	public CsvImportException(Path folder, List<CsvProblem> problems) {
		super(format(folder, problems));
		this.problems = List.copyOf(problems);
	}

	public List<CsvProblem> getProblems() {
		return problems;
	}

	private static String format(Path folder, List<CsvProblem> problems) {
		StringBuilder text = new StringBuilder("Nothing was imported from ").append(folder).append(": ")
				.append(problems.size()).append(problems.size() == 1 ? " problem" : " problems")
				.append(" to fix first.");
		problems.stream().limit(SHOWN).forEach(p -> text.append("\n  ").append(p));
		if (problems.size() > SHOWN) {
			text.append("\n  ... and ").append(problems.size() - SHOWN).append(" more");
		}
		return text.toString();
	}
}
