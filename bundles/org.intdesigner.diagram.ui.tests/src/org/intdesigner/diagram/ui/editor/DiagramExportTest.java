package org.intdesigner.diagram.ui.editor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Shell;
import org.intdesigner.diagram.ui.export.DiagramExport;
import org.intdesigner.diagram.ui.export.ExportWithProgress;
import org.intdesigner.model.samples.SyntheticModels;
import org.intdesigner.testsupport.ui.UiDriver;
import org.intdesigner.testsupport.ui.UiTestExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Export PNG / SVG as the user meets it (issue #17, point 13): the Save dialog starts in the model's
 * folder, a large diagram is exported under a progress dialog, and the editor says where the file went.
 */
@ExtendWith(UiTestExtension.class)
class DiagramExportTest {

	private final UiDriver driver = UiDriver.forWorkbench();
	private final DiagramFixture fixture = new DiagramFixture(driver);

	@TempDir
	Path temp;

	@AfterEach
	void close() {
		driver.closeDialogs();
		driver.ui().run(() -> driver.page().closeAllEditors(false));
	}

	@Test
	void theSaveDialogStartsInTheModelsFolder() throws IOException {
		Path folder = Files.createDirectories(temp.resolve("place"));
		Path file = folder.resolve("small.intd");
		fixture.openModel(file, DiagramFixture.smallModel());
		DiagramEditor editor = fixture.newDiagram(file, "Small: structure");
		for (DiagramExport.Format format : DiagramExport.Format.values()) {
			var dialog = driver.ui().call(() -> editor.getToolBar().exportDialog(format));
			assertEquals(folder.toString(), driver.ui().call(dialog::getFilterPath), "not the folder the program started in");
			assertEquals("Small_ structure." + format.name().toLowerCase(), driver.ui().call(dialog::getFileName));
		}
	}

	@Test
	void aLargeDiagramIsExportedUnderProgressAndTheEditorSaysWhereItWent() throws IOException {
		Path file = temp.resolve("neighbourhood.intd");
		fixture.openModel(file, SyntheticModels.generate(SyntheticModels.Scale.NEIGHBOURHOOD, 7));
		DiagramEditor editor = fixture.newDiagram(file, "Neighbourhood");
		List<String> shown = new CopyOnWriteArrayList<>();
		Listener shells = e -> {
			if (e.widget instanceof Shell shell) {
				shown.add(shell.getText());
			}
		};
		driver.ui().run(() -> driver.ui().display().addFilter(SWT.Show, shells));
		Path png = temp.resolve("exports").resolve("neighbourhood.png");
		Files.createDirectories(png.getParent());
		try {
			driver.ui().run(() -> editor.getToolBar().exportTo(DiagramExport.Format.PNG, png));
		} finally {
			driver.ui().run(() -> driver.ui().display().removeFilter(SWT.Show, shells));
		}
		assertTrue(shown.contains(ExportWithProgress.TITLE), "a progress dialog while it exports: " + shown);
		assertArrayEquals(new byte[] { (byte) 0x89, 'P', 'N', 'G' }, Arrays.copyOf(Files.readAllBytes(png), 4));
		assertTrue(driver.ui().call(() -> editor.getInfoBar().isShown()));
		assertEquals("Exported the whole diagram as PNG to " + png, driver.ui().call(() -> editor.getInfoBar().getText()));
		driver.screenshot("diagram-exported-says-where");

		Path svg = temp.resolve("exports").resolve("neighbourhood.svg");
		driver.ui().run(() -> editor.getToolBar().exportTo(DiagramExport.Format.SVG, svg));
		assertTrue(Files.readString(svg).contains("<svg"));
		assertEquals("Exported the whole diagram as SVG to " + svg, driver.ui().call(() -> editor.getInfoBar().getText()));
		assertFalse(Files.list(png.getParent()).anyMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file left");
	}
}
