package org.intdesigner.app.files;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.intdesigner.app.AppPlugin;
import org.intdesigner.app.preferences.AppPreferences;
import org.osgi.service.prefs.BackingStoreException;

/**
 * The files the user opened most recently, newest first, kept in the instance preferences (that
 * is, in the user's data folder) so that File &gt; Open Recent survives restarts.
 */
public final class RecentFiles {

	private static final String KEY = "recentFiles";

	private final IEclipsePreferences preferences;

	public RecentFiles() {
		this(InstanceScope.INSTANCE.getNode(AppPlugin.PLUGIN_ID));
	}

	RecentFiles(IEclipsePreferences preferences) {
		this.preferences = preferences;
	}

	public List<Path> list() {
		String stored = preferences.get(KEY, "");
		List<Path> files = new ArrayList<>();
		Arrays.stream(stored.split("\n")).filter(s -> !s.isBlank()).map(Path::of).forEach(files::add);
		return files;
	}

	/** Moves the file to the top of the list, dropping the oldest beyond the configured length. */
	public void add(Path file) {
		Path normalized = file.toAbsolutePath().normalize();
		List<Path> files = list();
		files.remove(normalized);
		files.add(0, normalized);
		int max = Math.max(1, preferences.getInt(AppPreferences.RECENT_FILES_MAX, AppPreferences.RECENT_FILES_MAX_DEFAULT));
		store(files.subList(0, Math.min(max, files.size())));
	}

	public void remove(Path file) {
		List<Path> files = list();
		if (files.remove(file.toAbsolutePath().normalize())) {
			store(files);
		}
	}

	public void clear() {
		store(List.of());
	}

	private void store(List<Path> files) {
		preferences.put(KEY, String.join("\n", files.stream().map(Path::toString).toList()));
		try {
			preferences.flush();
		} catch (BackingStoreException e) {
			AppPlugin.logError("Could not save the list of recent files", e);
		}
	}
}
