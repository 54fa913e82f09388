package org.intdesigner.diagram.ui.editor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Control;
import org.intdesigner.diagram.notation.Diagram;
import org.intdesigner.diagram.notation.DiagramSet;
import org.intdesigner.diagram.notation.NodeView;
import org.intdesigner.diagram.notation.NotationFactory;
import org.intdesigner.diagram.store.NewDiagrams;
import org.intdesigner.diagram.store.NotationFiles;
import org.intdesigner.diagram.ui.export.DiagramExport;
import org.intdesigner.diagram.ui.session.DiagramSession;
import org.intdesigner.diagram.ui.session.DiagramsMenu;
import org.intdesigner.testsupport.ui.Condition;
import org.intdesigner.testsupport.ui.UiDriver;
import org.intdesigner.testsupport.ui.UiTestExtension;
import org.intdesigner.testsupport.ui.WidgetQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Diagrams and files: export, stale notation, a damaged notation file, a specification that fails as it draws. */
@ExtendWith(UiTestExtension.class)
class DiagramFilesTest {

	private final UiDriver driver = UiDriver.forWorkbench();
	private final DiagramFixture fixture = new DiagramFixture(driver);

	@TempDir
	Path temp;
	private Path file;

	@BeforeEach
	void model() throws IOException {
		file = temp.resolve("files.intd");
		fixture.openModel(file, DiagramFixture.smallModel());
	}

	@AfterEach
	void close() {
		driver.closeDialogs();
		driver.ui().run(() -> driver.page().closeAllEditors(false));
	}

