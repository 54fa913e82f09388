package org.intdesigner.planning.transition;

/** The kinds of change a transition plan speaks of, each with the words a plan uses for it. */
public enum ChangeType {
	NEW_POST("new post"), POST_CLOSED("post closed"), POST_MOVED("post moved"), EMPLOYER_CHANGE("employer change"),
	REBANDING("re-banding"), LINE_MANAGEMENT("line management"), RACI("RACI change"), TEAM("team change"), OTHER("other");

	private final String label;

	ChangeType(String label) {
		this.label = label;
	}

	/** "new post", "re-banding": as the plan prints it and as JSON and CSV carry it. */
	public String label() {
		return label;
	}
}
