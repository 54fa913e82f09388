package org.intdesigner.ui.emf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.ECrossReferenceAdapter;
import org.eclipse.emf.edit.provider.IChangeNotifier;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.IViewerNotification;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.intdesigner.model.Element;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.widgets.Display;

/**
 * Tree content from the item providers. Children are read only when a node is opened, and a
 * list longer than {@link #PAGE} comes in pages of that size, so opening a folder of 40,000 posts
 * shows 40 page nodes at once instead of building 40,000 rows. An optional filter hides elements
 * (the search box). Children lists are cached until the item providers announce a change, which
 * also refreshes the notifier in the viewer.
 */
public class ItemContentProvider implements ITreeContentProvider, INotifyChangedListener {

	public static final int PAGE = 1000;

	private final AdapterFactory adapterFactory;
	private final Map<Object, Object[]> cache = new HashMap<>();
	private StructuredViewer viewer;
	private Predicate<Object> filter = element -> true;

	public ItemContentProvider(AdapterFactory adapterFactory) {
		this.adapterFactory = adapterFactory;
		if (adapterFactory instanceof IChangeNotifier notifier) {
			notifier.addListener(this);
		}
	}

	/** Shows only the elements {@code visible} accepts; the caller refreshes the viewer. */
	public void setFilter(Predicate<Object> visible) {
		filter = visible == null ? element -> true : visible;
		cache.clear();
	}

	@Override
	public void inputChanged(Viewer newViewer, Object oldInput, Object newInput) {
		viewer = (StructuredViewer) newViewer;
		cache.clear();
	}

	@Override
	public Object[] getElements(Object input) {
		return getChildren(input);
	}

	@Override
	public Object[] getChildren(Object parent) {
		if (parent instanceof ChildPage page) {
			return Arrays.copyOfRange(shownChildren(page.parent()), page.from(), page.to());
		}
		Object[] shown = shownChildren(parent);
		if (shown.length <= PAGE) {
			return shown;
		}
		Object[] pages = new Object[(shown.length + PAGE - 1) / PAGE];
		for (int i = 0; i < pages.length; i++) {
			pages[i] = new ChildPage(parent, i * PAGE, Math.min(shown.length, (i + 1) * PAGE));
		}
		return pages;
	}

	@Override
	public Object getParent(Object element) {
		if (element instanceof ChildPage page) {
			return page.parent();
		}
		ITreeItemContentProvider provider = provider(element);
		Object parent = provider != null ? provider.getParent(element) : null;
		if (parent == null) {
			return null;
		}
		Object[] siblings = shownChildren(parent);
		if (siblings.length <= PAGE) {
			return parent;
		}
		int index = Arrays.asList(siblings).indexOf(element);
		int from = Math.max(0, index) / PAGE * PAGE;
		return new ChildPage(parent, from, Math.min(siblings.length, from + PAGE));
	}

	@Override
	public boolean hasChildren(Object element) {
		if (element instanceof ChildPage) {
			return true;
		}
		ITreeItemContentProvider provider = provider(element);
		return provider != null && provider.hasChildren(element) && shownChildren(element).length > 0;
	}

	/** The children of {@code parent} after the filter, before paging. */
	private Object[] shownChildren(Object parent) {
		return cache.computeIfAbsent(parent, this::computeChildren);
	}

	private Object[] computeChildren(Object parent) {
		Collection<?> all;
		if (parent instanceof Resource resource) {
			all = resource.getContents();
		} else if (parent instanceof Collection<?> collection) {
			all = collection;
		} else {
			ITreeItemContentProvider provider = provider(parent);
			all = provider != null ? provider.getChildren(parent) : List.of();
		}
		List<Object> shown = new ArrayList<>(all.size());
		for (Object child : all) {
			if (filter.test(child)) {
				shown.add(child);
			}
		}
		return shown.toArray();
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
				cache.clear();
				viewer.refresh(element, change.isLabelUpdate());
			} else if (change.isLabelUpdate()) {
				viewer.update(element, null);
				updateReferrerLabels(element);
			}
		};
		Display display = viewer.getControl().getDisplay();
		if (Display.getCurrent() == display) {
			refresh.run();
		} else {
			display.asyncExec(refresh);
		}
	}

	/**
	 * Allocations, RACI entries and capability levels are labelled by what they refer to
	 * ("A: Clinical lead"): when that is renamed, their labels follow.
	 */
	private void updateReferrerLabels(Object element) {
		if (!(element instanceof EObject target)) {
			return;
		}
		ECrossReferenceAdapter index = ECrossReferenceAdapter.getCrossReferenceAdapter(target);
		if (index == null) {
			return;
		}
		for (EStructuralFeature.Setting setting : index.getInverseReferences(target, false)) {
			EObject referrer = setting.getEObject();
			if (!(referrer instanceof Element) && !setting.getEStructuralFeature().isMany()) {
				viewer.update(referrer, null);
			}
		}
	}

	@Override
	public void dispose() {
		if (adapterFactory instanceof IChangeNotifier notifier) {
			notifier.removeListener(this);
		}
		cache.clear();
	}
}
