package org.intdesigner.workforce.ui.store;

/** Asks the person for the password of a workforce server when the store is first opened. */
@FunctionalInterface
public interface PasswordPrompt {

	/** The password typed for the choice's user and server, or null when the person cancelled. Called from any thread. */
	char[] ask(StoreChoice choice, String why);
}
