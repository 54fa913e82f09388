package org.intdesigner.product.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The materialized product, started the way a user or a CI job starts it: its {@code intdesigner}
 * launcher script, in a working folder, with a data folder and a home folder of the test's own, no
 * display, and nothing of the test's JVM but the Java it runs on.
 */
final class Product {

	/** What one run printed and how it ended. */
	record Run(List<String> command, int exitCode, String out, String err) {

		@Override
		public String toString() {
			return String.join(" ", command) + "\n  exit code " + exitCode + "\n  standard output:\n" + indent(out)
					+ "\n  standard error:\n" + indent(err);
		}

		private static String indent(String text) {
			return text.isEmpty() ? "    (nothing)" : text.lines().map(l -> "    " + l).reduce((a, b) -> a + "\n" + b).orElse("");
		}
	}

	private static final ExecutorService READERS = Executors.newCachedThreadPool(task -> {
		Thread thread = new Thread(task, "product output reader");
		thread.setDaemon(true);
		return thread;
	});

	private final Path folder;
	private final Path home;
	private final Path data;
	private final Map<String, String> environment;

	/** A product run from {@code folder}, with the user's home and data folder inside it. */
	Product(Path folder) {
		this(folder, Map.of());
	}

	/** As {@link #Product(Path)}, every run with {@code environment} added to its environment. */
	Product(Path folder, Map<String, String> environment) {
		this.folder = folder;
		this.home = folder.resolve("home");
		this.data = folder.resolve("data");
		this.environment = Map.copyOf(environment);
		try {
			Files.createDirectories(home);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The installation folder (holding the launcher script {@code intdesigner}). */
	static Path installation() {
		Path product = Path.of(System.getProperty("intd.product", "../org.intdesigner.product/target/products/"
				+ "org.intdesigner.product/linux/gtk/x86_64/intdesigner"));
		assertTrue(Files.isExecutable(product.resolve("intdesigner")), "no product at " + product + ": build it first");
		return product;
	}

	Path folder() {
		return folder;
	}

	Path home() {
		return home;
	}

	Path data() {
		return data;
	}

	/** {@code intdesigner --cli ARGS}, waiting for it to end (two minutes at most). */
	Run cli(String... args) {
		List<String> command = new ArrayList<>(List.of(installation().resolve("intdesigner").toString(), "--cli"));
		command.addAll(List.of(args));
		return run(command, Map.of());
	}

	/** {@code command} run by the shell in the working folder, with {@code ./intd} standing for the launcher's --cli. */
	Run shell(String line) {
		writeIntdWrapper();
		return run(List.of("/bin/sh", "-c", line), Map.of());
	}

	/** Starts {@code intdesigner --cli ARGS} and leaves it running (a server). */
	Process start(Map<String, String> extraEnvironment, String... args) throws IOException {
		List<String> command = new ArrayList<>(List.of(installation().resolve("intdesigner").toString(), "--cli"));
		command.addAll(List.of(args));
		return builder(command, extraEnvironment).start();
	}

	Run run(List<String> command, Map<String, String> extraEnvironment) {
		try {
			Process process = builder(command, extraEnvironment).start();
			process.getOutputStream().close(); // no standard input, as in CI
			CompletableFuture<String> out = read(process.getInputStream());
			CompletableFuture<String> err = read(process.getErrorStream());
			if (!process.waitFor(120, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new AssertionError(String.join(" ", command) + " did not end within two minutes");
			}
			return new Run(command, process.exitValue(), out.join(), err.join());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError(e);
		}
	}

	private ProcessBuilder builder(List<String> command, Map<String, String> extraEnvironment) {
		ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile());
		Map<String, String> environment = builder.environment();
		environment.keySet().retainAll(List.of("PATH", "LANG", "LC_ALL", "TMPDIR"));
		environment.put("HOME", home.toString());
		environment.put("INTD_DATA", data.toString());
		environment.put("JAVA_HOME", System.getProperty("java.home"));
		environment.putAll(this.environment);
		environment.putAll(extraEnvironment);
		return builder;
	}

	private void writeIntdWrapper() {
		Path wrapper = folder.resolve("intd");
		if (Files.exists(wrapper)) {
			return;
		}
		try {
			Files.writeString(wrapper, "#!/bin/sh\nexec '" + installation().resolve("intdesigner") + "' --cli \"$@\"\n");
			wrapper.toFile().setExecutable(true);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * All {@code stream} holds, read on a thread of its own: the common pool has a single thread on a
	 * 2-core machine, and a server's stream read there would starve every other reader.
	 */
	static CompletableFuture<String> read(InputStream stream) {
		return CompletableFuture.supplyAsync(() -> {
			try (stream) {
				return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}, READERS);
	}
}
