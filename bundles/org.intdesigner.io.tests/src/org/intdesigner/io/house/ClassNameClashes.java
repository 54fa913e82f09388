package org.intdesigner.io.house;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Java classes of the repository that share a simple name: a reader (and a stack trace, a search, an import) cannot
 * tell two {@code Table}s apart without their packages, so every top-level class has a name of its own across all
 * bundles, their test fragments, generated code and the releng modules. A class is known by its file's name, as
 * Java names top-level classes; build output ({@code target/}, {@code bin/}) is not source and is skipped.
 */
final class ClassNameClashes {
	private static final Set<String> NOT_SOURCE = Set.of("target", "bin", ".git", "node_modules");

	private ClassNameClashes() {
	}

	/** The folders holding the repository's Java: bundles/ and releng/ of {@code repository}. */
	static List<Path> sourceFolders(Path repository) {
		return Stream.of("bundles", "releng").map(repository::resolve).filter(Files::isDirectory).toList();
	}

	/** Each simple name given to more than one class, with the files (relative to {@code repository}) that give it. */
	static Map<String, List<Path>> in(Path repository) {
		Map<String, List<Path>> byName = new TreeMap<>();
		for (Path folder : sourceFolders(repository)) {
			for (Path file : javaFiles(folder)) {
				String name = file.getFileName().toString().replaceFirst("\\.java$", "");
				byName.computeIfAbsent(name, n -> new ArrayList<>()).add(repository.relativize(file));
			}
		}
		byName.values().removeIf(files -> files.size() < 2);
		byName.values().forEach(files -> files.sort(null));
		return byName;
	}

	/** The clashes as a reader acts on them: one line per name with its files, and what to do. */
	static String describe(Map<String, List<Path>> clashes) {
		StringBuilder text = new StringBuilder("Classes share a simple name; rename one of each so its name says what it is"
				+ " (releng/scripts/rename-class.py OLD.QUALIFIED.Name NewName renames a class and its references):");
		clashes.forEach((name, files) -> text.append("\n  ").append(name).append(": ").append(files));
		return text.toString();
	}

	/** A Java file that holds a class: package-info and module-info hold none, and every package may have one. */
	private static boolean isClass(String fileName) {
		return fileName.endsWith(".java") && !fileName.equals("package-info.java") && !fileName.equals("module-info.java");
	}

	private static List<Path> javaFiles(Path folder) {
		List<Path> files = new ArrayList<>();
		try (Stream<Path> entries = Files.list(folder)) {
			for (Path entry : entries.sorted().toList()) {
				if (Files.isDirectory(entry) && !NOT_SOURCE.contains(entry.getFileName().toString())) {
					files.addAll(javaFiles(entry));
				} else if (isClass(entry.getFileName().toString()) && Files.isRegularFile(entry)) {
					files.add(entry);
				}
			}
		} catch (IOException e) {
			throw new UncheckedIOException("Cannot list " + folder + " to look for classes sharing a name", e);
		}
		return files;
	}
}
