package org.intdesigner.development.ui;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;

/**
 * The skill sufficiency (percent) below which the Skill sufficiency diagram marks a team: 80 unless set in
 * Preferences > INT Designer > Skills. Kept in the workbench's instance preferences (the data folder).
 */
public final class SufficiencyThreshold {

	public static final String KEY = "sufficiencyThreshold";
	public static final int DEFAULT = org.intdesigner.development.SkillSufficiency.DEFAULT_THRESHOLD;

	private SufficiencyThreshold() {
	}

	public static int get() {
		return Math.max(0, Math.min(100, node().getInt(KEY, DEFAULT)));
	}

	/** Sets it (0-100) and keeps it. */
	public static void set(int percent) {
		if (percent < 0 || percent > 100) {
			throw new IllegalArgumentException("A sufficiency threshold is a percentage, 0 to 100, not " + percent + ".");
		}
		IEclipsePreferences node = node();
		node.putInt(KEY, percent);
		try {
			node.flush();
		} catch (org.osgi.service.prefs.BackingStoreException e) {
			// kept in memory for this session; the next flush writes it
		}
	}

	static IEclipsePreferences node() {
		return InstanceScope.INSTANCE.getNode(DevelopmentUiIds.PLUGIN_ID);
	}
}
