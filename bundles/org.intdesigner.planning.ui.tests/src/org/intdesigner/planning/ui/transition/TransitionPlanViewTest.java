package org.intdesigner.planning.ui.transition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PartInitException;
import org.intdesigner.io.ExportTable;
import org.intdesigner.model.IntdFactory;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.IntdPackage;
import org.intdesigner.model.Post;
import org.intdesigner.model.TransitionWave;
import org.intdesigner.model.compare.Scenarios;
import org.intdesigner.model.io.ModelFiles;
import org.intdesigner.model.samples.ExamplePlace;
import org.intdesigner.planning.transition.TransitionPlan;
import org.intdesigner.planning.transition.TransitionPlanner;
import org.intdesigner.planning.transition.TransitionTables;
import org.intdesigner.testsupport.ui.Condition;
import org.intdesigner.testsupport.ui.UiDriver;
import org.intdesigner.testsupport.ui.UiTestExtension;
import org.intdesigner.ui.editor.ModelEditor;
import org.intdesigner.ui.files.PathEditorInput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Transition Plan view over a scenario of the example place with one post re-banded in one wave: it shows the plan
 * the headless planner makes in its tabs, follows an edit of the scenario, exports CSV files and a workbook, and says
 * so when the active model is no scenario.
 */
@ExtendWith(UiTestExtension.class)
class TransitionPlanViewTest {

	private final UiDriver driver = UiDriver.forWorkbench();

	@TempDir
	Path temp;

	@AfterEach
	void close() {
		driver.closeDialogs();
		driver.ui().run(() -> driver.page().closeAllEditors(false));
	}

	@Test
	void theViewShowsThePlanOfTheActiveScenario() throws Exception {
		Path baselineFile = temp.resolve("riverside.intd");
		Path scenarioFile = temp.resolve("docklands.intd");
		ModelFiles.saveNew(ExamplePlace.create(), baselineFile);
		IntdModel scenario = Scenarios.newScenario(ModelFiles.load(baselineFile).model(), "Docklands re-banded", baselineFile,
				scenarioFile);
		List<Post> banded = scenario.getPosts().stream().filter(p -> "AfC 6".equals(p.getBand())).limit(2).toList();
		banded.get(0).setBand("AfC 7");
		TransitionWave wave = IntdFactory.eINSTANCE.createTransitionWave();
		wave.setId("wave-1");
		wave.setName("Re-band");
		wave.setEffectiveDate("2026-04-01");
		wave.setOwner("Chief nurse");
		wave.getElementIds().add(banded.get(0).getId());
		scenario.getTransitionWaves().add(wave);
		ModelFiles.saveNew(scenario, scenarioFile);

		ModelEditor editor = open(scenarioFile);
		TransitionPlanView view = (TransitionPlanView) driver.showView(TransitionPlanView.ID);
		driver.ui().run(() -> driver.page().activate(editor));
		driver.waitUntil(Condition.of("the plan", () -> driver.ui().call(view::getPlan) != null));
		TransitionPlan shown = driver.ui().call(view::getPlan);
		TransitionPlan expected = TransitionPlanner.plan(ModelFiles.load(baselineFile).model(), editor.getModel().getModel());
		assertEquals(expected.changeCount(), shown.changeCount());
		assertEquals(1, shown.changeCount());
		List<ExportTable> tables = TransitionTables.of(shown);
		for (int tab = 0; tab < tables.size(); tab++) {
			int index = tab;
			assertEquals(tables.get(tab).rows().size(), (int) driver.ui().call(
					() -> view.getTabs().viewer(index).getTable().getItemCount()), tables.get(tab).name());
		}
		assertEquals("Re-band", driver.ui().call(() -> view.getTabs().viewer(1).getTable().getItem(0).getText(0)));
		assertEquals("re-banding", driver.ui().call(() -> view.getTabs().viewer(1).getTable().getItem(0).getText(2)));
		assertEquals("band AfC 6 -> AfC 7", driver.ui().call(() -> view.getTabs().viewer(1).getTable().getItem(0).getText(6)));
		String summary = driver.ui().call(view::summaryText);
		assertTrue(summary.startsWith("Transition from '" + ExamplePlace.create().getName()
				+ "' to 'Docklands re-banded': 1 wave, 1 change"), summary);
		driver.screenshot("transition-plan");

		// an edit of the scenario, in no wave: the plan follows, with an unscheduled group
		driver.ui().run(() -> editor.getModel().getCommandStack().execute(SetCommand.create(editor.getModel().getDomain(),
				SmallEdits.post(editor.getModel().getModel(), banded.get(1).getId()), IntdPackage.Literals.POST__BAND, "AfC 8a")));
		driver.waitUntil(Condition.of("the plan of the edited scenario", () -> driver.ui().call(
				() -> view.getPlan() != null && view.getPlan().changeCount() == 2)));
		assertTrue(driver.ui().call(view::summaryText).contains("1 in no wave"), driver.ui().call(view::summaryText));

		List<Path> csv = driver.ui().call(() -> view.export(temp.resolve("plan.csv")));
		assertEquals(TransitionTables.of(driver.ui().call(view::getPlan)).size(), csv.size(), csv.toString());
		assertEquals(3, Files.readAllLines(csv.get(0)).size(), "a header and a row per change");
		List<Path> xlsx = driver.ui().call(() -> view.export(temp.resolve("plan.xlsx")));
		byte[] start = Arrays.copyOf(Files.readAllBytes(xlsx.get(0)), 2);
		assertEquals("PK", new String(start, java.nio.charset.StandardCharsets.US_ASCII), "a workbook is a zip file");

		// a model that is no scenario
		ModelEditor baselineEditor = open(baselineFile);
		driver.ui().run(() -> driver.page().activate(baselineEditor));
		driver.waitUntil(Condition.of("no plan for a baseline", () -> driver.ui().call(
				() -> view.getPlan() == null && view.summaryText().contains("riverside.intd is no scenario"))));
	}

	private ModelEditor open(Path file) {
		driver.openPerspective("org.intdesigner.planning.ui.perspective");
		return driver.ui().call(() -> {
			try {
				IEditorPart editor = driver.page().openEditor(new PathEditorInput(file), ModelEditor.ID);
				return (ModelEditor) editor;
			} catch (PartInitException e) {
				throw new AssertionError(e);
			}
		});
	}

	/** Finds elements of the editor's own model. */
	private static final class SmallEdits {
		static Post post(IntdModel model, String id) {
			return model.getPosts().stream().filter(p -> p.getId().equals(id)).findFirst().orElseThrow();
		}
	}
}
