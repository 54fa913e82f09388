package org.intdesigner.workforce.store;

/**
 * A workforce store cannot be opened or used; the message says which store, why, and what to do,
 * in words for the person at the keyboard (the cause keeps Derby's own error for the log).
 */
public class StoreException extends Exception {

	private static final long serialVersionUID = 1L;

	public StoreException(String message, Throwable cause) {
		super(message, cause);
	}

	public StoreException(String message) {
		super(message);
	}
}
