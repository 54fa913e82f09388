package org.intdesigner.ui.raci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.intdesigner.model.AccountabilityItem;
import org.intdesigner.model.Party;
import org.intdesigner.model.csv.raci.RaciNames;
import org.intdesigner.model.io.ModelFiles;
import org.intdesigner.model.samples.ExamplePlace;
import org.intdesigner.testsupport.ui.Condition;
import org.intdesigner.testsupport.ui.UiDriver;
import org.intdesigner.testsupport.ui.UiTestExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The RACI matrix of the example place reads whole (issue #17, point 8): every party's name fits
 * its rotated column header, which also names it in a tooltip; the findings column is as wide as
 * its longest findings, and a findings cell's tooltip lists them one per line.
 */
@ExtendWith(UiTestExtension.class)
class RaciHeadersTest {

	private final UiDriver driver = UiDriver.forWorkbench();

	@TempDir
	Path temp;
	private RaciMatrixEditor editor;

	@AfterEach
	void close() {
		driver.closeDialogs();
		driver.ui().run(() -> driver.page().closeAllEditors(false));
	}

	@Test
	void theRotatedHeadersShowWholeNamesWithTooltips() throws Exception {
		open();
		RaciTable table = driver.ui().call(editor::getTable);
		// beside the explorer and Properties the header keeps the rows in sight: a name it cuts is read in the tooltip
		List<Party> parties = driver.ui().call(table::parties);
		for (int i = 0; i < parties.size(); i++) {
			Party party = parties.get(i);
			int column = i + 1;
			String tip = driver.ui().call(() -> {
				Table cells = table.getViewer().getTable();
				table.moveCursor(table.shownItems().get(0), party);
				int x = cells.getDisplay().map(cells, table.getHeader().getControl(), cells.getItem(0).getBounds(column)).x + 5;
				return table.getHeader().tooltipAt(x);
			});
			assertEquals(RaciNames.of(party) + " (" + RaciNames.kindOf(party) + ")", tip, "the tooltip of column " + column);
		}
		assertTrue(driver.ui().call(() -> table.getHeader().getControl().getSize().y
				< table.getHeader().getControl().getParent().getClientArea().height / 2), "the rows stay in sight");
		driver.screenshot("raci-headers");
		// the window and the editor maximised, as one works on a matrix of 126 parties: every name fits whole
		// (the test display has no window manager to maximise the window: it is given the screen)
		org.eclipse.swt.graphics.Rectangle window = driver.ui().call(() -> driver.workbenchShell().getBounds());
		driver.ui().run(() -> driver.workbenchShell().setBounds(driver.workbenchShell().getDisplay().getClientArea()));
		driver.ui().run(() -> driver.page().setPartState(driver.page().getReference(editor), IWorkbenchPage.STATE_MAXIMIZED));
		driver.ui().flush();
		long until = System.currentTimeMillis() + 5000;
		while (!driver.ui().call(() -> table.getHeader().cutNames().isEmpty()) && System.currentTimeMillis() < until) {
			driver.ui().flush();
		}
		List<String> cut = driver.ui().call(() -> table.getHeader().cutNames());
		assertTrue(cut.isEmpty(), cut.size() + " names cut in the maximised editor, e.g. " + cut.subList(0, Math.min(3, cut.size()))
				+ "; header " + driver.ui().call(() -> table.getHeader().getControl().getSize() + " in "
						+ table.getHeader().getControl().getParent().getClientArea()));
		driver.screenshot("raci-headers-maximised");
		driver.ui().run(() -> driver.page().setPartState(driver.page().getReference(editor), IWorkbenchPage.STATE_RESTORED));
		driver.ui().run(() -> driver.workbenchShell().setBounds(window));
	}

	@Test
	void theFindingsColumnFitsItsFindingsAndListsThemInATooltip() throws Exception {
		open();
		RaciTable table = driver.ui().call(editor::getTable);
		TableItem withFindings = driver.ui().call(() -> {
			for (TableItem row : table.getViewer().getTable().getItems()) {
				if (!editor.findingsOf((AccountabilityItem) row.getData()).isEmpty()) {
					return row;
				}
			}
			return null;
		});
		assertNotNull(withFindings, "the example has items with findings");
		int findingsColumn = driver.ui().call(() -> table.getViewer().getTable().getColumnCount() - 1);
		String shown = driver.ui().call(() -> withFindings.getText(findingsColumn));
		assertFalse(shown.isEmpty());
		int needed = driver.ui().call(() -> {
			GC gc = new GC(table.getViewer().getTable());
			try {
				int longest = 0;
				for (TableItem row : table.getViewer().getTable().getItems()) {
					longest = Math.max(longest, gc.textExtent(row.getText(findingsColumn)).x);
				}
				return longest;
			} finally {
				gc.dispose();
			}
		});
		assertTrue(driver.ui().call(table::findingsColumnWidth) >= needed,
				"the findings column is " + driver.ui().call(table::findingsColumnWidth) + " px for findings of " + needed + " px");
		String tip = driver.ui().call(() -> ((ColumnLabelProvider) table.getViewer().getLabelProvider(findingsColumn))
				.getToolTipText(withFindings.getData()));
		assertNotNull(tip, "a findings cell has a tooltip");
		assertEquals(shown, tip.replace("\n", "; "), "the tooltip lists the findings, one per line");
		// scrolled to the findings of that row, as one reads them
		driver.ui().run(() -> {
			Table cells = table.getViewer().getTable();
			table.moveCursor((AccountabilityItem) withFindings.getData(), null);
			int left = 0;
			for (int i = 0; i < findingsColumn; i++) {
				left += cells.getColumn(i).getWidth();
			}
			cells.getHorizontalBar().setSelection(left - 200);
			cells.notifyListeners(org.eclipse.swt.SWT.Resize, new org.eclipse.swt.widgets.Event());
			table.getHeader().redraw();
		});
		driver.ui().flush();
		driver.screenshot("raci-findings");
	}

	private void open() throws Exception {
		Path file = temp.resolve("riverside.intd");
		ModelFiles.saveNew(ExamplePlace.create(), file);
		editor = driver.ui().call(() -> {
			try {
				return (RaciMatrixEditor) driver.page().openEditor(new RaciMatrixEditorInput(file, null, null), RaciMatrixEditor.ID);
			} catch (PartInitException e) {
				throw new AssertionError(e);
			}
		});
		driver.waitUntil(Condition.of("the first validation",
				() -> driver.ui().call(() -> editor.getModel().getValidation().getReport() != null)));
		driver.ui().run(editor::refresh);
		driver.ui().flush();
	}
}
