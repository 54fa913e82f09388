package org.intdesigner.model.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Replaces a file whole or not at all: the bytes go to a temporary file in the same folder, which
 * is forced to disk and then renamed over the target. A crash or an error mid-write leaves the
 * old file as it was and no temporary file behind.
 */
public final class AtomicWrite {

	/** Writes the new content of the file. */
	@FunctionalInterface
	public interface Content {
		void writeTo(OutputStream out) throws IOException;
	}

	private AtomicWrite() {
	}

	/**
	 * Replaces several files of one folder together: every target is checked first, every new
	 * content is written to its temporary file next, and only then are they all renamed into place.
	 * A problem before the renames changes none of the files.
	 */
	public static void writeAll(java.util.Map<Path, Content> files) throws IOException {
		java.util.Map<Path, Path> temporaries = new java.util.LinkedHashMap<>();
		try {
			for (Path file : files.keySet()) {
				Path target = file.toAbsolutePath().normalize();
				if (Files.isDirectory(target) || (Files.exists(target) && !Files.isWritable(target))) {
					throw new IOException(target + " cannot be replaced (it is a folder or read-only): nothing was written.");
				}
			}
			for (java.util.Map.Entry<Path, Content> entry : files.entrySet()) {
				Path target = entry.getKey().toAbsolutePath().normalize();
				temporaries.put(target, writeTemporary(target, entry.getValue()));
			}
			for (java.util.Map.Entry<Path, Path> entry : temporaries.entrySet()) {
				moveIntoPlace(entry.getValue(), entry.getKey());
			}
		} finally {
			for (Path temporary : temporaries.values()) {
				Files.deleteIfExists(temporary);
			}
		}
	}

	public static void write(Path file, Content content) throws IOException {
		Path target = file.toAbsolutePath().normalize();
		Path temporary = writeTemporary(target, content);
		try {
			moveIntoPlace(temporary, target);
		} finally {
			Files.deleteIfExists(temporary);
		}
	}

	/** The content in a temporary file beside {@code target}, forced to disk; deleted again on failure. */
	private static Path writeTemporary(Path target, Content content) throws IOException {
		Files.createDirectories(target.getParent());
		Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".writing");
		try {
			try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.TRUNCATE_EXISTING)) {
				content.writeTo(out);
			}
			try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
				channel.force(true);
			}
			return temporary;
		} catch (IOException | RuntimeException e) {
			Files.deleteIfExists(temporary);
			throw e;
		}
	}

	private static void moveIntoPlace(Path temporary, Path target) throws IOException {
		try {
			Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
		}
	}

}
