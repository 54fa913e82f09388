package org.intdesigner.workforce.store;

import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;

/** Derby's errors in words for users: Derby wraps the useful one in "see the next exception". */
public final class DerbyErrors {

	private DerbyErrors() {
	}

	/** True when {@code e} or anything chained to it has the SQL state {@code state}. */
	public static boolean has(Throwable e, String state) {
		Set<Throwable> seen = new HashSet<>();
		for (Throwable t = e; t != null && seen.add(t); t = next(t)) {
			if (t instanceof SQLException sql && state.equals(sql.getSQLState())) {
				return true;
			}
		}
		return false;
	}

	/** The most specific message in the chain: the last one, which says what actually went wrong. */
	public static String message(Throwable e) {
		String message = e.getMessage();
		Set<Throwable> seen = new HashSet<>();
		for (Throwable t = e; t != null && seen.add(t); t = next(t)) {
			if (t.getMessage() != null && !t.getMessage().isBlank()) {
				message = t.getMessage();
			}
		}
		return message == null ? e.toString() : message;
	}

	static String serverMessage(StoreLocation.Server server, SQLException e) {
		String where = server.host() + ":" + server.port();
		if ("08001".equals(e.getSQLState()) && !has(e, "08004")) {
			return "No workforce server answers at " + where + " (" + message(e) + "). Start one with"
					+ " './intd workforce-server', or check the host and port.";
		}
		if (has(e, "08004")) {
			return "The workforce server at " + where + " refused user '" + server.user() + "': check the user name and"
					+ " the password (commands read it from INTD_WORKFORCE_PASSWORD; the workbench from Window > Preferences"
					+ " > INT Designer > Workforce Store, or asks for it).";
		}
		if (has(e, "XJ004")) {
			return "The workforce server at " + where + " has no database '" + server.database() + "': check the name after"
					+ " the port (the server says which it serves when it starts).";
		}
		if (has(e, "XSDB6")) {
			return "The workforce server at " + where + " cannot open the database '" + server.database()
					+ "': another program on that machine has its folder open.";
		}
		return server.describe() + " cannot be opened: " + message(e);
	}

	private static Throwable next(Throwable t) {
		if (t instanceof SQLException sql && sql.getNextException() != null) {
			return sql.getNextException();
		}
		return t.getCause();
	}
}
