package org.intdesigner.diagram.validation;

/**
 * One thing wrong with a diagram specification: the file it is in, the element (a mapping, tool,
 * layer... or a line of the file when it cannot be read) and what is wrong. Errors make the file
 * unusable; warnings are reported and the file is still used.
 *
 * @param element what the problem is about, e.g. {@code NodeMapping 'post'}; empty for the whole file
 */
public record SpecificationProblem(Severity severity, String file, String element, String message) {

	public enum Severity {
		ERROR, WARNING
	}

	public static SpecificationProblem error(String file, String element, String message) {
		return new SpecificationProblem(Severity.ERROR, file, element, message);
	}

	public static SpecificationProblem warning(String file, String element, String message) {
		return new SpecificationProblem(Severity.WARNING, file, element, message);
	}

	public boolean isError() {
		return severity == Severity.ERROR;
	}

	/** {@code file: element: message}, as it goes into the log. */
	@Override
	public String toString() {
		return file + ": " + (element == null || element.isEmpty() ? "" : element + ": ") + message;
	}
}
