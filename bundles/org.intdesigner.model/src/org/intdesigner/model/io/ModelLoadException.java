package org.intdesigner.model.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * An .intd file that cannot be opened. The message names the file and, where the parser knows
 * them, the line and column of each problem, and says what to do.
 */
public class ModelLoadException extends IOException {

	private static final long serialVersionUID = 1L;

	/** One problem in the file; line and column are 0 when unknown. */
	public record Problem(int line, int column, String message) {
		@Override
		public String toString() {
			return line > 0 ? "line " + line + ", column " + column + ": " + message : message;
		}
	}

	private final transient Path file;
	private final transient List<Problem> problems;

	public ModelLoadException(Path file, String summary, List<Problem> problems, Throwable cause) {
		super(format(file, summary, problems), cause);
		this.file = file;
		this.problems = List.copyOf(problems);
	}

	public Path getFile() {
		return file;
	}

	public List<Problem> getProblems() {
		return problems;
	}

	private static String format(Path file, String summary, List<Problem> problems) {
		StringBuilder text = new StringBuilder().append(file).append(": ").append(summary);
		int shown = 0;
		for (Problem problem : problems) {
			if (shown++ == 20) {
				text.append("\n  ... and ").append(problems.size() - 20).append(" more");
				break;
			}
			text.append("\n  ").append(problem);
		}
		return text.toString();
	}
}
