package org.intdesigner.development.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.intdesigner.development.PlanTables;
import org.intdesigner.development.SkillSufficiency;
import org.intdesigner.development.SkillsAnalysis;
import org.intdesigner.development.TrainingNeed;
import org.intdesigner.development.TrainingPlan;
import org.intdesigner.testsupport.ui.Condition;
import org.intdesigner.testsupport.ui.UiDriver;
import org.intdesigner.testsupport.ui.UiTestExtension;
import org.intdesigner.ui.editor.ModelEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Training Plan view over the example place: it follows the active editor's model, lists the plan the headless
 * analysis makes (needs, cohorts, rotations, communities) in its tables, and exports it as CSV files and a workbook.
 */
@ExtendWith(UiTestExtension.class)
class TrainingPlanViewTest {

	private final UiDriver driver = UiDriver.forWorkbench();

	@TempDir
	Path temp;

	@AfterEach
	void close() {
		driver.closeDialogs();
		driver.ui().run(() -> driver.page().closeAllEditors(false));
	}

	@Test
	void theViewListsThePlanOfTheActiveModel() throws Exception {
		ModelEditor editor = SkillsMatrixWorkbenchTest.openExample(driver, temp.resolve("riverside.intd"));
		driver.openPerspective("org.intdesigner.app.perspective.workforce");
		TrainingPlanView view = (TrainingPlanView) driver.showView(TrainingPlanView.ID);
		driver.ui().run(() -> driver.page().activate(editor));
		driver.waitUntil(Condition.of("the plan", () -> driver.ui().call(view::getPlan) != null));
		TrainingPlan shown = driver.ui().call(view::getPlan);

		SkillRecordsSource.Snapshot snapshot = SkillRecordsSource.get();
		TrainingPlan expected = SkillsAnalysis.trainingPlan(editor.getModel().getModel(), snapshot.records(),
				SkillsAnalysis.defaultDay(snapshot.records()), SkillSufficiency.DEFAULT_EXPIRING_DAYS);
		assertEquals(expected.needs().size(), shown.needs().size());
		assertTrue(shown.needs().size() > 0, "the example has gaps to train for");
		assertEquals(expected.cohorts().size(), shown.cohorts().size());
		assertEquals(expected.communities().size(), shown.communities().size());
		for (int tab = 0; tab < 4; tab++) {
			int index = tab;
			int rows = driver.ui().call(() -> view.getTables().viewer(index).getTable().getItemCount());
			int expectedRows = switch (tab) {
			case 0 -> shown.needs().size();
			case 1 -> shown.cohorts().size();
			case 2 -> shown.rotations().size();
			default -> shown.communities().size();
			};
			assertEquals(expectedRows, rows, "table " + tab);
		}
		TrainingNeed first = shown.needs().get(0);
		assertEquals(first.gap().requirement().team().getName(),
				driver.ui().call(() -> view.getTables().viewer(0).getTable().getItem(0).getText(0)));
		assertEquals(first.gap().requirement().capability().getName(),
				driver.ui().call(() -> view.getTables().viewer(0).getTable().getItem(0).getText(1)));
		String summary = driver.ui().call(view::summaryText);
		assertTrue(summary.contains(shown.needs().size() + " training needs"), summary);
		driver.screenshot("training-plan");

		// Export: CSV files (the needs in the file named, the other tables beside it) and an Excel workbook
		List<Path> csv = driver.ui().call(() -> view.export(temp.resolve("plan.csv")));
		assertEquals(PlanTables.of(shown).size(), csv.size(), csv.toString());
		assertEquals(temp.resolve("plan.csv"), csv.get(0));
		List<String> lines = Files.readAllLines(csv.get(0));
		assertEquals(shown.needs().size() + 1, lines.size(), "a header and a row per need");
		assertTrue(lines.get(1).contains(first.gap().requirement().capability().getName()), lines.get(1));
		List<Path> xlsx = driver.ui().call(() -> view.export(temp.resolve("plan.xlsx")));
		assertEquals(List.of(temp.resolve("plan.xlsx")), xlsx);
		byte[] start = Arrays.copyOf(Files.readAllBytes(xlsx.get(0)), 2);
		assertEquals("PK", new String(start, java.nio.charset.StandardCharsets.US_ASCII), "a workbook is a zip file");

		// a need opens its team's matrix, of the model's own team (the plan is made on a copy)
		driver.ui().run(() -> view.showSkills(first.gap().requirement().team()));
		driver.waitUntil(Condition.of("the team's matrix", () -> driver.ui().call(() -> driver.page().getActiveEditor()
				instanceof SkillsMatrixEditor m && m.getMatrix() != null
				&& m.getMatrix().scope().element() == SkillsMatrixWorkbenchTest.team(editor.getModel().getModel(),
						first.gap().requirement().team().getName()))));
	}
}
