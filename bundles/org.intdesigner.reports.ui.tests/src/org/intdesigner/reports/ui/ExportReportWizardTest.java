package org.intdesigner.reports.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.PartInitException;
import org.intdesigner.model.io.ModelFiles;
import org.intdesigner.model.samples.ExamplePlace;
import org.intdesigner.reports.render.ReportFormat;
import org.intdesigner.testsupport.ui.Condition;
import org.intdesigner.testsupport.ui.UiDriver;
import org.intdesigner.testsupport.ui.UiTestExtension;
import org.intdesigner.testsupport.ui.WidgetQuery;
import org.intdesigner.testsupport.ui.WidgetText;
import org.intdesigner.ui.editor.ModelEditor;
import org.intdesigner.ui.files.PathEditorInput;
import org.intdesigner.workforce.store.StoreLocation;
import org.intdesigner.workforce.ui.store.WorkforceStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * File &gt; Export &gt; Report through the real widgets of the workbench, over the example place open
 * in its editor and an empty workforce store under target/: a board pack of a neighbourhood as a
 * PDF (read back by PDFBox), a partner's pack as an Excel workbook, Cancel while a section works
 * (no file), and a file that cannot be written (an error naming it, no file).
 */
@ExtendWith(UiTestExtension.class)
class ExportReportWizardTest {

	private record Opened(Path file, ReportFormat format) {
	}

	private final UiDriver driver = UiDriver.forWorkbench();
	private final List<Opened> opened = new ArrayList<>();
	private ReportOpener before;

	@TempDir
	Path temp;

	private Path model;
	/** The workbench's workforce store for the test: none there until a test makes it. */
	private Path store;

	@BeforeEach
	void openTheExample() throws Exception {
		WorkforceStores.get().close();
		store = Paths.get("target", "reports-ui", "store-" + System.nanoTime()).toAbsolutePath();
		WorkforceStores.get().useLocation(StoreLocation.embedded(store));
		before = ReportOpeners.use((file, format) -> opened.add(new Opened(file, format)));
		model = temp.resolve("riverside.intd");
		ModelFiles.saveNew(ExamplePlace.create(), model);
		driver.ui().run(() -> {
			try {
				driver.page().openEditor(new PathEditorInput(model), ModelEditor.ID);
			} catch (PartInitException e) {
				throw new AssertionError(e);
			}
		});
	}

	@AfterEach
	void cleanUp() {
		HeldSection.HOLD.set(false);
		// while a report is written the wizard's buttons are off, and it cannot be closed
		driver.waitUntil(Condition.of("no report being written", () -> Arrays.stream(driver.ui().display().getShells())
				.noneMatch(s -> !s.isDisposed() && s.isVisible() && WidgetQuery.of(Button.class).withText("Cancel").findIn(s)
						.stream().anyMatch(b -> !b.isEnabled()))), Duration.ofSeconds(90));
		driver.closeDialogs();
		driver.ui().run(() -> driver.page().closeAllEditors(false));
		ReportOpeners.use(before);
		WorkforceStores.get().useLocation(null);
	}

	/** File > Export..., INT Designer > Report (place assurance pack), Next: the wizard's page. */
	private Shell openFromTheFileMenu() {
		driver.menus().select("File", "Export...");
		Shell dialog = driver.shell("Export");
		driver.items().select(driver.find(WidgetQuery.of(Tree.class), dialog), "INT Designer", "Report (place assurance pack)");
		driver.click(driver.button("Next >"));
		driver.find(WidgetQuery.of(Combo.class).withLabel("Scope:"), dialog);
		return dialog;
	}

	private Combo combo(Shell dialog, String label) {
		return driver.find(WidgetQuery.of(Combo.class).withLabel(label), dialog);
	}

	private Text fileField(Shell dialog) {
		return driver.find(WidgetQuery.of(Text.class).withLabel("File:"), dialog);
	}

	private void choose(Shell dialog, String radio) {
		driver.click(driver.find(WidgetQuery.of(Button.class).withText(radio), dialog));
	}

	private void tick(Shell dialog, String section) {
		Table table = driver.find(WidgetQuery.of(Table.class), dialog);
		driver.ui().run(() -> {
			TableItem item = Arrays.stream(table.getItems()).filter(i -> i.getText(0).equals(section)).findFirst().orElseThrow();
			item.setChecked(true);
			org.eclipse.swt.widgets.Event event = new org.eclipse.swt.widgets.Event();
			event.item = item;
			event.detail = org.eclipse.swt.SWT.CHECK;
			table.notifyListeners(org.eclipse.swt.SWT.Selection, event);
		});
	}

	private List<String> ticked(Shell dialog) {
		Table table = driver.find(WidgetQuery.of(Table.class), dialog);
		return driver.ui().call(() -> Arrays.stream(table.getItems()).filter(TableItem::getChecked).map(i -> i.getText(0)).toList());
	}

