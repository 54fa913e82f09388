package org.intdesigner.workforce.imports;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * A file to import: the name problems are reported under, where it came from (for the import log),
 * its size in bytes (for progress) and how to open it. An import reads it twice: once to check every
 * row, once to write them.
 */
public record ImportInput(String name, String source, long size, Opener opener) {

	@FunctionalInterface
	public interface Opener {
		InputStream open() throws IOException;
	}

	/** A file on disk; fails at once when it is missing or unreadable. */
	public static ImportInput of(Path file) throws IOException {
		if (!Files.isRegularFile(file)) {
			throw new NoSuchFileException(file.toString(), null, Files.isDirectory(file) ? "a folder, not a file" : "no such file");
		}
		if (!Files.isReadable(file)) {
			throw new IOException(file + " cannot be read: check its permissions");
		}
		return new ImportInput(file.getFileName().toString(), file.toAbsolutePath().toString(), Files.size(file),
				() -> Files.newInputStream(file));
	}

	/** A resource, e.g. a file shipped inside a bundle. */
	public static ImportInput of(String name, URL url) throws IOException {
		URLConnection connection = url.openConnection();
		long size = connection.getContentLengthLong();
		return new ImportInput(name, url.toString(), Math.max(size, 1), url::openStream);
	}
}
