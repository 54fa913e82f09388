package org.intdesigner.planning.ui.scenarios;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.LinkedHashMap;
import java.util.Map;

import org.intdesigner.model.IntdModel;
import org.intdesigner.model.io.ModelFiles;

/**
 * Baselines read from their files for comparing only, not open in any editor: each read once and kept while the file
 * is unchanged on disk (the last few only), so that every edit of a scenario is compared without reading its baseline
 * again. Nothing here is ever changed or saved.
 */
final class ReadOnlyModels {

	private record Read(FileTime modified, long size, IntdModel model) {
	}

	/** The last few baselines read: a London-scale model is large, and a planner compares with one or two at a time. */
	private static final int KEPT = 4;
	private static final Map<Path, Read> READ = new LinkedHashMap<>(8, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<Path, Read> eldest) {
			return size() > KEPT;
		}
	};

	private ReadOnlyModels() {
	}

	/** The model in {@code file} as saved; a damaged or refused file throws with ModelFiles' explanation. */
	static synchronized IntdModel read(Path file) throws IOException {
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
