package org.intdesigner.planning.ui.sidebyside;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.PartInitException;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.IntdPackage;
import org.intdesigner.model.Post;
import org.intdesigner.planning.scenarios.SideBySideFigures;
import org.intdesigner.testsupport.ui.Condition;
import org.intdesigner.testsupport.ui.UiDriver;
import org.intdesigner.testsupport.ui.UiTestExtension;
import org.intdesigner.testsupport.ui.WidgetQuery;
import org.intdesigner.ui.editor.ModelEditor;
import org.intdesigner.ui.explorer.ModelExplorerView;
import org.intdesigner.ui.files.FileDialogs;
import org.intdesigner.ui.files.PathEditorInput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Side by Side as a planner uses it, in the real workbench: chosen from the context menu of a scenario in the model
 * editor, it shows the example place and the scenario, the posts of the organisation that lost three posts with
 * "−3" in red; an edit of the scenario shows after the pause; Remove and Add Model... change the columns.
 */
@ExtendWith(UiTestExtension.class)
class SideBySideViewTest {

	private static final Duration FIGURES = Duration.ofSeconds(60);

	private final UiDriver driver = UiDriver.forWorkbench();

	@TempDir
	Path temp;

	@AfterEach
	void close() {
		driver.closeDialogs();
		driver.ui().run(() -> {
			driver.page().closeAllEditors(false);
			var view = driver.page().findView(SideBySideView.ID);
			if (view != null) {
				driver.page().hideView(view);
			}
		});
	}

	@Test
	void aScenarioWithItsBaselineShowsThePostsAnOrganisationLost() throws Exception {
		SideBySideScenario files = SideBySideScenario.saveIn(temp);
		driver.openPerspective("org.intdesigner.app.perspective.design");
		ModelEditor editor = open(files.scenario());
		Control tree = driver.ui().call(() -> editor.getTree().getViewer().getControl());
		driver.ui().run(() -> editor.getTree().getViewer().setSelection(
				new StructuredSelection(editor.getModel().getModel()), true));
		driver.menus().selectInContextMenu(tree, "Side by Side");

		SideBySideView view = (SideBySideView) driver.ui().call(() -> driver.page().findView(SideBySideView.ID));
		assertEquals(List.of(files.baseline().toRealPath(), files.scenario().toRealPath()),
				driver.ui().call(view::getFiles).stream().map(SideBySideViewTest::real).toList(), "the baseline first");
		TableItem row = waitForRow(view, files.employer(), "−3");
		assertEquals(String.valueOf(files.employerPosts()), driver.ui().call(() -> row.getText(2)));
		assertEquals(String.valueOf(files.employerPosts() - 3), driver.ui().call(() -> row.getText(3)));
		assertTrue(driver.ui().call(() -> row.getForeground(4).getRed() > 150 && row.getForeground(4).getGreen() < 50),
				"less in red");
		TableItem receiver = waitForRow(view, files.receiver(), "+1");
		assertTrue(driver.ui().call(() -> receiver.getForeground(4).getGreen() > 100), "more in green");
		List<String> headings = driver.ui().call(() -> List.of(view.getTable(SideBySideFigures.BY_ORGANISATION).getColumns())
				.stream().map(column -> column.getText()).toList());
		assertEquals(List.of("Organisation", "Figure", "riverside.intd", "riverside-to-be.intd", "\u0394 riverside-to-be.intd"),
				headings);

		// an edit of the open scenario: one more of the organisation's posts moves away, and the figures follow
		driver.ui().run(() -> {
			IntdModel model = editor.getModel().getModel();
			Post post = model.getPosts().stream().filter(p -> p.getEmployer() != null
					&& files.employer().equals(p.getEmployer().getName())).findFirst().orElseThrow();
			var other = model.getOrganisations().stream().filter(o -> files.receiver().equals(o.getName())).findFirst().orElseThrow();
			Command move = SetCommand.create(editor.getEditingDomain(), post, IntdPackage.Literals.POST__EMPLOYER, other);
			editor.getEditingDomain().getCommandStack().execute(move);
		});
		waitForRow(view, files.employer(), "−4");
		waitForRow(view, files.receiver(), "+2");

		// Differences only: the organisations the scenario left alone go, the two it changed stay
		int every = driver.ui().call(() -> view.getTable(SideBySideFigures.BY_ORGANISATION).getItemCount());
		driver.click(driver.find(WidgetQuery.of(Button.class).withText("Differences only")));
		driver.waitUntil(Condition.of("fewer rows", () -> driver.ui().call(
				() -> view.getTable(SideBySideFigures.BY_ORGANISATION).getItemCount() < every)));
		List<String> shown = driver.ui().call(() -> List.of(view.getTable(SideBySideFigures.BY_ORGANISATION).getItems())
				.stream().map(item -> item.getText(0)).filter(label -> !label.isEmpty()).toList());
		assertEquals(List.of(files.receiver(), files.employer(), "All organisations").stream().sorted().toList(),
				shown.stream().sorted().toList());
	}

