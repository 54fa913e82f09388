package org.intdesigner.planning.ui.scenarios;

import java.util.Locale;
import java.util.Set;

import org.intdesigner.model.compare.ModelChange;

/**
 * Which changes the view shows: of the kinds ticked, of one element type (null: every type), and containing the text
 * typed (in the element's code or name, the feature, before or after; any case).
 */
record ChangeFilter(Set<ModelChange.Kind> kinds, String type, String text) {

	boolean accepts(ModelChange change) {
		if (!kinds.contains(change.change()) || type != null && !type.equals(change.type())) {
			return false;
		}
		if (text == null || text.isBlank()) {
			return true;
		}
		String wanted = text.trim().toLowerCase(Locale.ROOT);
		return contains(change.code(), wanted) || contains(change.name(), wanted) || contains(change.feature(), wanted)
				|| contains(ChangeLabels.featureName(change), wanted) || contains(change.before(), wanted)
				|| contains(change.after(), wanted);
	}

	private static boolean contains(String field, String wanted) {
		return field != null && field.toLowerCase(Locale.ROOT).contains(wanted);
	}
}
