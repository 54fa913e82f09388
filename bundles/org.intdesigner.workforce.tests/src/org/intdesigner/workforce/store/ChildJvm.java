package org.intdesigner.workforce.store;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.eclipse.core.runtime.FileLocator;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Another Java process running {@link ChildMain} on a plain class path made of the bundles of this
 * test run (the store, its Derby bundles and fragments, Commons CSV, Equinox's progress monitors):
 * a second program using the same data folder, or one killed in the middle of an import.
 */
public final class ChildJvm implements AutoCloseable {

	private static final String[] BUNDLES = { "org.intdesigner.workforce", "org.intdesigner.workforce.tests", "derby",
			"org.apache.derby.shared", "org.apache.derby.tools", "org.apache.derby.net", "derbyclient",
			"org.apache.commons.commons-csv", "org.apache.commons.commons-io", "org.apache.commons.commons-codec",
			"org.eclipse.equinox.common", "org.eclipse.osgi", "org.intdesigner.model", "org.intdesigner.io", "org.eclipse.emf.ecore",
			"org.eclipse.emf.common" };

	private final Process process;
	private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

	private ChildJvm(Process process) {
		this.process = process;
		Thread reader = new Thread(() -> {
			try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
				for (String line = out.readLine(); line != null; line = out.readLine()) {
					lines.add(line);
				}
			} catch (IOException e) {
				// the process ended
			}
			lines.add("EXIT");
		}, "child JVM output");
		reader.setDaemon(true);
		reader.start();
	}

	/** Starts {@code ChildMain args...}. */
	public static ChildJvm start(String... args) throws IOException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-Xmx512m");
		command.add("-Duser.home=" + System.getProperty("user.home"));
		command.add("-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"));
		command.add("-cp");
		command.add(classPath());
		command.add(ChildMain.class.getName());
		command.addAll(List.of(args));
		return new ChildJvm(new ProcessBuilder(command).redirectErrorStream(true).start());
	}

	private static String classPath() throws IOException {
		Bundle self = FrameworkUtil.getBundle(ChildJvm.class);
		List<String> entries = new ArrayList<>();
		for (String name : BUNDLES) {
			Bundle bundle = null;
			for (Bundle candidate : self.getBundleContext().getBundles()) {
				if (name.equals(candidate.getSymbolicName())) {
					bundle = candidate;
				}
			}
			if (bundle == null) {
				throw new IOException("bundle " + name + " is not in the test runtime");
			}
			File location = FileLocator.getBundleFileLocation(bundle).orElseThrow();
			if (location.isDirectory()) {
				// a project of this build, run from its folder: its classes are in target/classes
				Path classes = location.toPath().resolve("target").resolve("classes");
				entries.add((Files.isDirectory(classes) ? classes : location.toPath()).toString());
			}
			entries.add(location.toString());
		}
		return String.join(File.pathSeparator, entries);
	}

	/** Waits for a line of the child's output that {@code wanted} accepts; fails with what it printed. */
	public String waitFor(Predicate<String> wanted, long seconds) throws InterruptedException {
		StringBuilder seen = new StringBuilder();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
		while (System.nanoTime() < deadline) {
			String line = lines.poll(100, TimeUnit.MILLISECONDS);
			if (line == null) {
				continue;
			}
			if (wanted.test(line)) {
				return line;
			}
			seen.append(line).append('\n');
			if (line.equals("EXIT")) {
				break;
			}
		}
		throw new AssertionError("the child process did not print what was expected; it printed:\n" + seen);
	}

	public long pid() {
		return process.pid();
	}

	/** Kills the process at once, as a crash or a power cut would (no shutdown hooks), and waits for it. */
	public void kill() throws InterruptedException {
		process.destroyForcibly();
		process.waitFor(30, TimeUnit.SECONDS);
	}

	@Override
	public void close() throws InterruptedException {
		if (process.isAlive()) {
			kill();
		}
	}
}
