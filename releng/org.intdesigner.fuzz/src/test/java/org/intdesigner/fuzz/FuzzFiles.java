package org.intdesigner.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.regex.Pattern;

/**
 * Work folders of the fuzz tests (in the system temp folder, removed at the end) and the check that
 * what a user is told about a bad file is a message for a person: not empty, naming the file, and no
 * stack trace or Java class names.
 */
final class FuzzFiles {

	/** A stack frame, or a Java exception's class name (what a toString() of an exception shows). */
	private static final Pattern INTERNALS = Pattern.compile("\\n\\s*at [\\w.$]+\\(|\\b(java|javax|jdk|sun|org\\.eclipse|org\\.apache"
			+ "|org\\.intdesigner)\\.[\\w.$]*(Exception|Error)\\b");

	private FuzzFiles() {
	}

	static Path newWorkFolder(String prefix) {
		try {
			return Files.createTempDirectory(prefix);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Fails (a finding) unless {@code e}'s message is for a person and names one of {@code files}. */
	static void assertTellsUser(IOException e, Path... files) {
		assertTellsUser(e.getMessage(), e, files);
	}

	static void assertTellsUser(String message, Throwable e, Path... files) {
		if (message == null || message.isBlank()) {
			throw new AssertionError("an error without a message", e);
		}
		boolean named = false;
		for (Path file : files) {
			named |= message.contains(file.toString()) || message.contains(file.getFileName().toString());
		}
		if (!named) {
			throw new AssertionError("the message does not name the file: " + message, e);
		}
		if (INTERNALS.matcher(message).find()) {
			throw new AssertionError("the message shows Java internals: " + message, e);
		}
	}

	/** Makes {@code folder} an empty folder. */
	static void emptyFolder(Path folder) throws IOException {
		if (Files.exists(folder)) {
			deleteTree(folder);
		}
		Files.createDirectories(folder);
	}

	static void deleteTree(Path root) {
		if (root == null || !Files.exists(root)) {
			return;
		}
		try {
			Files.walkFileTree(root, new SimpleFileVisitor<>() {
				@Override
				public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
					Files.delete(file);
					return FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
					Files.delete(dir);
					return FileVisitResult.CONTINUE;
				}
			});
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
