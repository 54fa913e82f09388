package org.intdesigner.workforce.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Properties;

import org.apache.derby.authentication.UserAuthenticator;

/**
 * How Derby checks who connects, in place of its BUILTIN users: the same users and passwords (the
 * system properties {@code derby.user.NAME}: this process's own user, and the workforce server's), but
 * a client of the workforce server reaches only the database the server serves and creates none. Without
 * this, anyone with the server's password could create or open a database at any path the server may
 * write to ({@code jdbc:derby://localhost:1527//home/someone/x;create=true}): Derby checks the system-wide
 * credentials before it creates a database (with no database name) and the database's own after. This
 * process's own user, whose password never leaves it, opens and creates any store (the embedded stores
 * of {@code --db DIR}, and the server's own database before the server lets anyone in).
 * <p>
 * Derby loads this class by name ({@code derby.authentication.provider}), through its dynamic imports.
 */
public final class ServedDatabaseAuthenticator implements UserAuthenticator {

	/** The database names clients of the workforce server may connect to, one a line (none: no server runs). */
	static final String SERVED_PROPERTY = "intd.workforce.servedDatabase";
	/** This process's own user, which may open any database it has the password of. */
	static final String LOCAL_USER_PROPERTY = "intd.workforce.localUser";

	public ServedDatabaseAuthenticator() {
		// Derby makes one with no arguments
	}

	/** Lets clients of a server of this process reach the database Derby knows as {@code name}. */
	static synchronized void serve(String name) {
		String served = System.getProperty(SERVED_PROPERTY, "");
		if (served.lines().noneMatch(name::equals)) {
			System.setProperty(SERVED_PROPERTY, served.isEmpty() ? name : served + "\n" + name);
		}
	}

	/** No client reaches {@code name} any more (its server stopped). */
	static synchronized void stopServing(String name) {
		String left = String.join("\n", System.getProperty(SERVED_PROPERTY, "").lines().filter(n -> !n.equals(name)).toList());
		if (left.isEmpty()) {
			System.clearProperty(SERVED_PROPERTY);
		} else {
			System.setProperty(SERVED_PROPERTY, left);
		}
	}

	@Override
	public boolean authenticateUser(String user, String password, String database, Properties info) {
		if (user == null || password == null) {
			return false;
		}
		String expected = System.getProperty("derby.user." + user);
		if (expected == null || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
				password.getBytes(StandardCharsets.UTF_8))) {
			return false;
		}
		if (user.equals(System.getProperty(LOCAL_USER_PROPERTY))) {
			return true; // this process itself
		}
		if (database == null) {
			// a system-wide request: Derby asks so before it creates a database (and to stop the engine);
			// the server's clients create nothing, the server made its database before it let them in
			return false;
		}
		String served = System.getProperty(SERVED_PROPERTY);
		return served != null && served.lines().anyMatch(database::equals);
	}
}
