package org.intdesigner.planning.ui.scenarios;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.PageBook;
import org.eclipse.ui.part.ViewPart;
import org.intdesigner.model.compare.ModelChange;
import org.intdesigner.model.compare.ModelComparison;
import org.intdesigner.planning.ui.scenarios.ChangeLabels.Column;
import org.intdesigner.planning.ui.scenarios.ChangeNodes.ElementNode;
import org.intdesigner.planning.ui.scenarios.ChangeNodes.TypeNode;
import org.intdesigner.ui.emf.IntdAdapterFactories;
import org.intdesigner.ui.model.ActiveModelTracker;
import org.intdesigner.ui.model.ModelManager;
import org.intdesigner.ui.model.OpenModel;

/**
 * The changes of the scenario in the active editor against its baseline, as a tree by element type and element, each
 * element's features with their values before and after; or of any two models chosen with Compare With... Filters by
 * kind, type and text; compared again shortly after every edit of either model and on every editor switch; a
 * double-click shows the element in the model editor (a removed one in its baseline). When nothing can be compared
 * the view says why and what to do.
 */
public final class ScenarioChangesView extends ViewPart {

	public static final String ID = "org.intdesigner.planning.ui.scenarioChanges";
	/** Typing in the Properties view makes a command per field; compare once the typing pauses. */
	private static final int DEBOUNCE_MS = 300;
	/** Above this many elements changed the tree opens with its types closed, so a first look stays quick. */
	private static final int EXPANDED_LIMIT = 300;

	private ChangeIcons icons;
	private PageBook book;
	private Composite messagePage;
	private Label message;
	private Composite changesPage;
	private ChangeFilterBar filters;
	private TreeViewer tree;
	private ActiveModelTracker editorTracker;
	private Action follow;
	private Action swapAction;

	/** The scenario followed: the model of the active editor, while no two models are pinned by Compare With. */
	private OpenModel followed;
	private Path pinnedBefore;
	private Path pinnedAfter;
	private boolean swapped;
	private Comparison comparison = Comparison.unavailable(null, null, Comparisons.NO_MODEL);
	private List<TypeNode> nodes = List.of();
	private ChangeTreeContext context = ChangeTreeContext.NONE;
	/** The model editor's labels, for elements without a name of their own. */
	private ComposedAdapterFactory adapters;
	private String shownPair;
	/** The types shown since the pair was first shown: a type that appears later opens as the first ones did. */
	private final Set<String> shownTypes = new HashSet<>();
	private final Set<OpenModel> heard = new HashSet<>();
	/** The models open when last compared: switching between editors of the same models compares nothing again. */
	private List<OpenModel> openAtRefresh = List.of();
	private final CommandStackListener edited = event -> refreshSoon();
	private final Runnable refreshTask = this::refresh;

