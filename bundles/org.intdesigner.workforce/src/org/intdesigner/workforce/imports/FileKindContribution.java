package org.intdesigner.workforce.imports;

import java.util.function.Supplier;

/**
 * One {@code fileKind} element of {@code org.intdesigner.workforce.fileKinds} as written: its attributes,
 * the plug-in that wrote it, and how to make its class (which may fail or be of the wrong type). Kept
 * apart from the extension registry so that a broken contribution can be tested without one.
 */
record FileKindContribution(String id, String name, String columns, String target, String contributor,
		Supplier<Object> newInstance) {

	/** Making the class failed: the message says why (no such class, no public constructor...). */
	static final class NotMade extends RuntimeException {
		private static final long serialVersionUID = 1L;

		NotMade(String message, Throwable cause) {
			super(message, cause);
		}
	}
}
