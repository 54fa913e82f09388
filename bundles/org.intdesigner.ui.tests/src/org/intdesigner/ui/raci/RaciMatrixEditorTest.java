package org.intdesigner.ui.raci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PartInitException;
import org.intdesigner.model.AccountabilityItem;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Party;
import org.intdesigner.model.RaciCode;
import org.intdesigner.model.Team;
import org.intdesigner.model.csv.raci.RaciMatrix;
import org.intdesigner.model.io.ModelFiles;
import org.intdesigner.model.samples.ExamplePlace;
import org.intdesigner.model.samples.SyntheticModels;
import org.intdesigner.testsupport.ui.Condition;
import org.intdesigner.testsupport.ui.UiDriver;
import org.intdesigner.testsupport.ui.UiTestExtension;
import org.intdesigner.ui.editor.ModelEditor;
import org.intdesigner.ui.files.PathEditorInput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The RACI matrix editor on the example place and on a 300-post neighbourhood, driven from the keyboard. */
@ExtendWith(UiTestExtension.class)
class RaciMatrixEditorTest {

	/** The example's item with two Accountable parties (ACC-002). */
	private static final String TWO_AS = "riverside-clinical-governance";
	private static final RGB VIOLATION = new RGB(0xFF, 0xD6, 0xD6);

	private final UiDriver driver = UiDriver.forWorkbench();

	@TempDir
	Path temp;
	private RaciMatrixEditor editor;

	@AfterEach
	void close() {
		driver.closeDialogs();
		driver.ui().run(() -> driver.page().closeAllEditors(false));
	}

	private Path saveExample() throws IOException {
		Path file = temp.resolve("riverside.intd");
		ModelFiles.saveNew(ExamplePlace.create(), file);
		return file;
	}

	private RaciMatrixEditor open(Path file, Team team) {
		editor = driver.ui().call(() -> {
			try {
				RaciMatrixEditorInput input = team == null ? new RaciMatrixEditorInput(file, null, null)
						: new RaciMatrixEditorInput(file, team.getId(), team.getName());
				return (RaciMatrixEditor) driver.page().openEditor(input, RaciMatrixEditor.ID);
			} catch (PartInitException e) {
				throw new AssertionError(e);
			}
		});
		driver.waitUntil(Condition.of("the first validation",
				() -> driver.ui().call(() -> editor.getModel().getValidation().getReport() != null)));
		driver.ui().run(editor::refresh);
		return editor;
	}

	private IntdModel model() {
		return driver.ui().call(() -> editor.getModel().getModel());
	}

	private AccountabilityItem item(String code) {
		return driver.ui().call(() -> model().getAccountabilities().stream().filter(i -> code.equals(i.getCode())).findFirst().orElseThrow());
	}

	private Table table() {
		return driver.ui().call(() -> editor.getTable().getViewer().getTable());
	}

	private TableItem row(AccountabilityItem item) {
		return driver.ui().call(() -> {
			for (TableItem row : table().getItems()) {
				if (row.getData() == item) {
					return row;
				}
			}
			return null;
		});
	}

	private String cell(AccountabilityItem item, Party party) {
		return driver.ui().call(() -> row(item).getText(1 + editor.getTable().parties().indexOf(party)));
	}

	/** The item whose name is drawn level with the cell cursor. */
	private AccountabilityItem nameBesideCursor() {
		return driver.ui().call(() -> {
			var cursor = editor.getTable().getCursor().getBounds();
			var names = editor.getTable().getNames();
			int y = table().getDisplay().map(table(), names.getControl(), 0, cursor.y + cursor.height / 2).y;
			return names.rowAt(y);
		});
	}

	private boolean filledRed(AccountabilityItem item) {
		return driver.ui().call(() -> VIOLATION.equals(row(item).getBackground(1).getRGB()));
	}

	private Set<RaciCode> codes(AccountabilityItem item, Party party) {
		return driver.ui().call(() -> RaciMatrix.codes(item, party));
	}

	private void focusCell(AccountabilityItem item, Party party) {
		assertTrue(driver.ui().call(() -> editor.select(item, party)), "the cell is shown");
		driver.ui().run(() -> editor.getTable().getCursor().setFocus());
	}

	private void waitForCell(AccountabilityItem item, Party party, String text) {
		driver.waitUntil(Condition.of("cell '" + text + "'", () -> text.equals(cell(item, party))));
	}

