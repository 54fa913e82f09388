package org.intdesigner.planning.transition;

/** The scenario's transition waves cannot be read: a date that is not yyyy-mm-dd, or an element two waves list. */
public final class InvalidWavesException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	InvalidWavesException(String message) {
		super(message);
	}
}
