package org.intdesigner.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;

import org.intdesigner.cli.api.WorkforceStoreOptions;
import org.intdesigner.workforce.store.NetworkServer;
import org.intdesigner.workforce.store.StoreException;
import org.intdesigner.workforce.store.StoreLocation;
import org.intdesigner.workforce.store.WorkforceStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Serves a workforce data folder to other programs on this machine (a Derby Network Server bound to
 * localhost, authentication on) until stopped with Ctrl+C, and prints how to connect. The password
 * comes from INTD_WORKFORCE_PASSWORD or is made up, printed once and kept nowhere.
 */
@Command(name = "workforce-server", description = { "Serve a workforce data folder to other programs on this machine"
		+ " (localhost only, with a user and password) until Ctrl+C.",
		"The password is INTD_WORKFORCE_PASSWORD when set; otherwise one is made up and printed once (it is never"
				+ " written to a file)." }, exitCodeOnExecutionException = 2)
final class WorkforceServerCommand implements Callable<Integer> {

	@Option(names = "--port", paramLabel = "N", defaultValue = "1527", description = "the port (default 1527, Derby's)")
	int port;

	@Option(names = "--db", paramLabel = "DIR", description = "the data folder to serve (default ~/.intdesigner/workforce)")
	Path folder;

	@Option(names = "--user", paramLabel = "USER", defaultValue = "intd", description = "the user clients log in as"
			+ " (default intd)")
	String user;

	@Spec
	CommandSpec spec;

	private final Function<String, String> environment;
	private final Runnable untilStopped;

	WorkforceServerCommand() {
		this(System::getenv, WorkforceServerCommand::untilTheProcessEnds);
	}

	/** With {@code untilStopped} returning when the server is to stop (tests). */
	WorkforceServerCommand(Function<String, String> environment, Runnable untilStopped) {
		this.environment = environment;
		this.untilStopped = untilStopped;
	}

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		Path served = folder == null ? StoreLocation.defaultFolder().folder() : StoreLocation.embedded(folder).folder();
		String given = environment.apply(WorkforceStoreOptions.PASSWORD_VARIABLE);
		boolean made = given == null || given.isEmpty();
		char[] password = made ? NetworkServer.generatePassword() : given.toCharArray();
		try (NetworkServer server = NetworkServer.start(served, port, user, password)) {
			// a first client creates or migrates the schema, and proves the user and password work
			WorkforceStore.open(server.location(password)).close();
			String database = server.databaseName().equals(StoreLocation.DATABASE_NAME) ? "" : "/" + server.databaseName();
			out.printf("Workforce server for %s on localhost:%d (this machine only), user %s.%n", served, port, user);
			out.println(made ? "Password (made up for this run, shown once, kept nowhere): " + new String(password)
					: "Password: the one in " + WorkforceStoreOptions.PASSWORD_VARIABLE + ".");
			out.printf("Connect from another terminal, for example:%n  %s=... ./intd import-workforce staff staff.csv"
					+ " --server localhost:%d%s --user %s%n", WorkforceStoreOptions.PASSWORD_VARIABLE, port, database, user);
			out.printf("JDBC: jdbc:derby://localhost:%d/%s (user %s)%n", port, server.databaseName(), user);
			out.println("Stop it with Ctrl+C.");
			out.flush();
			untilStopped.run();
			return 0;
		} catch (StoreException e) {
			spec.commandLine().getErr().println(e.getMessage());
			return 2;
		}
	}

	private static void untilTheProcessEnds() {
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
		try {
			stopped.await();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