	@Test
	void theModelExplorerOffersSideBySideToo() throws Exception {
		SideBySideScenario files = SideBySideScenario.saveIn(temp);
		driver.openPerspective("org.intdesigner.app.perspective.design");
		ModelEditor editor = open(files.scenario());
		ModelExplorerView explorer = (ModelExplorerView) driver.showView(ModelExplorerView.ID);
		driver.ui().run(() -> driver.page().activate(editor));
		driver.waitUntil(Condition.of("the explorer shows the scenario", () -> driver.ui().call(() -> explorer.getTree() != null
				&& explorer.getTree().getViewer().getInput() == editor.getModel().getResource())));
		driver.ui().run(() -> {
			driver.page().activate(explorer);
			explorer.getTree().getViewer().setSelection(new StructuredSelection(editor.getModel().getModel()), true);
		});
		Control tree = driver.ui().call(() -> explorer.getTree().getViewer().getControl());
		driver.menus().selectInContextMenu(tree, "Side by Side");
		SideBySideView view = (SideBySideView) driver.ui().call(() -> driver.page().findView(SideBySideView.ID));
		waitForRow(view, files.employer(), "−3");
		assertEquals(2, driver.ui().call(() -> view.getFiles().size()));
	}

	@Test
	void removeAndAddModelChangeTheColumns() throws Exception {
		SideBySideScenario files = SideBySideScenario.saveIn(temp);
		SideBySideView view = (SideBySideView) driver.showView(SideBySideView.ID);
		driver.ui().run(() -> view.show(List.of(files.baseline(), files.scenario())));
		waitForRow(view, files.employer(), "−3");

		Button remove = driver.find(WidgetQuery.of(Button.class).withToolTip("Remove riverside-to-be.intd from the comparison"));
		driver.click(remove);
		driver.waitUntil(Condition.of("one column", () -> driver.ui().call(() -> view.getFiles().size() == 1
				&& view.getFigures() != null && view.getFigures().models().size() == 1)), FIGURES);

		FileDialogs.Opener before = FileDialogs.openWith(dialog -> files.scenario().toString());
		try {
			driver.click(driver.button("Add Model..."));
			waitForRow(view, files.employer(), "−3");
		} finally {
			FileDialogs.openWith(before);
		}
		assertEquals(2, driver.ui().call(() -> view.getFiles().size()));

		// F5 in the view makes the figures again
		var shownBefore = driver.ui().call(view::getFigures);
		driver.ui().run(() -> {
			driver.page().activate(view);
			view.getTable(SideBySideFigures.BY_ORGANISATION).setFocus();
		});
		driver.press(0, org.eclipse.swt.SWT.F5);
		driver.waitUntil(Condition.of("new figures after F5", () -> driver.ui().call(
				() -> view.getFigures() != null && view.getFigures() != shownBefore)), FIGURES);
	}

