package org.intdesigner.ui.emf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.PartInitException;
import org.intdesigner.model.IntdFactory;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Post;
import org.intdesigner.model.Team;
import org.intdesigner.model.TeamKind;
import org.intdesigner.model.io.ModelFiles;
import org.intdesigner.model.io.ModelIds;
import org.intdesigner.testsupport.ui.Condition;
import org.intdesigner.testsupport.ui.UiDriver;
import org.intdesigner.testsupport.ui.UiTestExtension;
import org.intdesigner.testsupport.ui.WidgetQuery;
import org.intdesigner.ui.editor.ModelEditor;
import org.intdesigner.ui.files.PathEditorInput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #17, points 10 and 13: a reference in the Properties view is chosen in a picker that
 * searches as you type, sorts by label, offers "(none)" first and leaves out the impossible
 * choices; kinds read as words; Undo names the change.
 */
@ExtendWith(UiTestExtension.class)
class ReferencePickerTest {

	private static final String PROPERTIES = "org.eclipse.ui.views.PropertySheet";

	private final UiDriver driver = UiDriver.forWorkbench();

	@TempDir
	Path temp;
	private ModelEditor editor;
	private Post director;
	private Post manager;
	private Post nurse;
	private Team team;

	@BeforeEach
	void openModel() throws IOException {
		IntdModel model = IntdFactory.eINSTANCE.createIntdModel();
		model.setName("Picker test");
		director = post(model, "Director");
		manager = post(model, "Manager");
		nurse = post(model, "Nurse");
		post(model, "alpha worker");
		manager.setLineManager(director);
		nurse.setLineManager(manager);
		team = IntdFactory.eINSTANCE.createTeam();
		team.setName("Riverside partners");
		team.setKind(TeamKind.WIDER_PARTNER);
		model.getTeams().add(team);
		ModelIds.assignMissing(model);
		Path file = temp.resolve("picker.intd");
		ModelFiles.saveNew(model, file);
		editor = (ModelEditor) driver.ui().call(() -> {
			try {
				return driver.page().openEditor(new PathEditorInput(file), ModelEditor.ID);
			} catch (PartInitException e) {
				throw new AssertionError(e);
			}
		});
		director = editor.getModel().getModel().getPosts().get(0);
		manager = editor.getModel().getModel().getPosts().get(1);
		nurse = editor.getModel().getModel().getPosts().get(2);
		team = editor.getModel().getModel().getTeams().get(0);
	}

	private static Post post(IntdModel model, String name) {
		Post post = IntdFactory.eINSTANCE.createPost();
		post.setName(name);
		model.getPosts().add(post);
		return post;
	}

	@AfterEach
	void closeEditors() {
		driver.closeDialogs();
		driver.ui().run(() -> driver.page().closeAllEditors(false));
	}

	/** Selects the object in the editor's tree and returns the Properties view's tree showing it. */
	private Tree showInProperties(org.intdesigner.model.Element element) {
		Composite view = driver.viewComposite(PROPERTIES);
		driver.ui().run(() -> {
			driver.page().activate(editor);
			editor.getTree().getViewer().setSelection(new StructuredSelection(element), true);
		});
		Tree[] shown = new Tree[1];
		driver.waitUntil(Condition.of("Properties showing the selection", () -> driver.ui().call(() -> {
			shown[0] = driver.findAll(WidgetQuery.of(Tree.class), view).stream().filter(Tree::isVisible).findFirst()
					.orElse(null);
			return shown[0] != null && Arrays.stream(shown[0].getItems()).anyMatch(i -> "Name".equals(i.getText(0))
					&& element.getName().equals(i.getText(1)));
		})));
		return shown[0];
	}

	/** A click in the value column of a row, which opens its cell editor. */
	private void clickValue(Tree properties, String row) {
		org.eclipse.swt.graphics.Rectangle cell = driver.ui().call(() -> Arrays.stream(properties.getItems())
				.filter(i -> row.equals(i.getText(0))).findFirst().orElseThrow(() -> new AssertionError("no row " + row))
				.getBounds(1));
		driver.mouse().click(properties, cell.x + cell.width / 2, cell.y + cell.height / 2);
	}

	private String valueOf(Tree properties, String row) {
		return driver.ui().call(() -> Arrays.stream(properties.getItems()).filter(i -> row.equals(i.getText(0)))
				.map(i -> i.getText(1)).findFirst().orElse(null));
	}