	@Test
	void theExamplesItemsAreRowsItsPartiesColumnsAndTheRowWithTwoAccountablesIsRed() throws IOException {
		open(saveExample(), null);
		IntdModel model = model();
		RaciMatrix matrix = driver.ui().call(() -> RaciMatrix.of(model));
		assertEquals(model.getAccountabilities().size(), driver.ui().call(() -> table().getItemCount()));
		assertEquals(matrix.columns().size() + 2, driver.ui().call(() -> table().getColumnCount()), "a spacer, the parties, then findings");
		assertFalse(driver.ui().call(() -> editor.getTable().getNames().rowsInView()).isEmpty(), "names beside the rows");
		AccountabilityItem violating = item(TWO_AS);
		assertTrue(filledRed(violating));
		assertTrue(driver.ui().call(() -> row(violating).getText(table().getColumnCount() - 1)).contains("Accountable"));
		AccountabilityItem fine = driver.ui().call(() -> model.getAccountabilities().stream()
				.filter(i -> editor.findingsOf(i).isEmpty()).findFirst().orElseThrow());
		assertFalse(filledRed(fine));
		for (int c = 0; c < matrix.columns().size(); c++) {
			Party party = matrix.columns().get(c);
			assertEquals(RaciMatrix.cellText(violating, party), cell(violating, party));
		}
		driver.ui().run(() -> editor.select(violating, driver.ui().call(() -> matrix.columns().get(0))));
		driver.waitUntil(Condition.of("the violating item's name beside its cells", () -> nameBesideCursor() == violating));
		driver.screenshot("raci-matrix");
	}

	@Test
	void typingALetterTogglesItsCodeAndUndoTakesItBack() throws IOException {
		open(saveExample(), null);
		AccountabilityItem item = item(TWO_AS);
		Party party = driver.ui().call(() -> editor.getTable().parties().stream()
				.filter(p -> RaciMatrix.codes(item, p).isEmpty()).findFirst().orElseThrow());
		focusCell(item, party);
		driver.keys(SWT.NONE, 'c');
		waitForCell(item, party, "C");
		assertEquals(EnumSet.of(RaciCode.C), codes(item, party));
		driver.keys(SWT.NONE, 'I');
		waitForCell(item, party, "C/I");
		driver.keys(SWT.NONE, 'c');
		waitForCell(item, party, "I");
		assertTrue(driver.ui().call(editor::isDirty));
		driver.keys(SWT.MOD1, 'z');
		waitForCell(item, party, "C/I");
		driver.keys(SWT.MOD1, 'z');
		driver.keys(SWT.MOD1, 'z');
		waitForCell(item, party, "");
		assertTrue(codes(item, party).isEmpty());
		assertFalse(driver.ui().call(editor::isDirty), "back to the saved state");
	}

	@Test
	void clearingTheSecondAccountableTurnsTheRowBackToNormal() throws IOException {
		open(saveExample(), null);
		AccountabilityItem item = item(TWO_AS);
		List<Party> accountable = driver.ui().call(() -> editor.getTable().parties().stream()
				.filter(p -> RaciMatrix.codes(item, p).contains(RaciCode.A)).toList());
		assertEquals(2, accountable.size());
		Party second = accountable.get(1);
		Set<RaciCode> kept = EnumSet.copyOf(codes(item, second));
		kept.remove(RaciCode.A);
		focusCell(item, second);
		driver.keys(SWT.NONE, 'a');
		driver.waitUntil(Condition.of("the row no longer red", () -> !filledRed(item)));
		assertEquals(kept, codes(item, second));
		driver.keys(SWT.NONE, SWT.DEL);
		driver.waitUntil(Condition.of("the cell cleared", () -> codes(item, second).isEmpty()));
		assertTrue(driver.ui().call(() -> editor.getTable().parties().contains(second)), "the column stays while editing");
	}

	@Test
	void enterOpensThePickerWhereLettersToggleAndEnterKeepsTheChoice() throws IOException {
		open(saveExample(), null);
		AccountabilityItem item = item(TWO_AS);
		Party party = driver.ui().call(() -> editor.getTable().parties().stream()
				.filter(p -> RaciMatrix.codes(item, p).isEmpty()).findFirst().orElseThrow());
		focusCell(item, party);
		driver.keysOpeningDialog(SWT.NONE, '\r');
		driver.waitUntil(Condition.of("the picker", () -> driver.hasShell(RaciCodePicker.TITLE)));
		driver.keys(SWT.NONE, 'r');
		driver.keys(SWT.NONE, 's');
		driver.waitUntil(Condition.of("R and S ticked", () -> ticked("Responsible") && ticked("Support")));
		assertFalse(ticked("Accountable"));
		driver.screenshot("raci-picker");
		driver.keys(SWT.NONE, '\r');
		waitForCell(item, party, "R/S");
		assertEquals(EnumSet.of(RaciCode.R, RaciCode.S), codes(item, party));

		driver.keysOpeningDialog(SWT.NONE, '\r');
		driver.waitUntil(Condition.of("the picker again", () -> driver.hasShell(RaciCodePicker.TITLE)));
		driver.keys(SWT.NONE, 'r');
		driver.keys(SWT.NONE, SWT.ESC);
		driver.waitUntil(Condition.of("the picker closed", () -> !driver.hasShell(RaciCodePicker.TITLE)));
		assertEquals(EnumSet.of(RaciCode.R, RaciCode.S), codes(item, party), "Escape leaves the cell as it was");
	}

