package org.intdesigner.ui.explorer;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.DoubleClickEvent;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.part.PageBook;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.intdesigner.ui.actions.EditActions;
import org.intdesigner.ui.editor.ModelTree;
import org.intdesigner.ui.emf.ItemPropertySourceProvider;
import org.intdesigner.ui.emf.ModelPropertySheetPage;
import org.intdesigner.ui.model.ActiveModelTracker;
import org.intdesigner.ui.model.OpenModel;

/**
 * The Model Explorer: the model of the active editor as a tree, beside diagrams and other
 * views. It shares the editor's editing domain, so its edits are undone by the same Undo and
 * make the same editor dirty. With no model open it says how to open one.
 */
public class ModelExplorerView extends ViewPart {

	public static final String ID = "org.intdesigner.ui.modelExplorer";

	private PageBook book;
	private Label empty;
	private ModelTree tree;
	private OpenModel shown;
	private final EditActions actions = new EditActions();
	private final SwitchingSelectionProvider treeSelection = new SwitchingSelectionProvider();
	private final List<ModelPropertySheetPage> propertyPages = new ArrayList<>();

	private ActiveModelTracker editorTracker;

	@Override
	public void createPartControl(Composite parent) {
		book = new PageBook(parent, SWT.NONE);
		Composite message = new Composite(book, SWT.NONE);
		message.setLayout(new FillLayout());
		empty = new Label(message, SWT.WRAP);
		empty.setText("No model is open. Use File > New... to create one, or File > Open File... to open an .intd file.");
		book.showPage(message);
		getSite().setSelectionProvider(treeSelection);
		getSite().getPage().addPostSelectionListener(editorSelection);
		editorTracker = ActiveModelTracker.install(getSite().getPage(), this::showEditor);
	}

	/** Follows the selection of the editor it shows (a diagram, the model editor), so both show the same objects. */
	private final ISelectionListener editorSelection = (part, selection) -> {
		if (tree == null || part == this || !(part instanceof IEditorPart editor) || editor.getAdapter(OpenModel.class) != shown
				|| !(selection instanceof IStructuredSelection structured) || structured.isEmpty()) {
			return;
		}
		List<?> elements = structured.toList();
		if (elements.stream().allMatch(e -> e instanceof EObject object && object.eResource() == shown.getResource())
				&& !elements.equals(tree.getViewer().getStructuredSelection().toList())) {
			tree.getViewer().setSelection(new StructuredSelection(elements), true);
		}
	};

	private void showEditor(IEditorPart editor) {
		OpenModel model = ActiveModelTracker.modelOf(editor);
		if (model == shown || book.isDisposed()) {
			return;
		}
		shown = model;
		followInProperties();
		if (tree != null) {
			tree.getControl().dispose();
			tree = null;
		}
		if (model == null) {
			treeSelection.show(null);
			actions.setContext(null, null);
			book.showPage(empty.getParent());
			return;
		}
		tree = new ModelTree(book, model.getDomain(), actions);
		tree.setInput(model.getResource(), model.getModel());
		tree.showFindings(model.getValidation());
		TreeViewer viewer = tree.getViewer();
		viewer.expandToLevel(model.getModel(), 1);
		viewer.addDoubleClickListener(this::toggle);
		actions.setRename(tree.getRenameAction());
		actions.setContext(model.getDomain(), viewer);
		actions.contributeTo(getViewSite().getActionBars());
		treeSelection.show(viewer);
		getSite().registerContextMenu(ID + "." + System.identityHashCode(tree), tree.getContextMenu(), viewer);
		book.showPage(tree.getControl());
	}

	private void toggle(DoubleClickEvent event) {
		Object element = ((IStructuredSelection) event.getSelection()).getFirstElement();
		TreeViewer viewer = tree.getViewer();
		viewer.setExpandedState(element, !viewer.getExpandedState(element));
	}

	public ModelTree getTree() {
		return tree;
	}

	public void select(Object element) {
		if (tree != null) {
			tree.getViewer().setSelection(new StructuredSelection(element), true);
		}
	}

	/**
	 * A Properties page for each request (the Properties view disposes the pages it asked for), each following the
	 * model shown: a view that answered only while a model was shown got the default page, which knows nothing of
	 * model elements, and kept it, so Properties stayed empty once the explorer had been opened before a model.
	 */
	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == IPropertySheetPage.class) {
			ModelPropertySheetPage page = new ModelPropertySheetPage(null, null) {
				@Override
				public void dispose() {
					propertyPages.remove(this);
					super.dispose();
				}
			};
			propertyPages.add(page);
			follow(page);
			return adapter.cast(page);
		}
		return super.getAdapter(adapter);
	}

	private void followInProperties() {
		propertyPages.forEach(this::follow);
	}

	private void follow(ModelPropertySheetPage page) {
		page.follow(shown == null ? null : shown.getCommandStack(),
				shown == null ? null : new ItemPropertySourceProvider(shown.getAdapterFactory()));
	}

	@Override
	public void setFocus() {
		if (tree != null) {
			tree.getViewer().getControl().setFocus();
		} else {
			book.setFocus();
		}
	}

	@Override
	public void dispose() {
		if (editorTracker != null) {
			editorTracker.uninstall();
		}
		getSite().getPage().removePostSelectionListener(editorSelection);
		actions.dispose();
		super.dispose();
	}
}