	@Test
	void aNeighbourhoodsBoardPackIsWrittenAsPdfSaysWhatIsMissingAndIsOpened() throws Exception {
		Shell dialog = openFromTheFileMenu();
		assertEquals("Riverside (place)", driver.textOf(combo(dialog, "Scope:")), "the first place to start with");
		assertEquals(temp.resolve("riverside-place-board-pack.pdf").toString(), driver.textOf(fileField(dialog)));
		assertTrue(ticked(dialog).containsAll(List.of("About this pack", "Test: no data")), ticked(dialog).toString());
		assertFalse(ticked(dialog).contains("Test: held until cancelled"), "the partner template's own section");

		driver.select(combo(dialog, "Scope:"), "Docklands (neighbourhood)");
		choose(dialog, "HTML");
		assertEquals(temp.resolve("docklands-place-board-pack.html").toString(), driver.textOf(fileField(dialog)),
				"the file follows the scope and the format");
		choose(dialog, "PDF");
		driver.screenshot("report-wizard", dialog);
		driver.click(driver.button("Finish"));

		Shell written = driver.shell(ExportReportWizard.WRITTEN);
		String summary = driver.textOf(driver.find(WidgetQuery.of(Label.class).matching("the summary",
				l -> l.getText().startsWith("Wrote ")), written));
		assertTrue(summary.contains("1 section had no data: Test: no data."), summary);
		assertTrue(summary.contains(NoDataSection.MISSING), summary);
		driver.screenshot("report-written", written);
		driver.click(driver.find(WidgetQuery.of(Button.class).withText("OK"), written));
		driver.waitUntil(Condition.of("the wizard closed", dialog::isDisposed));

		Path pdf = temp.resolve("docklands-place-board-pack.pdf");
		assertEquals(List.of(new Opened(pdf, ReportFormat.PDF)), opened, "the report opened once, as a PDF");
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			String text = new PDFTextStripper().getText(document);
			assertTrue(text.contains("Docklands: place board pack"), text);
			assertTrue(text.contains("Docklands (neighbourhood)"), text);
			assertTrue(text.contains(NoDataSection.MISSING), "the section's place says what is missing");
			assertTrue(text.contains("none (sections that need it say so)"), "no workforce store: " + text);
		}
		assertFalse(Files.exists(store), "a report never makes an empty store whose zeros look like figures");
	}

	@Test
	void thePartnerTemplateSuggestsAnOrganisationAndWritesItsWorkbook() throws Exception {
		WorkforceStores.get().store(); // the store is there (an import made it): the pack reads it
		Shell dialog = openFromTheFileMenu();
		choose(dialog, "Partner organisation");
		String scope = driver.textOf(combo(dialog, "Scope:"));
		assertEquals("North Thames Integrated Care Board (partner organisation)", scope);
		List<String> partners = org.intdesigner.reports.engine.SectionRegistry.installed().of(org.intdesigner.reports.Audience.PARTNER)
				.stream().map(org.intdesigner.reports.engine.SectionDescriptor::title).toList();
		assertTrue(partners.contains("About this pack") && partners.contains("Test: held until cancelled"), partners.toString());
		assertEquals(partners, ticked(dialog), "the partner's own sections, in order");
		choose(dialog, "Excel");
		driver.click(driver.button("Finish"));
		driver.waitUntil(Condition.of("the wizard closed", dialog::isDisposed), Duration.ofSeconds(60));

		Path workbook = temp.resolve("north-thames-integrated-care-board-partner-pack.xlsx");
		assertEquals(List.of(new Opened(workbook, ReportFormat.XLSX)), opened);
		try (Workbook read = new XSSFWorkbook(Files.newInputStream(workbook))) {
			assertTrue(read.getNumberOfSheets() >= 1, "a sheet per table");
			List<String> cells = new ArrayList<>();
			read.forEach(sheet -> sheet.forEach(row -> row.forEach(cell -> cells.add(cell.toString()))));
			assertTrue(cells.contains("the workforce store"), "read from the workbench's store: " + cells);
		}
	}

	@Test
	void cancelWhileASectionWorksLeavesNoFileAndTheWizardOpen() throws Exception {
		HeldSection.started = new CountDownLatch(1);
		HeldSection.HOLD.set(true);
		Shell dialog = openFromTheFileMenu();
		choose(dialog, "Partner organisation");
		String file = driver.textOf(fileField(dialog));
		driver.click(driver.button("Finish"));
		assertTrue(HeldSection.started.await(30, TimeUnit.SECONDS), "the held section started");
		driver.click(driver.find(WidgetQuery.of(ToolItem.class).withToolTip("Cancel Operation"), dialog));
		driver.waitUntil(Condition.of("the page saying it was cancelled", () -> !WidgetQuery.of(Control.class)
				.matching("the message", c -> String.valueOf(WidgetText.of(c)).startsWith("Cancelled: nothing was written"))
				.findIn(dialog).isEmpty()), Duration.ofSeconds(30));
		assertFalse(Files.exists(Path.of(file)), "no report");
		try (var left = Files.list(temp)) {
			assertEquals(List.of(model), left.toList(), "nor any temporary file beside it");
		}
		assertTrue(opened.isEmpty());
		driver.click(driver.button("Cancel"));
		driver.waitUntil(Condition.of("the wizard closed", dialog::isDisposed));
	}

	@Test
	void aFileThatCannotBeWrittenIsNamedInAnErrorAndNothingIsWritten() throws Exception {
		Shell dialog = openFromTheFileMenu();
		Path tooLong = temp.resolve("r".repeat(300) + ".pdf");
		driver.type(fileField(dialog), tooLong.toString());
		driver.click(driver.button("Finish"));
		Shell error = driver.shell(ExportReportWizard.NOT_WRITTEN);
		String message = driver.textOf(driver.find(WidgetQuery.of(Label.class).matching("the message",
				l -> l.getText().startsWith("The report could not be written")), error));
		assertTrue(message.startsWith("The report could not be written to " + tooLong + ": "), message);
		assertTrue(message.contains("Nothing was written there"), message);
		driver.click(driver.find(WidgetQuery.of(Button.class).withText("OK"), error));
		assertTrue(driver.ui().call(() -> !dialog.isDisposed()), "the wizard stays open for another file");
		try (var left = Files.list(temp)) {
			assertEquals(List.of(model), left.toList(), "nothing written");
		}
		assertTrue(opened.isEmpty());
		driver.click(driver.button("Cancel"));
	}
}
