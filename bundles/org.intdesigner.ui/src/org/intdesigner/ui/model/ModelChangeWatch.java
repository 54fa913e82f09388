package org.intdesigner.ui.model;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.ECrossReferenceAdapter;

/**
 * The open model's cross-reference index, which also notes whether the model file's contents changed since the
 * last save. The model shares its command stack with the diagrams drawn of it, whose layout lives in their own
 * files: a node moved on a diagram is a command on that stack, yet leaves the model file as saved. Riding on the
 * index (already on every object) costs no adapter of its own.
 */
final class ModelChangeWatch extends ECrossReferenceAdapter {

	private final Resource model;
	private volatile boolean changedSinceSave;

	ModelChangeWatch(Resource model) {
		this.model = model;
	}

	@Override
	public void notifyChanged(Notification notification) {
		super.notifyChanged(notification);
		if (!notification.isTouch() && !changedSinceSave) {
			Object notifier = notification.getNotifier();
			changedSinceSave = notifier == model ? notification.getFeatureID(Resource.class) == Resource.RESOURCE__CONTENTS
					: notifier instanceof EObject object && object.eResource() == model;
		}
	}

	boolean changedSinceSave() {
		return changedSinceSave;
	}

	void saved() {
		changedSinceSave = false;
	}
}
