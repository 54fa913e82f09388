package org.intdesigner.planning.ui.sidebyside;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.ExpandBar;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.ViewPart;
import org.intdesigner.planning.scenarios.SideBySide;
import org.intdesigner.ui.files.FileDialogs;

/**
 * Side by Side: the figures of up to four models in columns, the first the one the others are compared with, one
 * collapsible table per section. Opened on a model ("Side by Side" in its context menu: a scenario comes with its
 * baseline); Add Model... and each column's Remove change the columns; the figures are made again, after a pause,
 * when a model shown is edited, and on Refresh (F5). Copy puts every table on the clipboard as CSV; Export CSV...
 * writes it to a file.
 */
public final class SideBySideView extends ViewPart {

	public static final String ID = "org.intdesigner.planning.ui.sideBySide";
	/** How long edits must pause before the figures are made again: validation and plans are not free. */
	static final int REFRESH_DELAY_MS = 700;

	private final SideBySideColumns columns = new SideBySideColumns(this::editedSoon);
	private Composite header;
	private Label status;
	private SideBySideSections sections;
	private SideBySideJob job;
	private SideBySide figures;
	private final List<String> problems = new ArrayList<>();
	private boolean refreshPending;
	private boolean changedOnly;
	private String note;

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		header = new Composite(parent, SWT.NONE);
		header.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		RowLayout row = new RowLayout(SWT.HORIZONTAL);
		row.center = true;
		row.spacing = 6;
		header.setLayout(row);
		status = new Label(parent, SWT.WRAP);
		status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		ExpandBar bar = new ExpandBar(parent, SWT.V_SCROLL);
		bar.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		sections = new SideBySideSections(bar);
		job = new SideBySideJob(parent.getDisplay(), this::show);
		contributeActions();
		showHeader();
	}

	private void contributeActions() {
		IToolBarManager toolBar = getViewSite().getActionBars().getToolBarManager();
		Action refresh = action("Refresh", "Make the figures again (F5)", this::refresh);
		refresh.setActionDefinitionId("org.eclipse.ui.file.refresh");
		toolBar.add(refresh);
		toolBar.add(action("Copy", "Copy every table as CSV", () -> SideBySideExport.copy(getSite().getShell(), figures)));
		toolBar.add(action("Export CSV...", "Write every table to a CSV file",
				() -> SideBySideExport.exportCsv(getSite().getShell(), figures, columns.files())));
		getViewSite().getActionBars().setGlobalActionHandler(ActionFactory.REFRESH.getId(), refresh);
		getViewSite().getActionBars().updateActionBars();
	}

	private static Action action(String text, String tip, Runnable run) {
		Action action = new Action(text) {
			@Override
			public void run() {
				run.run();
			}
		};
		action.setToolTipText(tip);
		return action;
	}

	/** Shows {@code files} side by side (the first compared with the others) and makes their figures. */
	public void show(List<Path> files) {
		show(files, null);
	}

	/** As {@link #show(List)}, saying {@code note} (why a model's baseline is missing) above the figures; null: none. */
	public void show(List<Path> files, String note) {
		columns.set(files);
		this.note = note;
		refresh();
	}

	/** Makes the figures again now. */
	public void refresh() {
		showHeader();
		columns.watch();
		if (columns.files().isEmpty()) {
			figures = null;
			status.setText("No model to compare: right-click a model and choose Side by Side, or use Add Model....");
			sections.show(new SideBySide(List.of(), List.of()), changedOnly);
			return;
		}
		status.setText("Computing the figures of " + columns.files().size() + (columns.files().size() == 1 ? " model..." : " models..."));
		status.getParent().layout();
		job.compute(columns.files(), columns.names(), 0);
	}

	private void editedSoon() {
		if (refreshPending || status.isDisposed()) {
			return;
		}
		refreshPending = true;
		status.getDisplay().timerExec(REFRESH_DELAY_MS, () -> {
			refreshPending = false;
			if (!status.isDisposed()) {
				refresh();
			}
		});
	}

	private void show(SideBySideJob.Result result) {
		if (status.isDisposed()) {
			return;
		}
		figures = result.figures();
		problems.clear();
		problems.addAll(result.problems());
		if (figures != null) {
			sections.show(figures, changedOnly);
		}
		showStatus();
	}

	private void showStatus() {
		String shown = figures == null ? "No figures." : figures.models().size() == 1 ? "Add a model to compare with."
				: "Differences are from " + figures.models().get(0) + ": more in green, less in red."
						+ (changedOnly ? " Only the rows where a model differs are shown." : "");
		List<String> lines = new ArrayList<>();
		if (note != null && columns.files().size() == 1) {
			lines.add(note);
		}
		lines.add(shown);
		lines.addAll(problems);
		status.setText(String.join("\n", lines));
		status.getParent().layout(true, true);
	}

	private void showHeader() {
		for (var child : header.getChildren()) {
			child.dispose();
		}
		List<Path> files = columns.files();
		List<String> names = columns.names();
		for (int i = 0; i < files.size(); i++) {
			Path file = files.get(i);
			Label name = new Label(header, SWT.NONE);
			name.setText((i + 1) + ". " + names.get(i));
			name.setToolTipText(file.toString());
			Button remove = new Button(header, SWT.PUSH);
			remove.setText("Remove");
			remove.setToolTipText("Remove " + names.get(i) + " from the comparison");
			remove.addListener(SWT.Selection, e -> {
				columns.remove(file);
				refresh();
			});
		}
		Button add = new Button(header, SWT.PUSH);
		add.setText("Add Model...");
		add.setToolTipText("Add another .intd model, up to " + SideBySide.MAX_MODELS);
		add.setEnabled(files.size() < SideBySide.MAX_MODELS);
		add.addListener(SWT.Selection, e -> addModel());
		Button changed = new Button(header, SWT.CHECK);
		changed.setText("Differences only");
		changed.setToolTipText("Show only the rows where a model differs from the first");
		changed.setSelection(changedOnly);
		changed.setEnabled(files.size() > 1);
		changed.addListener(SWT.Selection, e -> setChangedOnly(changed.getSelection()));
		header.getParent().layout(true, true);
	}

	private void addModel() {
		FileDialog dialog = new FileDialog(getSite().getShell(), SWT.OPEN);
		dialog.setText("Add Model");
		dialog.setFilterExtensions(new String[] { "*.intd" });
		dialog.setFilterNames(new String[] { "INT models (*.intd)" });
		List<Path> files = columns.files();
		String chosen = FileDialogs.open(dialog, files.isEmpty() ? null : files.get(files.size() - 1).toString());
		if (chosen != null && columns.add(Path.of(chosen))) {
			refresh();
		}
	}

	/** Shows only the rows where a later model differs from the first (or every row again). */
	public void setChangedOnly(boolean only) {
		changedOnly = only;
		if (figures != null) {
			sections.show(figures, changedOnly);
			showStatus();
		}
	}

	/** The figures shown now, or null while none are. */
	public SideBySide getFigures() {
		return figures;
	}

	/** The table of a section, for tests. */
	public Table getTable(String section) {
		return sections.table(section);
	}

	/** What the line above the tables says now. */
	public String getStatus() {
		return status.getText();
	}

	public List<Path> getFiles() {
		return columns.files();
	}

	@Override
	public void setFocus() {
		header.setFocus();
	}

	@Override
	public void dispose() {
		columns.unwatch();
		job.cancel();
		super.dispose();
	}
}
