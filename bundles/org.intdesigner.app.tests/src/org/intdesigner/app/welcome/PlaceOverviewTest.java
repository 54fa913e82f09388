package org.intdesigner.app.welcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.intdesigner.app.AppPlugin;
import org.intdesigner.app.IntdIds;
import org.intdesigner.app.files.FirstRunSample;
import org.intdesigner.diagram.ui.editor.DiagramEditor;
import org.intdesigner.testsupport.ui.Condition;
import org.intdesigner.testsupport.ui.UiDriver;
import org.intdesigner.testsupport.ui.UiTestExtension;
import org.intdesigner.testsupport.ui.WidgetQuery;
import org.intdesigner.ui.model.OpenModel;
import org.intdesigner.ui.raci.RaciMatrixEditor;
import org.intdesigner.workforce.ui.WorkforceDashboard;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The first start as a newcomer meets it (issue #17, point 12): the example place opens with its
 * overview in front (neighbourhoods, teams, posts and vacancies, findings, the workforce data
 * loaded) and the next steps as links that do them; Help &gt; Overview brings it back.
 */
@ExtendWith(UiTestExtension.class)
class PlaceOverviewTest {

	private final UiDriver driver = UiDriver.forWorkbench();

	@AfterEach
	void close() {
		driver.closeDialogs();
		driver.openPerspective(IntdIds.PERSPECTIVE_DESIGN);
		driver.ui().run(() -> {
			driver.page().closeAllEditors(false);
			var overview = driver.page().findView(PlaceOverviewView.ID);
			if (overview != null) {
				driver.page().hideView(overview);
			}
		});
	}

	@Test
	void theFirstStartOpensTheExampleWithItsOverviewAndItsNextSteps() throws Exception {
		firstStart();
		driver.waitUntil(Condition.of("the overview in front",
				() -> driver.ui().call(() -> driver.page().findView(PlaceOverviewView.ID) != null
						&& driver.page().isPartVisible(driver.page().findView(PlaceOverviewView.ID)))));
		PlaceOverviewView overview = (PlaceOverviewView) driver.ui().call(() -> driver.page().findView(PlaceOverviewView.ID));
		OpenModel example = driver.ui().call(overview::getModel);
		assertNotNull(example, "the overview shows the example");
		assertTrue(driver.ui().call(() -> example.getFile().getFileName().toString()).equals(FirstRunSample.FILE_NAME));
		// the shipped scenario beside the example, naming it as its baseline: written, not opened
		java.nio.file.Path exampleFile = driver.ui().call(example::getFile);
		java.nio.file.Path scenarioFile = exampleFile.resolveSibling(FirstRunSample.SCENARIO_FILE_NAME);
		assertTrue(java.nio.file.Files.exists(scenarioFile), scenarioFile.toString());
		org.intdesigner.model.IntdModel scenario = org.intdesigner.model.io.ModelFiles.load(scenarioFile).model();
		assertEquals(FirstRunSample.FILE_NAME, scenario.getBaseline());
		assertEquals("Riverside: Docklands in two MDTs", scenario.getName());
		assertEquals(3, scenario.getTransitionWaves().size());
		assertTrue(driver.ui().call(() -> org.intdesigner.ui.model.ModelManager.INSTANCE.openModels().stream()
				.noneMatch(m -> m.getFile().equals(scenarioFile))), "the scenario is not opened");
		PlaceFacts expected = driver.ui().call(() -> PlaceFacts.of(example.getModel(), null));
		assertEquals(4, expected.neighbourhoods().size(), "the example has four neighbourhoods");
		Composite view = driver.viewComposite(PlaceOverviewView.ID);
		assertEquals(expected.neighbourhoodsText(), driver.textOf(fact(view, "Neighbourhoods")));
		assertEquals(expected.teamsText(), driver.textOf(fact(view, "Teams")));
		assertTrue(expected.teamsText().startsWith(expected.topTeams() + " teams and "), expected.teamsText());
		assertEquals(expected.postsText(), driver.textOf(fact(view, "Posts")));
		assertTrue(expected.vacancies() > 0, "the example has vacancies");
		driver.waitUntil(Condition.of("the example's findings counted",
				() -> driver.textOf(fact(view, "Findings")).contains("error")));
		// the example's year of workforce data is loaded in the background at the first start
		driver.waitUntil(Condition.of("the workforce data loaded", () -> driver.textOf(fact(view, "Workforce data loaded"))
				.contains("partners")), Duration.ofSeconds(60));
		driver.screenshot("overview-first-start", driver.workbenchShell());

		driver.click(step(view, "Check accountabilities"));
		driver.waitUntil(Condition.of("the RACI matrix open",
				() -> driver.ui().call(() -> driver.page().getActiveEditor() instanceof RaciMatrixEditor)));

		driver.ui().run(() -> ShowOverviewAction.show(driver.page()));
		driver.click(step(driver.viewComposite(PlaceOverviewView.ID), "Draw the team structure"));
		driver.waitUntil(Condition.of("the team structure drawn",
				() -> driver.ui().call(() -> driver.page().getActiveEditor() instanceof DiagramEditor editor
						&& editor.getTitle().startsWith("Team structure"))));

		driver.ui().run(() -> ShowOverviewAction.show(driver.page()));
		driver.click(step(driver.viewComposite(PlaceOverviewView.ID), "See workforce figures"));
		driver.waitUntil(Condition.of("the Workforce perspective with its dashboard",
				() -> driver.ui().call(() -> IntdIds.PERSPECTIVE_WORKFORCE.equals(driver.page().getPerspective().getId())
						&& driver.page().findView(WorkforceDashboard.ID) != null
						&& driver.page().isPartVisible(driver.page().findView(WorkforceDashboard.ID)))));
	}

	@Test
	void helpOverviewShowsItAgain() throws Exception {
		firstStart();
		driver.waitUntil(Condition.of("the overview", () -> driver.ui().call(() -> driver.page().findView(PlaceOverviewView.ID) != null)));
		driver.ui().run(() -> driver.page().hideView(driver.page().findView(PlaceOverviewView.ID)));
		driver.menus().select("Help", "Overview");
		driver.waitUntil(Condition.of("the overview shown again",
				() -> driver.ui().call(() -> driver.page().findView(PlaceOverviewView.ID) != null
						&& driver.page().isPartVisible(driver.page().findView(PlaceOverviewView.ID))
						&& ((PlaceOverviewView) driver.page().findView(PlaceOverviewView.ID)).getModel() != null)));
	}

	@Test
	void withNoModelOpenItOffersTheExample() {
		driver.ui().run(() -> driver.page().closeAllEditors(false));
		driver.menus().select("Help", "Overview");
		Composite view = driver.viewComposite(PlaceOverviewView.ID);
		PlaceOverviewView overview = (PlaceOverviewView) driver.ui().call(() -> driver.page().findView(PlaceOverviewView.ID));
		driver.waitUntil(Condition.of("no model shown", () -> driver.ui().call(overview::getModel) == null));
		Link offer = driver.find(WidgetQuery.of(Link.class).matching("the offer of the example",
				l -> l.isVisible() && l.getText().contains("<a>Open the example place</a>")), view);
		Link check = step(view, "Check accountabilities");
		assertTrue(driver.ui().call(() -> !check.isEnabled()), "no matrix to check without a model");
		driver.click(offer);
		driver.waitUntil(Condition.of("the example shown", () -> driver.ui().call(() -> overview.getModel() != null
				&& overview.getModel().getFile().getFileName().toString().equals(FirstRunSample.FILE_NAME))));
		assertTrue(driver.ui().call(check::isEnabled));
		assertTrue(driver.ui().call(() -> driver.page().isPartVisible(overview)), "the example's overview in front");
		driver.screenshot("overview-no-model-then-example", driver.workbenchShell());
	}

	/** INT Designer started on a data folder for the first time (tests start without the example). */
	private void firstStart() throws Exception {
		var preferences = InstanceScope.INSTANCE.getNode(AppPlugin.PLUGIN_ID);
		preferences.remove("exampleShown");
		String skip = System.clearProperty(FirstRunSample.SKIP_PROPERTY);
		try {
			driver.ui().run(() -> FirstRunSample.openIfFirstRun(driver.window()));
		} finally {
			if (skip != null) {
				System.setProperty(FirstRunSample.SKIP_PROPERTY, skip);
			}
		}
	}

	private Label fact(Composite view, String name) {
		return driver.find(WidgetQuery.of(Label.class).matching("the value of " + name, l -> name.equals(l.getData("fact"))), view);
	}

	private Link step(Composite view, String text) {
		return driver.find(WidgetQuery.of(Link.class).matching("the step " + text, l -> l.getText().contains("<a>" + text + "</a>")),
				view);
	}
}