	private boolean ticked(String meaning) {
		var box = driver.find(org.intdesigner.testsupport.ui.WidgetQuery.of(org.eclipse.swt.widgets.Button.class)
				.matching(meaning, b -> b.getText().replace("&", "").startsWith(meaning)), driver.shell(RaciCodePicker.TITLE));
		return driver.ui().call(box::getSelection);
	}

	@Test
	void aPartyWithoutCodesGetsAColumnAndANewItemARow() throws IOException {
		open(saveExample(), null);
		Party outsider = driver.ui().call(() -> {
			for (var contents = model().eAllContents(); contents.hasNext();) {
				if (contents.next() instanceof Party party && !editor.getTable().parties().contains(party)) {
					return party;
				}
			}
			return null;
		});
		assertNotNull(outsider, "the example has parties without RACI codes");
		driver.ui().run(() -> editor.addColumn(outsider));
		assertTrue(driver.ui().call(() -> editor.getTable().parties().contains(outsider)));

		driver.click(driver.ui().call(() -> toolItem(RaciToolBar.NEW_ITEM)));
		driver.waitUntil(Condition.of("the name dialog", () -> driver.hasShell(RaciNewItem.TITLE)));
		driver.type(driver.find(org.intdesigner.testsupport.ui.WidgetQuery.of(org.eclipse.swt.widgets.Text.class),
				driver.shell(RaciNewItem.TITLE)), "Falls prevention pathway");
		driver.click(driver.button("OK"));
		AccountabilityItem created = driver.ui().call(() -> model().getAccountabilities().get(model().getAccountabilities().size() - 1));
		driver.waitUntil(Condition.of("the new row", () -> row(created) != null));
		assertEquals("Falls prevention pathway", driver.ui().call(created::getName));
		driver.ui().run(() -> editor.getTable().getCursor().setFocus());
		driver.ui().run(() -> editor.select(created, outsider));
		driver.ui().run(() -> editor.getTable().getCursor().setFocus());
		driver.keys(SWT.NONE, 'a');
		waitForCell(created, outsider, "A");
	}

	private org.eclipse.swt.widgets.ToolItem toolItem(String text) {
		for (var item : editor.getTable().getViewer().getTable().getParent().getParent().getChildren()) {
			if (item instanceof org.eclipse.swt.widgets.ToolBar bar) {
				for (var tool : bar.getItems()) {
					if (text.equals(tool.getText())) {
						return tool;
					}
				}
			}
		}
		throw new AssertionError("no tool item " + text);
	}

	@Test
	void exportedCsvEditedAndImportedChangesTheModelAsOneUndoableStep() throws IOException {
		open(saveExample(), null);
		Path csv = temp.resolve("raci.csv");
		assertTrue(driver.ui().call(() -> editor.getFiles().exportCsv(editor.currentMatrix(), csv)));
		Path xlsx = temp.resolve("raci.xlsx");
		assertTrue(driver.ui().call(() -> editor.getFiles().exportExcel(editor.currentMatrix(), editor::findingsOf, xlsx)));
		assertTrue(Files.size(xlsx) > 4000, "a real workbook");

		List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
		AccountabilityItem item = item(TWO_AS);
		String id = driver.ui().call(item::getId);
		int row = 0;
		while (!lines.get(row).startsWith(id + ",")) {
			row++;
		}
		// the spreadsheet user blanks the row: every party's codes on that item go
		String[] cells = lines.get(row).split(",", -1);
		StringBuilder blanked = new StringBuilder(cells[0] + "," + cells[1]);
		for (int c = 2; c < cells.length; c++) {
			blanked.append(',');
		}
		lines.set(row, blanked.toString());
		Files.write(csv, lines, StandardCharsets.UTF_8);

		driver.ui().async(() -> editor.getFiles().importCsv(csv));
		driver.waitUntil(Condition.of("the import summary", () -> driver.hasShell("RACI Import")));
		driver.click(driver.button("OK"));
		driver.waitUntil(Condition.of("the item without codes", () -> driver.ui().call(() -> item.getAssignments().isEmpty())));
		driver.ui().run(() -> editor.getModel().getCommandStack().undo());
		assertFalse(driver.ui().call(() -> item.getAssignments().isEmpty()), "one undo reverts the whole import");

		lines.set(row, cells[0] + "," + cells[1] + ",X" + ",".repeat(cells.length - 3));
		Files.write(csv, lines, StandardCharsets.UTF_8);
		int before = driver.ui().call(() -> item.getAssignments().size());
		driver.ui().async(() -> editor.getFiles().importCsv(csv));
		driver.waitUntil(Condition.of("the problems", () -> driver.hasShell("RACI Import")));
		String message = driver.textOf(driver.find(org.intdesigner.testsupport.ui.WidgetQuery.of(org.eclipse.swt.widgets.Label.class)
				.matching("the problems", l -> l.getText().contains("nothing was changed")), driver.shell("RACI Import")));
		assertTrue(message.contains("raci.csv") && message.contains("row " + (row + 1)), message);
		driver.click(driver.button("OK"));
		assertEquals(before, driver.ui().call(() -> item.getAssignments().size()), "nothing applied");
	}

