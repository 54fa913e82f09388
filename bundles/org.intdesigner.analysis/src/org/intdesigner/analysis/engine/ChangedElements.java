package org.intdesigner.analysis.engine;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EContentAdapter;

/**
 * Collects the elements an edit touched, for re-validation (attach it to the model root): whatever changed, what was added, and
 * what a removed element or an old reference value pointed at (a post moved away from its manager
 * changes that manager's span too).
 */
public final class ChangedElements extends EContentAdapter {

	private final Set<EObject> changed = new LinkedHashSet<>();

	@Override
	public void notifyChanged(Notification notification) {
		super.notifyChanged(notification);
		if (notification.isTouch() || !(notification.getNotifier() instanceof EObject notifier)) {
			return;
		}
		changed.add(notifier);
		add(notification.getNewValue(), false);
		add(notification.getOldValue(), true);
	}

	private void add(Object value, boolean old) {
		if (value instanceof EObject element) {
			changed.add(element);
			if (old) {
				changed.addAll(element.eCrossReferences());
			}
		} else if (value instanceof Collection<?> values) {
			values.forEach(v -> add(v, old));
		}
	}

	/** What changed since the last call; the collection starts afresh. */
	public Set<EObject> drain() {
		Set<EObject> drained = new LinkedHashSet<>(changed);
		changed.clear();
		return drained;
	}
}