	@Override
	public void createPartControl(Composite parent) {
		icons = new ChangeIcons(parent.getDisplay());
		adapters = IntdAdapterFactories.create();
		book = new PageBook(parent, SWT.NONE);
		messagePage = new Composite(book, SWT.NONE);
		GridLayoutFactory.swtDefaults().margins(8, 8).applyTo(messagePage);
		message = new Label(messagePage, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(message);

		changesPage = new Composite(book, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(changesPage);
		filters = new ChangeFilterBar(changesPage, icons, this::showChanges);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(filters.getControl());
		tree = new TreeViewer(changesPage, SWT.FULL_SELECTION | SWT.MULTI | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(tree.getControl());
		tree.getTree().setHeaderVisible(true);
		tree.getTree().setLinesVisible(true);
		ChangeTreeContent content = new ChangeTreeContent();
		tree.setContentProvider(content);
		tree.setComparer(content);
		tree.setUseHashlookup(true);
		column("Element / feature", 440, Column.ELEMENT);
		column("Change", 150, Column.CHANGE);
		column("Before", 290, Column.BEFORE);
		column("After", 290, Column.AFTER);
		ColumnViewerToolTipSupport.enableFor(tree);
		tree.addDoubleClickListener(event -> revealSelected());
		getSite().setSelectionProvider(tree);
		contributeActions();
		showComparison();
		editorTracker = ActiveModelTracker.install(getSite().getPage(), this::followEditor);
	}

	private void column(String title, int width, Column column) {
		TreeViewerColumn viewerColumn = new TreeViewerColumn(tree, SWT.NONE);
		viewerColumn.getColumn().setText(title);
		viewerColumn.getColumn().setWidth(width);
		viewerColumn.setLabelProvider(ChangeLabels.provider(column, icons));
	}

	private void contributeActions() {
		var toolBar = getViewSite().getActionBars().getToolBarManager();
		Action swap = new Action("Swap Sides", IAction.AS_CHECK_BOX) {
			@Override
			public void run() {
				swapped = isChecked();
				refresh();
			}
		};
		swap.setToolTipText("Compare the other way round: what the second model would change to become the first");
		swapAction = swap;
		toolBar.add(swap);
		follow = action("Follow Active Editor", "Show the changes of the scenario in the active editor again, instead of"
				+ " the two models chosen with Compare With...", this::followActiveEditor);
		follow.setEnabled(false);
		toolBar.add(follow);
		toolBar.add(action("Expand All", "Show every element and feature changed", () -> tree.expandAll()));
		toolBar.add(action("Collapse All", "Show the types of element only", () -> tree.collapseAll()));
	}

	private static Action action(String text, String toolTip, Runnable run) {
		Action action = new Action(text) {
			@Override
			public void run() {
				run.run();
			}
		};
		action.setToolTipText(toolTip);
		return action;
	}

	/** Compares {@code before} with {@code after} (model files; the open models when open) until Follow Active Editor. */
	public void compare(Path before, Path after) {
		pinnedBefore = before.toAbsolutePath().normalize();
		pinnedAfter = after.toAbsolutePath().normalize();
		swapped = false;
		swapAction.setChecked(false);
		follow.setEnabled(true);
		refresh();
	}

	/** Shows the changes of the scenario in the active editor again. */
	public void followActiveEditor() {
		pinnedBefore = null;
		pinnedAfter = null;
		follow.setEnabled(false);
		followed = ActiveModelTracker.modelToFollow(getSite().getPage(), getSite().getPage().getActiveEditor(), followed);
		refresh();
	}

	private boolean pinned() {
		return pinnedBefore != null;
	}

	/**
	 * The scenario of the editor activated; an editor of no model keeps the one shown, and so does its own baseline
	 * (opened to show an element removed). Opening or closing editors can change which models are open: compare again.
	 */
	private void followEditor(IEditorPart editor) {
		if (tree == null || tree.getControl().isDisposed()) {
			return;
		}
		OpenModel model = ActiveModelTracker.modelOf(editor);
		boolean keep = pinned() || model == null && editor != null || model == followed
				|| model != null && followed != null && comparison.before() != null
						&& model.getFile().toAbsolutePath().normalize().equals(comparison.before().file());
		if (!keep) {
			followed = model != null ? model : ActiveModelTracker.modelToFollow(getSite().getPage(), editor, followed);
			refresh();
		} else if (!ModelManager.INSTANCE.openModels().equals(openAtRefresh)) {
			refreshSoon(); // a baseline opened (its unsaved edits count) or closed (read from its file again)
		}
	}

	private void refreshSoon() {
		if (tree != null && !tree.getControl().isDisposed()) {
			tree.getControl().getDisplay().timerExec(-1, refreshTask);
			tree.getControl().getDisplay().timerExec(DEBOUNCE_MS, refreshTask);
		}
	}

	/** Compares again and shows the result. */
	private void refresh() {
		if (tree == null || tree.getControl().isDisposed()) {
			return;
		}
		tree.getControl().getDisplay().timerExec(-1, refreshTask);
		if (followed != null && !ModelManager.INSTANCE.openModels().contains(followed)) {
			followed = ActiveModelTracker.modelToFollow(getSite().getPage(), getSite().getPage().getActiveEditor(), null);
		}
		openAtRefresh = ModelManager.INSTANCE.openModels();
		show(compare());
	}

	/** Shows {@code shown}, listening to the open models in it: what every comparison made here goes through. */
	void show(Comparison shown) {
		comparison = shown;
		context = comparison.available() ? ChangeTreeContext.of(comparison.before().model(), comparison.after().model(),
				comparison.changes(), adapters) : ChangeTreeContext.NONE;
		hear(comparison);
		showComparison();
	}

	private Comparison compare() {
		if (pinned()) {
			ComparedModel before;
			ComparedModel after;
			try {
				before = ComparedModel.at(pinnedBefore);
				after = ComparedModel.at(pinnedAfter);
			} catch (IOException e) {
				return Comparison.unavailable(null, null, "Comparison unavailable: " + e.getMessage());
			}
			return swapped ? Comparisons.of(after, before) : Comparisons.of(before, after);
		}
		if (followed == null) {
			return Comparison.unavailable(null, null, Comparisons.NO_MODEL);
		}
		Comparison scenario = Comparisons.ofScenario(followed);
		return swapped && scenario.available() ? Comparisons.of(scenario.after(), scenario.before()) : scenario;
	}

	/** Listens to the command stacks of the open models compared (and of the scenario, whose baseline may be set). */
	private void hear(Comparison shown) {
		Set<OpenModel> now = new HashSet<>();
		if (followed != null && !pinned()) {
			now.add(followed);
		}
		for (ComparedModel side : new ComparedModel[] { shown.before(), shown.after() }) {
			if (side != null && side.open() != null) {
				now.add(side.open());
			}
		}
		heard.stream().filter(open -> !now.contains(open)).forEach(open -> open.getCommandStack().removeCommandStackListener(edited));
		now.stream().filter(open -> !heard.contains(open)).forEach(open -> open.getCommandStack().addCommandStackListener(edited));
		heard.clear();
		heard.addAll(now);
	}

	private void showComparison() {
		if (!comparison.available()) {
			nodes = List.of();
			shownPair = null;
			message.setText(comparison.unavailable());
			setContentDescription("");
			book.showPage(messagePage);
			messagePage.layout(true);
			return;
		}
		Map<ModelChange.Kind, Integer> counts = ModelComparison.counts(comparison.changes());
		for (ModelChange.Kind kind : ModelChange.Kind.values()) {
			filters.setCount(kind, counts.getOrDefault(kind, 0));
		}
		Set<String> types = new TreeSet<>();
		comparison.changes().forEach(change -> types.add(change.type()));
		filters.setTypes(List.copyOf(types));
		book.showPage(changesPage);
		showChanges();
	}

	/** The changes that pass the filters, keeping the rows open and selected when the same two models are compared again. */
	private void showChanges() {
		if (!comparison.available()) {
			return;
		}
		String pair = comparison.before().file() + "\n" + comparison.after().file();
		boolean again = pair.equals(shownPair);
		Object[] expanded = tree.getExpandedElements();
		ISelection selection = tree.getSelection();
		nodes = ChangeNodes.of(comparison.changes(), filters.filter(), context);
		tree.getTree().setRedraw(false);
		try {
			tree.setInput(nodes);
			if (again) {
				tree.setExpandedElements(expanded);
				tree.setSelection(selection, false);
			} else {
				shownTypes.clear();
			}
			boolean open = ChangeNodes.elementCount(nodes) <= EXPANDED_LIMIT;
			for (TypeNode node : nodes) {
				if (shownTypes.add(node.type()) && open) {
					tree.setExpandedState(node, true);
				}
			}
		} finally {
			tree.getTree().setRedraw(true);
		}
		shownPair = pair;
		setContentDescription(ChangeSummary.of(comparison, nodes));
	}

	private void revealSelected() {
		Object node = tree.getStructuredSelection().getFirstElement();
		ModelChange change = node instanceof ModelChange c ? c : node instanceof ElementNode element ? element.first() : null;
		if (change == null) {
			if (node != null) {
				tree.setExpandedState(node, !tree.getExpandedState(node));
			}
			return;
		}
		ComparedModel side = change.change() == ModelChange.Kind.REMOVED ? comparison.before() : comparison.after();
		try {
			if (ElementReveal.reveal(getSite().getPage(), side.file(), change.id()) == null) {
				MessageDialog.openInformation(getSite().getShell(), "Scenario Changes", change.name() + " is no longer in "
						+ side.fileName() + ".");
			}
		} catch (PartInitException | ClassCastException e) {
			MessageDialog.openError(getSite().getShell(), "Scenario Changes", "Could not open " + side.file() + ": "
					+ e.getMessage());
		}
	}

	/** What the view says instead of changes (null while it shows changes): for tests. */
	public String getMessage() {
		return comparison.available() ? null : comparison.unavailable();
	}

	/** The rows shown now, filtered: for tests. */
	List<TypeNode> getNodes() {
		return nodes;
	}

	/** Every change of the comparison shown, unfiltered: for tests. */
	public List<ModelChange> getChanges() {
		return comparison.changes();
	}

	TreeViewer getTreeViewer() {
		return tree;
	}

	ChangeFilterBar getFilters() {
		return filters;
	}

	@Override
	public void setFocus() {
		if (comparison.available()) {
			tree.getControl().setFocus();
		} else {
			book.setFocus();
		}
	}

	@Override
	public void dispose() {
		if (editorTracker != null) {
			editorTracker.uninstall();
		}
		heard.forEach(open -> open.getCommandStack().removeCommandStackListener(edited));
		heard.clear();
		if (tree != null && !tree.getControl().isDisposed()) {
			tree.getControl().getDisplay().timerExec(-1, refreshTask);
		}
		if (icons != null) {
			icons.dispose();
		}
		if (adapters != null) {
			adapters.dispose();
		}
		super.dispose();
	}
}
