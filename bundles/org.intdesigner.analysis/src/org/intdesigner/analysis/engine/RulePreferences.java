package org.intdesigner.analysis.engine;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

/**
 * The user's rule settings (rules off, severities, parameters) in the data folder's preferences,
 * under the same keys the command line takes ({@code SPAN-001.max=20}).
 */
public final class RulePreferences {

	static final String NODE = "org.intdesigner.analysis.rules";

	private RulePreferences() {
	}

	public static RuleSettings load() {
		IEclipsePreferences node = InstanceScope.INSTANCE.getNode(NODE);
		Map<String, String> values = new HashMap<>();
		try {
			for (String key : node.keys()) {
				values.put(key, node.get(key, ""));
			}
		} catch (BackingStoreException e) {
			return RuleSettings.defaults();
		}
		return RuleSettings.of(values);
	}

	public static void save(RuleSettings settings) throws BackingStoreException {
		IEclipsePreferences node = InstanceScope.INSTANCE.getNode(NODE);
		node.clear();
		settings.toMap().forEach(node::put);
		node.flush();
	}
}
