package org.intdesigner.reports;

/**
 * Thrown by a section whose data is not there (no workforce store, no WISN study, no baseline):
 * the message says what is missing and how to supply it; the report shows it in the section's
 * place and goes on with the other sections.
 */
public final class MissingData extends Exception {

	private static final long serialVersionUID = 1L;

	public MissingData(String whatIsMissing) {
		super(whatIsMissing);
	}
}
