package org.intdesigner.workforce.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * A note in the data folder saying which process has it open (Derby's own lock file says only
 * that some JVM has), so that the "in use" message can name that process. The note is only read
 * after Derby has refused the folder, and only believed when that process is still running.
 */
final class StoreOwner {

	static final String FILE = "in-use-by.txt";

	private StoreOwner() {
	}

	static void claim(Path folder) {
		ProcessHandle self = ProcessHandle.current();
		String text = self.pid() + "\n" + self.info().startInstant().map(Instant::toString).orElse("") + "\n"
				+ self.info().command().orElse("") + "\n";
		try {
			Files.writeString(folder.resolve(FILE), text, StandardCharsets.UTF_8);
		} catch (IOException e) {
			// only a courtesy for the message of another process: the store works without it
		}
	}

	static void release(Path folder) {
		try {
			Path note = folder.resolve(FILE);
			if (Files.exists(note) && Files.readString(note).startsWith(ProcessHandle.current().pid() + "\n")) {
				Files.delete(note);
			}
		} catch (IOException e) {
			// a stale note is never believed (see describe)
		}
	}

	/** "process 1234, started 2026-11-23 10:15" when the note names a running process, else null. */
	static String describe(Path folder) {
		try {
			String[] lines = Files.readString(folder.resolve(FILE), StandardCharsets.UTF_8).split("\n", -1);
			long pid = Long.parseLong(lines[0].trim());
			Optional<ProcessHandle> process = ProcessHandle.of(pid);
			if (process.isEmpty() || !process.get().isAlive() || pid == ProcessHandle.current().pid()) {
				return null;
			}
			String started = process.get().info().startInstant()
					.map(i -> DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault()).format(i))
					.orElse(null);
			return "process " + pid + (started == null ? "" : ", started " + started);
		} catch (IOException | RuntimeException e) {
			return null;
		}
	}
}
