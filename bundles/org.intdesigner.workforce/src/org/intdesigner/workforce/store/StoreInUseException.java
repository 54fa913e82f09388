package org.intdesigner.workforce.store;

import java.nio.file.Path;

/**
 * The data folder is open in another process (Derby's XSDB6): Derby lets one process at a time
 * open a database embedded. Names the folder, the other process when it is known, and the ways on.
 */
public final class StoreInUseException extends StoreException {

	private static final long serialVersionUID = 1L;

	private final transient Path folder;

	StoreInUseException(Path folder, String otherProcess, Throwable cause) {
		super(message(folder, otherProcess), cause);
		this.folder = folder;
	}

	/** The data folder that is in use. */
	public Path folder() {
		return folder;
	}

	private static String message(Path folder, String otherProcess) {
		return "The workforce data folder " + folder + " is in use by another program"
				+ (otherProcess == null ? "" : " (" + otherProcess + ")")
				+ ": only one program at a time can open it. Close the other INT Designer (or whatever uses that folder)"
				+ " and try again, or use another data folder (--db DIR). To share one folder between several"
				+ " programs, serve it with './intd workforce-server --db " + folder + "' and connect to the server"
				+ " (--server localhost:PORT).";
	}
}
