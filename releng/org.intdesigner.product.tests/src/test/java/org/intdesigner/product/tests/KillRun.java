package org.intdesigner.product.tests;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/**
 * One run of a product command that is killed with SIGKILL (through its {@link ProcessHandle}) at a
 * given moment, as a power cut or the OOM killer would end it: no shutdown hook, no finally block,
 * no flush. The launcher script {@code exec}s the JVM, so the process killed is the JVM itself (or,
 * in its first milliseconds, the script about to become it).
 */
record KillRun(List<String> args, long pid, long killAtMs, boolean killed, int exitCode, long endedMs, String out, String err) {

	/** The exit code of a process ended by SIGKILL, as {@link Process#exitValue()} gives it. */
	static final int SIGKILL_EXIT = 128 + 9;

	/** True when the kill found the command still running (it did not end by itself first). */
	boolean landed() {
		return killed && exitCode == SIGKILL_EXIT;
	}

	/** True when the command ended by itself, with exit code 0, before the kill came. */
	boolean completed() {
		return !landed() && exitCode == 0;
	}

	/** Starts {@code args}, kills it {@code killAtMs} ms later if it is still running, waits until it is gone. */
	static KillRun killAt(Product product, long killAtMs, String... args) throws IOException, InterruptedException {
		Process process = product.start(Map.of(), args);
		long started = System.nanoTime();
		process.getOutputStream().close();
		CompletableFuture<String> out = Product.read(process.getInputStream());
		CompletableFuture<String> err = Product.read(process.getErrorStream());
		long left = killAtMs - elapsedMs(started);
		boolean ended = left > 0 && process.waitFor(left, TimeUnit.MILLISECONDS);
		boolean killed = false;
		long killedAt = killAtMs;
		if (!ended) {
			killedAt = elapsedMs(started);
			killed = process.isAlive();
			sigkill(process);
			if (!process.waitFor(60, TimeUnit.SECONDS)) {
				throw new AssertionError("process " + process.pid() + " did not die within a minute of SIGKILL");
			}
		}
		long endedMs = elapsedMs(started);
		return new KillRun(List.of(args), process.pid(), killedAt, killed, process.exitValue(), endedMs, text(out), text(err));
	}

	/**
	 * Starts {@code args} and kills it at {@code point}: {@link #killAt} when it counts from the start;
	 * else {@link #killOnArrival} of a file {@code workStarted} accepts in {@code folder}, plus its delay.
	 */
	static KillRun kill(Product product, KillPlan.KillPoint point, Path folder, Predicate<String> workStarted, String... args)
			throws IOException, InterruptedException {
		return point.afterWorkStarts() ? killOnArrival(product, folder, workStarted, point.delayMs(), args)
				: killAt(product, point.delayMs(), args);
	}

	/**
	 * Starts {@code args} and kills it {@code delayMs} after a file whose name {@code arrives} accepts
	 * is created in {@code folder} or renamed into it (seen through inotify, a fraction of a millisecond
	 * late); with no delay, e.g. the moment a write puts its first finished file in place. Not killed
	 * if it ends first.
	 */
	static KillRun killOnArrival(Product product, Path folder, Predicate<String> arrives, long delayMs, String... args)
			throws IOException, InterruptedException {
		try (WatchService watcher = folder.getFileSystem().newWatchService()) {
			folder.register(watcher, StandardWatchEventKinds.ENTRY_CREATE);
			Process process = product.start(Map.of(), args);
			long started = System.nanoTime();
			process.getOutputStream().close();
			CompletableFuture<String> out = Product.read(process.getInputStream());
			CompletableFuture<String> err = Product.read(process.getErrorStream());
			boolean killed = false;
			long killAt = -1;
			while (killAt < 0 && process.isAlive()) {
				WatchKey key = watcher.poll(5, TimeUnit.MILLISECONDS);
				if (key == null) {
					if (elapsedMs(started) > 600_000) {
						process.destroyForcibly();
						throw new AssertionError(String.join(" ", args) + " did not end within ten minutes");
					}
					continue;
				}
				boolean arrived = false;
				for (WatchEvent<?> event : key.pollEvents()) {
					arrived |= event.context() instanceof Path name && arrives.test(name.toString());
				}
				key.reset();
				if (arrived) {
					if (delayMs > 0 && process.waitFor(delayMs, TimeUnit.MILLISECONDS)) {
						break;
					}
					killAt = elapsedMs(started);
					killed = process.isAlive();
					sigkill(process);
				}
			}
			if (!process.waitFor(60, TimeUnit.SECONDS)) {
				throw new AssertionError("process " + process.pid() + " did not die within a minute of SIGKILL");
			}
			return new KillRun(List.of(args), process.pid(), killAt, killed, process.exitValue(), elapsedMs(started), text(out),
					text(err));
		}
	}

	/** A normal run of the command, timed: its span and when {@code workStarted} first held (-1: never seen). */
	record Timeline(long spanMs, long workStartsMs, int exitCode, String out, String err) {

		@Override
		public String toString() {
			return "exit code " + exitCode + " after " + spanMs + " ms\n  standard output:\n" + out + "\n  standard error:\n" + err;
		}
	}

	/**
	 * Runs {@code args} to its end, looking every few milliseconds whether its work on the target has
	 * begun ({@code workStarted}: a temporary file beside the target, the store's lock file).
	 */
	static Timeline measure(Product product, BooleanSupplier workStarted, String... args) throws IOException, InterruptedException {
		Process process = product.start(Map.of(), args);
		long started = System.nanoTime();
		process.getOutputStream().close();
		CompletableFuture<String> out = Product.read(process.getInputStream());
		CompletableFuture<String> err = Product.read(process.getErrorStream());
		long workStarts = -1;
		while (!process.waitFor(3, TimeUnit.MILLISECONDS)) {
			if (workStarts < 0 && workStarted.getAsBoolean()) {
				workStarts = elapsedMs(started);
			}
			if (elapsedMs(started) > 600_000) {
				process.destroyForcibly();
				throw new AssertionError(String.join(" ", args) + " did not end within ten minutes");
			}
		}
		return new Timeline(elapsedMs(started), workStarts, process.exitValue(), out.join(), err.join());
	}

	/**
	 * SIGKILL through the process's handle: {@link Process#destroyForcibly()} also closes the pipes of
	 * its output, under the threads still reading them ("Stream closed"); the handle only signals, and
	 * the pipes end when the process does.
	 */
	private static void sigkill(Process process) {
		process.toHandle().destroyForcibly();
	}

	/** What a killed run printed; a pipe that could not be read to its end is said to be so. */
	private static String text(CompletableFuture<String> output) {
		try {
			return output.join();
		} catch (RuntimeException e) {
			return "(output not read to its end: " + e.getMessage() + ")";
		}
	}

	private static long elapsedMs(long started) {
		return (System.nanoTime() - started) / 1_000_000;
	}
}
