package org.intdesigner.development.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.intdesigner.development.RequirementCheck;
import org.intdesigner.development.SkillSufficiency;
import org.intdesigner.development.SkillsAnalysis;
import org.intdesigner.development.SufficiencyReport;
import org.intdesigner.development.Teams;
import org.intdesigner.diagram.notation.Diagram;
import org.intdesigner.diagram.notation.NodeView;
import org.intdesigner.diagram.store.NewDiagrams;
import org.intdesigner.diagram.sync.LiveDiagram;
import org.intdesigner.diagram.ui.editor.DiagramDescriptions;
import org.intdesigner.diagram.ui.editor.DiagramEditor;
import org.intdesigner.diagram.ui.session.DiagramSession;
import org.intdesigner.diagram.ui.session.DiagramsMenu;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Team;
import org.intdesigner.model.io.ModelFiles;
import org.intdesigner.model.samples.ExamplePlace;
import org.intdesigner.testsupport.ui.Condition;
import org.intdesigner.testsupport.ui.UiDriver;
import org.intdesigner.testsupport.ui.UiTestExtension;
import org.intdesigner.testsupport.ui.WidgetQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Skill sufficiency diagram of the example place: the teams below the threshold are marked (and only those), a
 * threshold set in the preferences moves the marks on the open diagram, the filter leaves only the teams below it and the teams holding them,
 * and Show Skills on a team drawn there opens its matrix.
 */
@ExtendWith(UiTestExtension.class)
class SkillSufficiencyDiagramTest {

	private static final String SKILLS = "IntSkills/SkillSufficiency";
	private static final String MARK = "belowThreshold";

	private final UiDriver driver = UiDriver.forWorkbench();

	@TempDir
	Path temp;

	@AfterEach
	void close() {
		SufficiencyThreshold.set(SufficiencyThreshold.DEFAULT);
		driver.closeDialogs();
		driver.ui().run(() -> driver.page().closeAllEditors(false));
	}

	@Test
	void teamsBelowTheThresholdAreMarkedAndTheFilterLeavesOnlyThem() throws Exception {
		Path file = temp.resolve("riverside.intd");
		ModelFiles.saveNew(ExamplePlace.create(), file);
		driver.openPerspective("org.intdesigner.app.perspective.design");
		DiagramEditor diagram = open(file, created -> {
		});
		LiveDiagram live = driver.ui().call(diagram::getDiagram);
		IntdModel model = (IntdModel) live.getRoot();
		SkillRecordsSource.Snapshot snapshot = SkillRecordsSource.get();
		SufficiencyReport report = SkillsAnalysis.sufficiency(model, snapshot.records(), SkillsAnalysis.defaultDay(snapshot.records()),
				SkillSufficiency.DEFAULT_EXPIRING_DAYS);
		Set<String> below = below(report, 80);
		Set<String> marked = driver.ui().call(() -> marked(live, model));
		assertEquals(below, marked);
		assertTrue(!below.isEmpty() && below.size() < Teams.all(model).size(), "some teams below 80 %, some not: " + below);
		driver.screenshot("skill-sufficiency-diagram");

		// a lower threshold in the preferences marks fewer teams, on the open diagram at once
		driver.ui().async(() -> PreferencesUtil.createPreferenceDialogOn(driver.workbenchShell(),
				"org.intdesigner.development.ui.preferences", null, null).open());
		Shell preferences = driver.shell("Preferences");
		Spinner threshold = driver.find(WidgetQuery.of(Spinner.class).withLabel("Sufficiency threshold:"), preferences);
		assertEquals(80, (int) driver.ui().call(threshold::getSelection));
		driver.ui().run(() -> threshold.setSelection(50));
		driver.click(driver.button("Apply and Close"));
		driver.waitUntil(Condition.of("the preferences closed", () -> !driver.hasShell("Preferences")));
		assertEquals(50, SufficiencyThreshold.get());
		assertEquals(below(report, 50), driver.ui().call(() -> marked(live, model)));
		assertTrue(below(report, 50).size() < below.size(), "fewer teams below 50 % than below 80 %");
		SufficiencyThreshold.set(80);

		// the filter: only the teams below the threshold stay, and the teams holding them
		DiagramEditor filtered = open(file, created -> created.getActiveFilters().add("belowOnly"));
		LiveDiagram filteredLive = driver.ui().call(filtered::getDiagram);
		IntdModel filteredModel = (IntdModel) filteredLive.getRoot();
		for (Team team : Teams.all(filteredModel)) {
			boolean keep = Teams.withSubTeams(team).stream().anyMatch(t -> below.contains(t.getName()));
			List<NodeView> views = driver.ui().call(() -> filteredLive.viewsOf(team));
			assertTrue(!views.isEmpty(), "drawn: " + team.getName());
			for (NodeView view : views) {
				assertEquals(!keep, driver.ui().call(() -> filteredLive.isHidden(view)), team.getName());
			}
		}

		// Show Skills on a team drawn there
		Team team = Teams.all(filteredModel).stream().filter(t -> below.contains(t.getName())).findFirst().orElseThrow();
		driver.ui().run(() -> filtered.getSite().getSelectionProvider().setSelection(new StructuredSelection(team)));
		driver.menus().selectInContextMenu(driver.ui().call(filtered::getCanvas), "Show Skills");
		driver.waitUntil(Condition.of("the matrix of the team", () -> driver.ui().call(
				() -> driver.page().getActiveEditor() instanceof SkillsMatrixEditor m && m.getMatrix() != null
						&& m.getMatrix().scope().element() != null && team.getId().equals(m.getMatrix().scope().element().getId()))));
	}

	private static Set<String> below(SufficiencyReport report, int threshold) {
		return Teams.all(report.model()).stream().filter(team -> {
			List<RequirementCheck> checks = report.checksOf(team);
			return !checks.isEmpty() && checks.stream().filter(RequirementCheck::met).count() * 100.0 / checks.size() < threshold;
		}).map(Team::getName).collect(Collectors.toSet());
	}

	private static Set<String> marked(LiveDiagram live, IntdModel model) {
		return Teams.all(model).stream()
				.filter(team -> live.viewsOf(team).stream().anyMatch(view -> live.decorationsOf(view).stream()
						.anyMatch(d -> MARK.equals(d.decoration().getName()))))
				.map(Team::getName).collect(Collectors.toSet());
	}

	private DiagramEditor open(Path file, Consumer<Diagram> adjust) {
		return driver.ui().call(() -> {
			try {
				DiagramSession session = DiagramSession.open(file);
				try {
					Diagram created = NewDiagrams.create(DiagramDescriptions.find(SKILLS), session.getSemantic().getRoot(), SKILLS);
					adjust.accept(created);
					session.getDiagramSet().getDiagrams().add(created);
					DiagramsMenu.open(file, created.getId(), SKILLS);
				} finally {
					session.release();
				}
			} catch (IOException e) {
				throw new AssertionError(e);
			}
			return (DiagramEditor) driver.page().getActiveEditor();
		});
	}
}
