package org.intdesigner.ui.explorer;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.jface.viewers.IPostSelectionProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;

/**
 * A view's one selection provider for its life, passing on the selection of the viewer it shows now. The
 * workbench listens to the provider a view has when its controls are made and never looks again, so a view that
 * swaps viewers (the Model Explorer, one tree per model) and set each as its provider fed nothing to Properties
 * after the first.
 */
final class SwitchingSelectionProvider implements IPostSelectionProvider {

	private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();
	private final ListenerList<ISelectionChangedListener> postListeners = new ListenerList<>();
	private final ISelectionChangedListener passOn = event -> fire(listeners, event.getSelection());
	private final ISelectionChangedListener passOnPost = event -> fire(postListeners, event.getSelection());
	private ISelectionProvider shown;

	/** Passes on {@code provider}'s selection from now on (null: none), telling listeners the selection it has. */
	void show(ISelectionProvider provider) {
		if (shown != null) {
			shown.removeSelectionChangedListener(passOn);
			if (shown instanceof IPostSelectionProvider post) {
				post.removePostSelectionChangedListener(passOnPost);
			}
		}
		shown = provider;
		if (shown != null) {
			shown.addSelectionChangedListener(passOn);
			if (shown instanceof IPostSelectionProvider post) {
				post.addPostSelectionChangedListener(passOnPost);
			}
		}
		ISelection now = getSelection();
		fire(listeners, now);
		fire(postListeners, now);
	}

	private void fire(ListenerList<ISelectionChangedListener> to, ISelection selection) {
		SelectionChangedEvent event = new SelectionChangedEvent(this, selection);
		for (ISelectionChangedListener listener : to) {
			listener.selectionChanged(event);
		}
	}

	@Override
	public ISelection getSelection() {
		return shown == null ? StructuredSelection.EMPTY : shown.getSelection();
	}

	@Override
	public void setSelection(ISelection selection) {
		if (shown != null) {
			shown.setSelection(selection);
		}
	}

	@Override
	public void addSelectionChangedListener(ISelectionChangedListener listener) {
		listeners.add(listener);
	}

	@Override
	public void removeSelectionChangedListener(ISelectionChangedListener listener) {
		listeners.remove(listener);
	}

	@Override
	public void addPostSelectionChangedListener(ISelectionChangedListener listener) {
		postListeners.add(listener);
	}

	@Override
	public void removePostSelectionChangedListener(ISelectionChangedListener listener) {
		postListeners.remove(listener);
	}
}