	@Test
	void openRaciMatrixFromTheModelTreeAndForATeam() throws IOException {
		Path file = saveExample();
		IEditorPart modelEditor = driver.ui().call(() -> {
			try {
				return driver.page().openEditor(new PathEditorInput(file), ModelEditor.ID);
			} catch (PartInitException e) {
				throw new AssertionError(e);
			}
		});
		Tree tree = driver.ui().call(() -> ((ModelEditor) modelEditor).getTree().getViewer().getTree());
		driver.ui().run(() -> tree.setSelection(tree.getItem(0)));
		driver.ui().run(() -> ((ModelEditor) modelEditor).getTree().getViewer().setSelection(
				new org.eclipse.jface.viewers.StructuredSelection(((ModelEditor) modelEditor).getModel().getModel())));
		driver.menus().selectInContextMenu(tree, "Open RACI Matrix");
		driver.waitUntil(Condition.of("the matrix editor", () -> driver.ui().call(() -> driver.page().getActiveEditor() instanceof RaciMatrixEditor)));
		editor = driver.ui().call(() -> (RaciMatrixEditor) driver.page().getActiveEditor());
		assertEquals(driver.ui().call(() -> ((ModelEditor) modelEditor).getModel()), driver.ui().call(editor::getModel),
				"the matrix edits the model the editor has open");

		Team team = driver.ui().call(() -> item(TWO_AS).getTeam());
		assertNotNull(team);
		RaciMatrixEditor teamMatrix = driver.ui().call(() -> {
			try {
				return OpenRaciMatrixHandler.open(driver.page(), file, team);
			} catch (PartInitException e) {
				throw new AssertionError(e);
			}
		});
		int rows = driver.ui().call(() -> teamMatrix.getTable().getViewer().getTable().getItemCount());
		long teamItems = driver.ui().call(() -> model().getAccountabilities().stream().filter(i -> i.getTeam() == team).count());
		assertEquals(teamItems, rows);
		assertTrue(rows < driver.ui().call(() -> model().getAccountabilities().size()));
	}

	@Test
	void theNeighbourhoodOf300PostsOpensAndEdits() throws IOException {
		Path file = temp.resolve("neighbourhood.intd");
		ModelFiles.saveNew(SyntheticModels.generate(SyntheticModels.Scale.NEIGHBOURHOOD, 7), file);
		open(file, null);
		int rows = driver.ui().call(() -> table().getItemCount());
		assertEquals(driver.ui().call(() -> model().getAccountabilities().size()), rows);
		assertTrue(rows > 0);
		AccountabilityItem item = driver.ui().call(() -> model().getAccountabilities().get(rows / 2));
		Party party = driver.ui().call(() -> editor.getTable().parties().get(editor.getTable().parties().size() - 1));
		focusCell(item, party);
		driver.waitUntil(Condition.of("the item's name beside its cells", () -> nameBesideCursor() == item));
		assertTrue(driver.ui().call(() -> editor.getTable().getNames().rowsInView()).contains(item), "scrolled into view");
		String before = cell(item, party);
		driver.keys(SWT.NONE, 'i');
		driver.waitUntil(Condition.of("the cell changed", () -> !before.equals(cell(item, party))));
		assertTrue(driver.ui().call(() -> editor.getTable().getNames().rowsInView()).contains(item), "still in view after the edit");
		driver.screenshot("raci-neighbourhood");
	}
}
