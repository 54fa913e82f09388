package org.intdesigner.planning.wisn;

import java.util.List;

/** A WISN study that cannot be computed, with every problem found, each naming what to correct. */
public final class InvalidStudyException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	private final String studyId;
	private final transient List<String> problems;

	public InvalidStudyException(String studyId, String studyName, List<String> problems) {
		super("WISN study '" + (studyName == null || studyName.isBlank() ? studyId : studyName) + "' was not computed: "
				+ String.join("; ", problems));
		this.studyId = studyId;
		this.problems = List.copyOf(problems);
	}

	public String studyId() {
		return studyId;
	}

	public List<String> problems() {
		return problems;
	}
}
