package org.intdesigner.planning.ui.scenarios;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.intdesigner.model.IntdModel;
import org.intdesigner.model.io.ModelFiles;

/**
 * Baselines read from their files for comparing only, not open in any editor: each read once and kept while the file
 * is unchanged on disk, so that every edit of a scenario is compared without reading its baseline again. Nothing here
 * is ever changed or saved.
 */
final class ReadOnlyModels {

	private record Read(FileTime modified, long size, IntdModel model) {
	}

	private static final Map<Path, Read> READ = new ConcurrentHashMap<>();

	private ReadOnlyModels() {
	}

	/** The model in {@code file} as saved; a damaged or refused file throws with ModelFiles' explanation. */
	static IntdModel read(Path file) throws IOException {
		Path normal = file.toAbsolutePath().normalize();
		FileTime modified = Files.getLastModifiedTime(normal);
		long size = Files.size(normal);
		Read read = READ.get(normal);
		if (read == null || !read.modified().equals(modified) || read.size() != size) {
			read = new Read(modified, size, ModelFiles.load(normal).model());
			READ.put(normal, read);
		}
		return read.model();
	}
}
