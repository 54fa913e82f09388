package org.intdesigner.analysis.api;

/** What a rule is about; the Validation view groups and filters by it. */
public enum Category {
	ACCOUNTABILITY, STRUCTURE, BOUNDARIES, CAPACITY, DATA_QUALITY;

	public String label() {
		return switch (this) {
		case ACCOUNTABILITY -> "Accountability";
		case STRUCTURE -> "Structure";
		case BOUNDARIES -> "Boundaries";
		case CAPACITY -> "Capacity";
		case DATA_QUALITY -> "Data quality";
		};
	}
}
