package org.intdesigner.planning.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PartInitException;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.IntdPackage;
import org.intdesigner.model.Team;
import org.intdesigner.model.WisnStudy;
import org.intdesigner.model.io.ModelFiles;
import org.intdesigner.model.samples.ExamplePlace;
import org.intdesigner.planning.PlanTable;
import org.intdesigner.planning.SixSteps;
import org.intdesigner.planning.ui.study.WisnStudyEditor;
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
 * Planning as a planner does it, in the real workbench over the example place: "Plan Workforce" on a team in the
 * model editor's tree opens the Planning perspective with the plan narrowed to the team's neighbourhood; a WISN
 * study's results follow what is typed, the model changes when the field is left, and undo takes it back; the Six
 * Steps guide shows what the example has done.
 */
@ExtendWith(UiTestExtension.class)
class PlanningWorkbenchTest {

	private final UiDriver driver = UiDriver.forWorkbench();

	@TempDir
	Path temp;

	@AfterEach
	void close() {
		driver.closeDialogs();
		driver.ui().run(() -> driver.page().closeAllEditors(false));
	}

	private ModelEditor openExample() throws Exception {
		Path file = temp.resolve("riverside.intd");
		ModelFiles.saveNew(ExamplePlace.create(), file);
		driver.openPerspective("org.intdesigner.app.perspective.design");
		return driver.ui().call(() -> {
			try {
				return (ModelEditor) driver.page().openEditor(new PathEditorInput(file), ModelEditor.ID);
			} catch (PartInitException e) {
				throw new AssertionError(e);
			}
		});
	}

	@Test
	void planWorkforceOnATeamShowsItsNeighbourhoodsPlan() throws Exception {
		ModelEditor editor = openExample();
		Control tree = driver.ui().call(() -> editor.getTree().getViewer().getControl());
		driver.ui().run(() -> editor.getTree().getViewer().setSelection(
				new StructuredSelection(team(editor.getModel().getModel(), "Riverside North INT core team")), true));
		driver.menus().selectInContextMenu(tree, "Plan Workforce");

		assertEquals(PlanningIds.PERSPECTIVE, driver.ui().call(() -> driver.page().getPerspective().getId()));
		PlanView plan = (PlanView) driver.ui().call(() -> driver.page().findView(PlanView.ID));
		assertNotNull(plan, "the plan view is open");
		driver.waitUntil(Condition.of("the plan of the example", () -> driver.ui().call(() -> plan.getPlan() != null)));
		List<PlanTable.Row> rows = driver.ui().call(plan::getRows);
		assertFalse(rows.isEmpty());
		assertTrue(rows.stream().allMatch(row -> row.year() == 0), rows.toString());
		assertTrue(rows.stream().allMatch(row -> List.of("Riverside North", "Riverside").contains(row.unit().getName())),
				"narrowed to the team's neighbourhood and the place around it: " + rows);
		assertEquals(0.198, driver.ui().call(() -> plan.getHeatMap().ratio("District nurse", "Riverside North")), 0.001);
		assertTrue(driver.ui().call(() -> plan.getChart().lineNames()).contains("Need (WISN)"));
		driver.screenshot("planning-plan-view");
	}

	@Test
	void aStudysResultsFollowTheKeyboardAndTheEditIsUndoable() throws Exception {
		ModelEditor editor = openExample();
		WisnStudy study = driver.ui().call(() -> editor.getModel().getModel().getWisnStudies().get(0));
		WisnStudyEditor studyEditor = driver.ui().call(() -> WisnStudyEditor.open(driver.page(), editor.getModel().getFile(), study));
		assertEquals(1575, driver.ui().call(() -> studyEditor.getResults().get(0).awtHours()), 1e-9);
		assertEquals(5.0536, driver.ui().call(() -> studyEditor.getResults().get(0).requiredStaff()), 1e-4);

		Text hours = driver.ui().call(() -> studyEditor.getNumberField(IntdPackage.Literals.WISN_STUDY__HOURS_PER_DAY));
		driver.ui().run(() -> {
			hours.setFocus();
			hours.selectAll();
		});
		driver.type(hours, "8");
		assertEquals(1680, driver.ui().call(() -> studyEditor.getResults().get(0).awtHours()), 1e-9, "210 days x 8 hours, as typed");
		assertEquals(7.5, driver.ui().call(study::getHoursPerDay), "the model changes only when the field is left");

		driver.press(0, SWT.CR);
		assertEquals(8.0, driver.ui().call(study::getHoursPerDay));
		assertTrue(driver.ui().call(editor::isDirty), "the model is dirty");

		driver.ui().run(() -> studyEditor.getSite().getPage().activate(studyEditor));
		driver.keys(SWT.MOD1, 'z');
		driver.waitUntil(Condition.of("undone", () -> driver.ui().call(study::getHoursPerDay) == 7.5));
		driver.waitUntil(Condition.of("the results again", () -> driver.ui().call(() -> studyEditor.getResults().get(0).awtHours()) == 1575));
		driver.screenshot("planning-study-editor");
	}

	@Test
	void theSixStepsShowWhatTheExampleHasDone() throws Exception {
		openExample();
		driver.openPerspective(PlanningIds.PERSPECTIVE);
		SixStepsView steps = (SixStepsView) driver.showView(SixStepsView.ID);
		driver.waitUntil(Condition.of("the steps", () -> !driver.ui().call(steps::getStatuses).isEmpty()));
		List<SixSteps.Status> statuses = driver.ui().call(steps::getStatuses);
		assertEquals(List.of(true, true, true, true, true), statuses.subList(0, 5).stream().map(SixSteps.Status::done).toList(),
				statuses.toString());
	}

	private static Team team(IntdModel model, String name) {
		for (var contents = model.eAllContents(); contents.hasNext();) {
			if (contents.next() instanceof Team team && name.equals(team.getName())) {
				return team;
			}
		}
		throw new AssertionError("no team " + name);
	}
}
