package org.intdesigner.analysis.ui.validation;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.intdesigner.analysis.api.Finding;
import org.intdesigner.analysis.api.Rule;
import org.intdesigner.analysis.api.Severity;
import org.intdesigner.analysis.engine.RuleRegistry;
import org.intdesigner.analysis.engine.ValidationReport;
import org.intdesigner.ui.explorer.ModelExplorerView;
import org.intdesigner.ui.model.ActiveModelTracker;
import org.intdesigner.ui.model.OpenModel;

/**
 * The Validation view, like an IDE's Problems view: the findings on the model of the active editor
 * (model editor or diagram), grouped by severity or by rule, with a filter; double-click shows the
 * element in the explorer and on open editors and diagrams; the context menu offers quick fixes and
 * suppression; hovering a rule shows why it matters. Kept current as the model changes.
 */
public class ValidationView extends ViewPart {

	public static final String ID = "org.intdesigner.ui.validationView";

	private TreeViewer viewer;
	private Text filter;
	private Label summary;
	private OpenModel shown;
	private boolean byRule;
	private boolean showSuppressed = true;
	private final Consumer<ValidationReport> reportListener = report -> refreshSoon();

	private ActiveModelTracker editorTracker;


	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(2, false));
		filter = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		filter.setMessage("Filter findings");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
		filter.addModifyListener(e -> refresh());
		summary = new Label(parent, SWT.NONE);
		GridDataFactory.fillDefaults().align(SWT.END, SWT.CENTER).applyTo(summary);
		viewer = new TreeViewer(parent, SWT.FULL_SELECTION | SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().grab(true, true).span(2, 1).applyTo(viewer.getControl());
		viewer.getTree().setHeaderVisible(true);
		viewer.getTree().setLinesVisible(true);
		viewer.setContentProvider(new Content());
		column("Description", 460, this::description, this::image, null);
		column("Rule", 90, f -> f instanceof Finding finding ? finding.ruleId() : "", null, this::ruleTooltip);
		column("Element", 220, f -> f instanceof Finding finding && finding.elementName() != null ? finding.elementName() : "", null, null);
		column("Category", 110, f -> f instanceof Finding finding ? finding.category().label() : "", null, null);
		ColumnViewerToolTipSupport.enableFor(viewer);
		viewer.addDoubleClickListener(e -> {
			Object first = ((IStructuredSelection) e.getSelection()).getFirstElement();
			if (first instanceof Finding finding) {
				reveal(finding);
			} else if (first != null) {
				viewer.setExpandedState(first, !viewer.getExpandedState(first));
			}
		});
		contextMenu();
		toolbar(getViewSite().getActionBars().getToolBarManager());
		getSite().setSelectionProvider(viewer);
		editorTracker = ActiveModelTracker.install(getSite().getPage(), this::show);
	}

	private void column(String title, int width, java.util.function.Function<Object, String> text,
			java.util.function.Function<Object, Image> image, java.util.function.Function<Object, String> tooltip) {
		TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply(element);
			}

			@Override
			public Image getImage(Object element) {
				return image == null ? null : image.apply(element);
			}

			@Override
			public String getToolTipText(Object element) {
				return tooltip == null ? null : tooltip.apply(element);
			}
		});
	}

	private String description(Object element) {
		if (element instanceof FindingGroup group) {
			return group.text();
		}
		if (element instanceof Finding finding) {
			return finding.isSuppressed()
					? finding.message() + "  (suppressed: " + finding.suppression().getReason() + ")"
					: finding.message();
		}
		return "";
	}

	private Image image(Object element) {
		Severity severity = element instanceof FindingGroup group ? group.severity()
				: element instanceof Finding finding ? finding.severity() : null;
		if (severity == null) {
			return null;
		}
		ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
		return images.getImage(switch (severity) {
		case ERROR -> ISharedImages.IMG_OBJS_ERROR_TSK;
		case WARNING -> ISharedImages.IMG_OBJS_WARN_TSK;
		case INFO -> ISharedImages.IMG_OBJS_INFO_TSK;
		});
	}

	private String ruleTooltip(Object element) {
		if (!(element instanceof Finding finding)) {
			return null;
		}
		Rule rule = RuleRegistry.getDefault().find(finding.ruleId());
		return rule == null ? finding.ruleId() : rule.id() + ": " + rule.title() + "\n\n" + rule.rationale();
	}

	private void contextMenu() {
		MenuManager menu = new MenuManager("#ValidationPopup");
		menu.setRemoveAllWhenShown(true);
		menu.addMenuListener(manager -> {
			Object first = viewer.getStructuredSelection().getFirstElement();
			if (first instanceof Finding finding && shown != null) {
				manager.add(action("Show Element", () -> reveal(finding)));
				new FindingActions(shown.getDomain(), getSite().getShell()).fill(manager, finding);
			}
		});
		viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
	}

	private void toolbar(IToolBarManager toolbar) {
		toolbar.add(action("Validate All", () -> {
			if (shown != null) {
				shown.getValidation().validateAll();
			}
		}));
		Action group = new Action("Group by Rule", IAction.AS_CHECK_BOX) {
			@Override
			public void run() {
				byRule = isChecked();
				refresh();
			}
		};
		toolbar.add(group);
		Action suppressed = new Action("Show Suppressed", IAction.AS_CHECK_BOX) {
			@Override
			public void run() {
				showSuppressed = isChecked();
				refresh();
			}
		};
		suppressed.setChecked(showSuppressed);
		toolbar.add(suppressed);
	}

	private static Action action(String text, Runnable run) {
		return new Action(text) {
			@Override
			public void run() {
				run.run();
			}
		};
	}

	/** Shows the findings of the model the editor edits (none for other editors). */
	private void show(IEditorPart editor) {
		OpenModel model = ActiveModelTracker.modelOf(editor);
		if (model == shown || viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		if (shown != null) {
			shown.getValidation().removeListener(reportListener);
		}
		shown = model;
		if (shown != null) {
			shown.getValidation().addListener(reportListener);
		}
		refresh();
	}

	private void refreshSoon() {
		if (viewer != null && !viewer.getControl().isDisposed()) {
			viewer.getControl().getDisplay().asyncExec(this::refresh);
		}
	}

	/** Rebuilds the tree from the shown model's last report. */
	public void refresh() {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		ValidationReport report = shown == null ? null : shown.getValidation().getReport();
		List<FindingGroup> groups = FindingGroups.of(report, byRule, showSuppressed, filter.getText());
		viewer.getControl().setRedraw(false);
		try {
			viewer.setInput(groups);
			viewer.expandToLevel(2);
		} finally {
			viewer.getControl().setRedraw(true);
		}
		summary.setText(summaryOf(report));
		summary.getParent().layout();
	}

	private String summaryOf(ValidationReport report) {
		if (shown == null) {
			return "No model open";
		}
		if (report == null) {
			return "Not validated yet";
		}
		return count(report.count(Severity.ERROR), "error") + ", " + count(report.count(Severity.WARNING), "warning") + ", "
				+ count(report.count(Severity.INFO), "info") + (report.suppressed().isEmpty() ? "" : ", " + report.suppressed().size() + " suppressed");
	}

	private static String count(long n, String noun) {
		return n + " " + noun + (n == 1 ? "" : "s");
	}

	/** Selects the finding's element in the Model Explorer and in every open editor of its model (diagrams included). */
	void reveal(Finding finding) {
		EObject element = finding.element();
		if (element == null || shown == null) {
			return;
		}
		StructuredSelection selection = new StructuredSelection(element);
		for (IEditorReference reference : getSite().getPage().getEditorReferences()) {
			IEditorPart editor = reference.getEditor(false);
			if (editor != null && editor.getAdapter(OpenModel.class) == shown && editor.getSite().getSelectionProvider() != null) {
				editor.getSite().getSelectionProvider().setSelection(selection);
			}
		}
		if (getSite().getPage().findView(ModelExplorerView.ID) instanceof ModelExplorerView explorer) {
			explorer.select(element);
		}
	}

	public TreeViewer getViewer() {
		return viewer;
	}

	public String getSummary() {
		return summary.getText();
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		if (editorTracker != null) {
			editorTracker.uninstall();
		}
		if (shown != null) {
			shown.getValidation().removeListener(reportListener);
		}
		super.dispose();
	}

	private static final class Content implements ITreeContentProvider {
		@Override
		public Object[] getElements(Object input) {
			return input instanceof List<?> groups ? groups.toArray() : new Object[0];
		}

		@Override
		public Object[] getChildren(Object parent) {
			return parent instanceof FindingGroup group ? group.findings().toArray() : new Object[0];
		}

		@Override
		public Object getParent(Object element) {
			return null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return element instanceof FindingGroup group && !group.findings().isEmpty();
		}
	}
}