	@Test
	void theWholeDiagramExportsAsPngAndSvg() throws IOException {
		DiagramEditor editor = fixture.newDiagram(file, "Export me");
		Path png = temp.resolve("export.png");
		Path svg = temp.resolve("export.svg");
		driver.ui().run(() -> {
			try {
				DiagramExport.export(driver.ui().display(), editor.getDiagram(), png, DiagramExport.Format.PNG);
				DiagramExport.export(driver.ui().display(), editor.getDiagram(), svg, DiagramExport.Format.SVG);
			} catch (IOException e) {
				throw new AssertionError(e);
			}
		});
		byte[] header = Arrays.copyOf(Files.readAllBytes(png), 8);
		assertArrayEquals(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' }, header);
		ImageData image = new ImageLoader().load(png.toString())[0];
		var extent = driver.ui().call(() -> editor.getCanvas().getGeometry().extent());
		assertTrue(image.width > extent.width() + 2 * 20, "the whole diagram, a margin and the key: " + image.width);
		assertTrue(image.height >= extent.height() + 2 * 20);
		String text = Files.readString(svg);
		assertTrue(text.startsWith("<svg") || text.contains("<svg"), text.substring(0, Math.min(200, text.length())));
		assertTrue(text.contains("Core team") && text.contains("Frailty MDT"), "labels are text in the SVG");
		assertFalse(Files.list(temp).anyMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file left");
	}

	@Test
	void staleNotationIsDroppedWithANotice() throws IOException {
		DiagramEditor editor = fixture.newDiagram(file, "Stale");
		String id = driver.ui().call(() -> editor.getDiagram().getNotation().getId());
		driver.ui().run(() -> editor.doSave(null));
		driver.ui().run(() -> driver.page().closeAllEditors(false));
		Path notationFile = temp.resolve("files.intdiagrams");
		Resource notation = NotationFiles.load(new ResourceSetImpl(), notationFile);
		Diagram diagram = ((DiagramSet) notation.getContents().get(0)).getDiagrams().get(0);
		NodeView ghost = NotationFactory.eINSTANCE.createNodeView();
		ghost.setMapping("team");
		ghost.setElement("an-id-nobody-has");
		ghost.setWidth(100);
		ghost.setHeight(50);
		diagram.getNodes().add(ghost);
		NotationFiles.save(notation, notationFile);

		driver.ui().run(() -> DiagramsMenu.open(file, id, "Stale"));
		fixture.waitForEditor(DiagramEditor.class);
		DiagramEditor reopened = driver.ui().call(() -> (DiagramEditor) driver.page().getActiveEditor());
		assertTrue(driver.ui().call(() -> reopened.getInfoBar().isShown()));
		assertTrue(driver.ui().call(() -> reopened.getInfoBar().getText()).startsWith("1 node(s) and 0 edge(s)"),
				driver.ui().call(() -> reopened.getInfoBar().getText()));
		assertEquals(2, (int) driver.ui().call(() -> reopened.getDiagram().getNotation().getNodes().size()), "the two teams remain");
		driver.screenshot("diagram-stale-notice");
	}

	@Test
	void aDamagedNotationFileIsNamedAndNotOverwritten() throws IOException {
		Path notationFile = temp.resolve("files.intdiagrams");
		String damaged = "<?xml version=\"1.0\"?>\n<dnot:DiagramSet xmlns:dnot=\"http://www.intdesigner.org/diagram/notation/1.0\">\n<diagrams id=\"x\"\n";
		Files.writeString(notationFile, damaged);
		driver.ui().async(() -> DiagramsMenu.open(file, "x", "Damaged"));
		driver.waitUntil(Condition.of("the error", () -> !messages().isEmpty()));
		String message = messages().get(0);
		assertTrue(message.contains("files.intdiagrams") && message.contains("line"), message);
		assertEquals(damaged, Files.readString(notationFile), "the file is left as it was");
	}

	/** Texts anywhere on screen that report the damaged file (an error dialog or the error editor). */
	private List<String> messages() {
		return driver.ui().call(() -> {
			List<String> found = new ArrayList<>();
			for (var shell : driver.ui().display().getShells()) {
				for (Control control : WidgetQuery.of(Control.class).findIn(shell)) {
					String text = driver.textOf(control);
					if (text != null && text.contains("not a readable diagram file")) {
						found.add(text);
					}
				}
			}
			return found;
		});
	}

	@Test
	void aSpecificationThatFailsAsItDrawsStillShowsTheDiagramAndLogsOnce() throws IOException {
		List<IStatus> logged = new ArrayList<>();
		ILogListener listener = (status, plugin) -> {
			if (String.valueOf(status.getMessage()).contains("failingTeam")) {
				logged.add(status);
			}
		};
		Platform.addLogListener(listener);
		try {
			String id = driver.ui().call(() -> {
				try {
					DiagramSession session = DiagramSession.open(file);
					try {
						Diagram diagram = NewDiagrams.create(DiagramDescriptions.find("FailingTest/FailingTeams"),
								session.getSemantic().getRoot(), "Failing");
						session.getDiagramSet().getDiagrams().add(diagram);
						DiagramsMenu.open(file, diagram.getId(), "Failing");
						return diagram.getId();
					} finally {
						session.release();
					}
				} catch (IOException e) {
					throw new AssertionError(e);
				}
			});
			assertNotNull(id);
			fixture.waitForEditor(DiagramEditor.class);
			DiagramEditor editor = driver.ui().call(() -> (DiagramEditor) driver.page().getActiveEditor());
			assertEquals(2, (int) driver.ui().call(() -> editor.getCanvas().getGeometry().paintOrder().size()),
					"both teams are drawn");
			assertTrue(driver.ui().call(() -> editor.getDiagram().getNotation().getNodes().stream()
					.allMatch(v -> editor.getDiagram().nodeOf(v).getProblem() != null)), "and marked");
			assertTrue(driver.ui().call(() -> editor.getInfoBar().getText()).contains("failingTeam"));
			driver.ui().run(editor::refreshFromModel);
			assertEquals(1, logged.size(), "logged once for the mapping, not per element or refresh: " + logged);
			driver.screenshot("diagram-failing-specification");
		} finally {
			Platform.removeLogListener(listener);
		}
	}

	@Test
	void theNewDiagramWizardDrawsTheActiveEditorsModel() {
		driver.ui().async(() -> {
			var wizard = new org.intdesigner.diagram.ui.wizards.NewDiagramWizard();
			wizard.init(org.eclipse.ui.PlatformUI.getWorkbench(), org.eclipse.jface.viewers.StructuredSelection.EMPTY);
			new org.eclipse.jface.wizard.WizardDialog(driver.workbenchShell(), wizard).open();
		});
		driver.waitUntil(Condition.of("the wizard", () -> driver.hasShell("New Diagram")));
		var type = driver.find(WidgetQuery.of(org.eclipse.swt.widgets.Combo.class).withLabel("Diagram type"), driver.shell("New Diagram"));
		driver.waitUntil(Condition.of("diagram types listed", () -> driver.ui().call(() -> type.getItemCount() > 0)));
		assertTrue(driver.ui().call(() -> java.util.Arrays.asList(type.getItems())).contains("Team structure"));
		driver.ui().run(() -> {
			type.select(java.util.Arrays.asList(type.getItems()).indexOf("Team structure"));
			type.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
		});
		driver.click(driver.button("Finish"));
		fixture.waitForEditor(DiagramEditor.class);
		DiagramEditor editor = driver.ui().call(() -> (DiagramEditor) driver.page().getActiveEditor());
		assertEquals("Team structure of files", driver.ui().call(editor::getPartName));
		assertEquals(2, (int) driver.ui().call(() -> editor.getDiagram().getNotation().getNodes().size()));
	}
}
