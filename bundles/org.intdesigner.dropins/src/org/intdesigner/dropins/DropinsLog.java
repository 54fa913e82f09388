package org.intdesigner.dropins;

/** Where the dropins reconciler says what it did and what it could not do; tests collect the messages. */
public interface DropinsLog {

	/** A plug-in installed, updated or removed. */
	void info(String message);

	/** A jar that could not be used, with what to do about it. */
	void error(String message, Throwable cause);

	/** When the framework's log service is missing (it never is in Equinox): standard error. */
	DropinsLog STANDARD_ERROR = new DropinsLog() {
		@Override
		public void info(String message) {
			System.err.println(message);
		}

		@Override
		public void error(String message, Throwable cause) {
			System.err.println(message);
		}
	};
}
