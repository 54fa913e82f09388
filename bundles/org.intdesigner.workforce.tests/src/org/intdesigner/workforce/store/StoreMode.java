package org.intdesigner.workforce.store;

/** The two ways a store is reached, which tests of the store and the importers run in turn. */
public enum StoreMode {
	/** a data folder opened by the test's own process */
	EMBEDDED,
	/** a Derby Network Server on localhost (started once for the test run), over the client driver */
	NETWORK
}
