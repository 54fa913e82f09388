package org.intdesigner.ui.emf;

import java.util.Collection;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.edit.provider.IChangeNotifier;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.IViewerNotification;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.widgets.Display;

/**
 * Tree content from the item providers, kept in step with the model: every change the item
 * providers announce refreshes the notifier in the viewer (children and label as they say).
 * Children are asked for only when a node is expanded, so a model of any size shows its root at once.
 */
public class ItemContentProvider implements ITreeContentProvider, INotifyChangedListener {

	private final AdapterFactory adapterFactory;
	private StructuredViewer viewer;

	public ItemContentProvider(AdapterFactory adapterFactory) {
		this.adapterFactory = adapterFactory;
		if (adapterFactory instanceof IChangeNotifier notifier) {
			notifier.addListener(this);
		}
	}

	@Override
	public void inputChanged(Viewer newViewer, Object oldInput, Object newInput) {
		viewer = (StructuredViewer) newViewer;
	}

	@Override
	public Object[] getElements(Object input) {
		if (input instanceof Object[] array) {
			return array;
		}
		if (input instanceof Collection<?> collection) {
			return collection.toArray();
		}
		return getChildren(input);
	}

	@Override
	public Object[] getChildren(Object parent) {
		ITreeItemContentProvider provider = provider(parent);
		return provider != null ? provider.getChildren(parent).toArray() : new Object[0];
	}

	@Override
	public Object getParent(Object element) {
		ITreeItemContentProvider provider = provider(element);
		return provider != null ? provider.getParent(element) : null;
	}

	@Override
	public boolean hasChildren(Object element) {
		ITreeItemContentProvider provider = provider(element);
		return provider != null && provider.hasChildren(element);
	}

	private ITreeItemContentProvider provider(Object element) {
		return (ITreeItemContentProvider) adapterFactory.adapt(element, ITreeItemContentProvider.class);
	}

	@Override
	public void notifyChanged(Notification notification) {
		if (!(notification instanceof IViewerNotification change) || viewer == null
				|| viewer.getControl().isDisposed()) {
			return;
		}
		Runnable refresh = () -> {
			if (viewer.getControl().isDisposed()) {
				return;
			}
			Object element = change.getElement();
			if (change.isContentRefresh()) {
				viewer.refresh(element, change.isLabelUpdate());
			} else if (change.isLabelUpdate()) {
				viewer.update(element, null);
			}
		};
		Display display = viewer.getControl().getDisplay();
		if (Display.getCurrent() == display) {
			refresh.run();
		} else {
			display.asyncExec(refresh);
		}
	}

	@Override
	public void dispose() {
		if (adapterFactory instanceof IChangeNotifier notifier) {
			notifier.removeListener(this);
		}
	}
}
