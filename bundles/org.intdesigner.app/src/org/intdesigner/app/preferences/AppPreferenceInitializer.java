package org.intdesigner.app.preferences;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.intdesigner.app.AppPlugin;

/** Default values of the application's preferences. */
public final class AppPreferenceInitializer extends AbstractPreferenceInitializer {

	@Override
	public void initializeDefaultPreferences() {
		DefaultScope.INSTANCE.getNode(AppPlugin.PLUGIN_ID).putInt(AppPreferences.RECENT_FILES_MAX,
				AppPreferences.RECENT_FILES_MAX_DEFAULT);
	}
}