	@Test
	void copyAndExportCsvGiveEveryTable() throws Exception {
		SideBySideScenario files = SideBySideScenario.saveIn(temp);
		SideBySideView view = (SideBySideView) driver.showView(SideBySideView.ID);
		driver.ui().run(() -> view.show(List.of(files.baseline(), files.scenario())));
		waitForRow(view, files.employer(), "−3");
		String row = "Posts and FTE by organisation," + files.employer() + ",posts," + files.employerPosts() + ","
				+ (files.employerPosts() - 3) + ",-3";

		driver.click(toolItem("Copy"));
		driver.waitUntil(Condition.of("the tables on the clipboard", () -> driver.ui().call(() -> {
			Clipboard clipboard = new Clipboard(driver.ui().display());
			try {
				return clipboard.getContents(TextTransfer.getInstance()) instanceof String text && text.contains(row);
			} finally {
				clipboard.dispose();
			}
		})));

		Path csv = temp.resolve("out").resolve("side-by-side.csv");
		java.nio.file.Files.createDirectories(csv.getParent());
		FileDialogs.Opener before = FileDialogs.openWith(dialog -> csv.toString());
		try {
			driver.click(toolItem("Export CSV..."));
			Shell done = driver.shell("Export Side by Side");
			driver.click(driver.find(WidgetQuery.of(Button.class).withText("OK"), done));
		} finally {
			FileDialogs.openWith(before);
		}
		String written = java.nio.file.Files.readString(csv);
		assertTrue(written.startsWith("section,row,measure,riverside.intd,riverside-to-be.intd,"), written);
		assertTrue(written.contains(row), written);
	}

	private ToolItem toolItem(String text) {
		return driver.find(WidgetQuery.of(ToolItem.class).withText(text), driver.workbenchShell());
	}

	@Test
	void aScenarioWhoseBaselineIsGoneIsShownAloneAndSaysWhy() throws Exception {
		SideBySideScenario files = SideBySideScenario.saveIn(temp);
		java.nio.file.Files.delete(files.baseline());
		ModelEditor editor = open(files.scenario());
		Control tree = driver.ui().call(() -> editor.getTree().getViewer().getControl());
		driver.ui().run(() -> editor.getTree().getViewer().setSelection(
				new StructuredSelection(editor.getModel().getModel()), true));
		driver.menus().selectInContextMenu(tree, "Side by Side");
		SideBySideView view = (SideBySideView) driver.ui().call(() -> driver.page().findView(SideBySideView.ID));
		driver.waitUntil(Condition.of("the scenario's figures", () -> driver.ui().call(() -> view.getFigures() != null)), FIGURES);
		assertEquals(1, driver.ui().call(() -> view.getFigures().models().size()));
		String status = driver.ui().call(view::getStatus);
		assertTrue(status.startsWith("riverside-to-be.intd is a scenario of " + files.baseline() + ", which is not there"),
				status);
	}

	/** Waits until the posts of {@code organisation} show {@code difference} in the first difference column. */
	private TableItem waitForRow(SideBySideView view, String organisation, String difference) {
		TableItem[] found = new TableItem[1];
		driver.waitUntil(Condition.of(organisation + "'s posts " + difference, () -> driver.ui().call(() -> {
			Table table = view.getTable(SideBySideFigures.BY_ORGANISATION);
			if (table == null || table.isDisposed() || table.getColumnCount() < 5) {
				return false;
			}
			for (TableItem item : table.getItems()) {
				if (item.getText(0).equals(organisation) && item.getText(1).equals("posts")) {
					found[0] = item;
					return item.getText(4).equals(difference);
				}
			}
			return false;
		})), FIGURES);
		return found[0];
	}

	private ModelEditor open(Path file) {
		return driver.ui().call(() -> {
			try {
				return (ModelEditor) driver.page().openEditor(new PathEditorInput(file), ModelEditor.ID);
			} catch (PartInitException e) {
				throw new AssertionError(e);
			}
		});
	}

	private static Path real(Path file) {
		try {
			return file.toRealPath();
		} catch (java.io.IOException e) {
			throw new AssertionError(e);
		}
	}
}