	@Test
	void theLineManagerIsPickedFromASortedSearchableListWithoutImpossibleChoices() {
		Tree properties = showInProperties(manager);
		assertEquals("Director (vacant)", valueOf(properties, "Line Manager"));
		clickValue(properties, "Line Manager");
		Button browse = driver.find(WidgetQuery.of(Button.class).withText("..."), properties);
		driver.click(browse);
		Shell picker = driver.shell("Line Manager");
		Table list = driver.find(WidgetQuery.of(Table.class), picker);
		// itself and the nurse it manages would make a loop: not offered; "(none)" first, then by label
		assertEquals(List.of("(none)", "alpha worker (vacant)", "Director (vacant)"), rows(list));
		driver.screenshot("reference-picker-line-manager", picker);
		driver.type(driver.find(WidgetQuery.of(Text.class), picker), "RECT");
		driver.waitUntil(Condition.of("only the director left", () -> List.of("Director (vacant)").equals(rows(list))));
		driver.ui().run(() -> {
			list.setSelection(0);
			list.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
		});
		driver.click(driver.find(WidgetQuery.of(Button.class).withText("OK"), picker));
		driver.waitUntil(Condition.of("picker closed", picker::isDisposed));
		// choosing the same manager changes nothing; now clear it through "(none)"
		clickValue(properties, "Name");
		clickValue(properties, "Line Manager");
		driver.click(driver.find(WidgetQuery.of(Button.class).withText("..."), properties));
		Shell again = driver.shell("Line Manager");
		Table choices = driver.find(WidgetQuery.of(Table.class), again);
		driver.ui().run(() -> {
			choices.setSelection(0);
			choices.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
		});
		driver.click(driver.find(WidgetQuery.of(Button.class).withText("OK"), again));
		driver.waitUntil(Condition.of("line manager cleared", () -> manager.getLineManager() == null));
		assertTrue(undoText().startsWith("Undo Clear Line Manager"), undoText());
		driver.ui().run(() -> editor.getModel().getCommandStack().undo());
		assertSame(director, manager.getLineManager());
		assertNull(director.getLineManager());
	}

	@Test
	void choosingAManagerIsOneUndoableStepNamedAfterIt() {
		Tree properties = showInProperties(director);
		clickValue(properties, "Line Manager");
		driver.click(driver.find(WidgetQuery.of(Button.class).withText("..."), properties));
		Shell picker = driver.shell("Line Manager");
		Table list = driver.find(WidgetQuery.of(Table.class), picker);
		// the director manages the manager, who manages the nurse: none of them can manage the director
		assertEquals(List.of("(none)", "alpha worker (vacant)"), rows(list));
		driver.ui().run(() -> {
			list.setSelection(1);
			list.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
		});
		driver.click(driver.find(WidgetQuery.of(Button.class).withText("OK"), picker));
		driver.waitUntil(Condition.of("line manager set", () -> director.getLineManager() != null));
		assertEquals("alpha worker", director.getLineManager().getName());
		assertTrue(undoText().startsWith("Undo Set Line Manager"), undoText());
	}

	@Test
	void inALongListTheCurrentValueIsSelected() {
		driver.ui().run(() -> {
			org.eclipse.emf.common.command.CompoundCommand many = new org.eclipse.emf.common.command.CompoundCommand();
			for (int i = 0; i < 200; i++) {
				Post extra = IntdFactory.eINSTANCE.createPost();
				extra.setName(String.format("Practitioner %03d", i));
				many.append(org.eclipse.emf.edit.command.AddCommand.create(editor.getModel().getDomain(),
						editor.getModel().getModel(), org.intdesigner.model.IntdPackage.Literals.INTD_MODEL__POSTS, extra));
			}
			editor.getModel().getCommandStack().execute(many);
		});
		Tree properties = showInProperties(manager);
		clickValue(properties, "Line Manager");
		driver.click(driver.find(WidgetQuery.of(Button.class).withText("..."), properties));
		Shell picker = driver.shell("Line Manager");
		Table list = driver.find(WidgetQuery.of(Table.class), picker);
		// (none), the 200, alpha worker and the director: not the manager itself nor the nurse it manages
		driver.waitUntil(Condition.of("the current line manager selected", () -> driver.ui().call(
				() -> list.getItemCount() == 203 && list.getSelectionCount() == 1
						&& "Director (vacant)".equals(list.getSelection()[0].getText()))));
		driver.screenshot("reference-picker-long-list", picker);
		driver.click(driver.find(WidgetQuery.of(Button.class).withText("Cancel"), picker));
		driver.waitUntil(Condition.of("picker closed", picker::isDisposed));
		assertSame(director, manager.getLineManager());
	}

	@Test
	void kindsReadAsWords() {
		Tree properties = showInProperties(team);
		assertEquals("Wider partner team", valueOf(properties, "Kind"));
		clickValue(properties, "Kind");
		CCombo kinds = driver.find(WidgetQuery.of(CCombo.class), properties);
		List<String> offered = driver.ui().call(() -> List.of(kinds.getItems()));
		assertEquals(List.of("Core team", "MDT", "Specialist team", "Wider partner team", "Enabling team"), offered);
		driver.screenshot("properties-kind-labels");
	}

	/** The Edit menu's Undo entry as the user reads it. */
	private String undoText() {
		return driver.menus().texts("Edit").stream().filter(t -> t.startsWith("Undo")).findFirst().orElse("");
	}

	private List<String> rows(Table table) {
		return driver.ui().call(() -> Arrays.stream(table.getItems()).map(TableItem::getText).toList());
	}
}
