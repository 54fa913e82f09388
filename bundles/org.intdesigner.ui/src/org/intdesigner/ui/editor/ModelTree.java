package org.intdesigner.ui.editor;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Text;
import org.intdesigner.analysis.engine.ModelValidation;
import org.intdesigner.ui.actions.EditActions;
import org.intdesigner.ui.emf.ItemContentProvider;
import org.intdesigner.ui.emf.ItemImages;
import org.intdesigner.ui.emf.ItemLabelProvider;

/**
 * A model as a tree with a search box above it: icons and labels from the item providers,
 * children fetched on expansion (virtual tree), a context menu with New and the edit actions,
 * and drag and drop. The editor and the Model Explorer both show models this way.
 */
public final class ModelTree {

	private static final int FILTER_DELAY_MS = 250;
	/** Beyond this many matches the tree stays collapsed: expanding would take longer than reading. */
	private static final int MAX_EXPANDED = 5000;

	private final Composite composite;
	private final Text search;
	private final TreeViewer viewer;
	private final ItemLabelProvider labels;
	private final TreeFilter filter;
	private final ItemContentProvider content;
	private final TreeRename rename;
	private EObject filterRoot;
	private int filterGeneration;

	public ModelTree(Composite parent, AdapterFactoryEditingDomain domain, EditActions actions) {
		composite = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(composite);
		search = new Text(composite, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		search.setMessage("Filter by name");
		search.setToolTipText("Show only the elements whose name contains this text");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(search);
		viewer = new TreeViewer(composite, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL | SWT.VIRTUAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
		viewer.setUseHashlookup(true);
		labels = new ItemLabelProvider(domain.getAdapterFactory(), new ItemImages(viewer.getControl()));
		content = new ItemContentProvider(domain.getAdapterFactory());
		viewer.setContentProvider(content);
		viewer.setLabelProvider(labels);
		filter = new TreeFilter(labels);
		content.setFilter(filter);
		search.addModifyListener(e -> scheduleFilter());
		rename = TreeRename.install(domain, viewer);
		installContextMenu(domain, actions);
		TreeDragDrop.install(domain, viewer);
	}

	private MenuManager contextMenu;

	private void installContextMenu(AdapterFactoryEditingDomain domain, EditActions actions) {
		contextMenu = new MenuManager("#PopupMenu");
		contextMenu.setRemoveAllWhenShown(true);
		contextMenu.addMenuListener(manager -> {
			NewChildMenu.fill(manager, domain, viewer);
			rename.update();
			manager.add(rename.getAction());
			actions.fillContextMenu(manager);
			// other plug-ins add here (Diagrams, for one) once the part registers the menu with its site
			manager.add(new org.eclipse.jface.action.Separator(org.eclipse.ui.IWorkbenchActionConstants.MB_ADDITIONS));
		});
		viewer.getControl().setMenu(contextMenu.createContextMenu(viewer.getControl()));
	}

	/** Marks the icons of elements with findings, kept current as the model is re-validated. */
	public void showFindings(ModelValidation validation) {
		var decorations = new FindingDecorations(viewer, validation);
		labels.setDecorator(decorations::decorate);
	}

	/** The context menu, for the part to register with its site so contributions appear in it. */
	public MenuManager getContextMenu() {
		return contextMenu;
	}

	/** Filtering waits until typing pauses, so a big model is not searched on every key. */
	private void scheduleFilter() {
		int generation = ++filterGeneration;
		Display.getCurrent().timerExec(FILTER_DELAY_MS, () -> {
			if (generation == filterGeneration && !viewer.getControl().isDisposed()) {
				applyFilter();
			}
		});
	}

	/** Applies the search text now (tests and Enter). */
	public void applyFilter() {
		if (filterRoot == null) {
			return;
		}
		boolean found = filter.setText(search.getText(), filterRoot);
		content.setFilter(filter);
		viewer.getControl().setRedraw(false);
		try {
			viewer.refresh();
			if (filter.isActive() && filter.visibleCount() <= MAX_EXPANDED) {
				viewer.expandAll();
			}
		} finally {
			viewer.getControl().setRedraw(true);
		}
		search.setForeground(found ? null : search.getDisplay().getSystemColor(SWT.COLOR_RED));
	}

	/** Shows {@code input}; {@code root} is what the search box searches. */
	public void setInput(Object input, EObject root) {
		filterRoot = root;
		viewer.setInput(input);
	}

	/** Rename in place, for the part's global Rename (F2) handler. */
	public org.eclipse.jface.action.IAction getRenameAction() {
		return rename.getAction();
	}

	public TreeViewer getViewer() {
		return viewer;
	}

	public Text getSearch() {
		return search;
	}

	public Composite getControl() {
		return composite;
	}
}
