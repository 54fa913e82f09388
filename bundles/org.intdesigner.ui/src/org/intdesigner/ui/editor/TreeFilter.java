package org.intdesigner.ui.editor;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ILabelProvider;
import org.intdesigner.model.edit.FeatureGroupItemProvider;

/**
 * Shows the objects whose label contains the search text (any case), with the path down to
 * them. The visible set is computed once per search text in one pass over the model, so
 * filtering costs the same however deep the match sits.
 */
final class TreeFilter implements java.util.function.Predicate<Object> {

	private final ILabelProvider labels;
	private Set<Object> visible;

	TreeFilter(ILabelProvider labels) {
		this.labels = labels;
	}

	/** Returns true when something matched; an empty text shows everything. */
	boolean setText(String text, EObject root) {
		if (text == null || text.isBlank()) {
			visible = null;
			return true;
		}
		String needle = text.trim().toLowerCase(Locale.ROOT);
		Set<Object> shown = new HashSet<>();
		for (TreeIterator<EObject> it = root.eAllContents(); it.hasNext();) {
			EObject object = it.next();
			String label = labels.getText(object);
			if (label != null && label.toLowerCase(Locale.ROOT).contains(needle)) {
				for (EObject up = object; up != null && shown.add(up); up = up.eContainer()) {
					// the match and every container up to the root stay visible
				}
			}
		}
		shown.add(root);
		visible = shown;
		return shown.size() > 1;
	}

	boolean isActive() {
		return visible != null;
	}

	int visibleCount() {
		return visible == null ? Integer.MAX_VALUE : visible.size();
	}

	@Override
	public boolean test(Object element) {
		if (visible == null || visible.contains(element)) {
			return true;
		}
		// a folder under the model root shows when something in it matches
		return element instanceof FeatureGroupItemProvider folder
				&& folder.getChildren(folder).stream().anyMatch(visible::contains);
	}
}
