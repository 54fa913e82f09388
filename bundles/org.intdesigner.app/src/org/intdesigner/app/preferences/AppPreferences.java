package org.intdesigner.app.preferences;

/** Preference keys of the application bundle (instance scope, stored in the user's data folder). */
public final class AppPreferences {

	public static final String RECENT_FILES_MAX = "recentFilesMax";
	public static final int RECENT_FILES_MAX_DEFAULT = 8;

	private AppPreferences() {
	}
}
