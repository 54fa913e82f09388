package org.intdesigner.planning.ui.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.IntdPackage;
import org.intdesigner.model.Post;
import org.intdesigner.model.Team;
import org.intdesigner.model.compare.ModelChange;
import org.intdesigner.model.io.ModelFiles;
import org.intdesigner.testsupport.ui.Condition;
import org.intdesigner.testsupport.ui.UiDriver;
import org.intdesigner.testsupport.ui.UiTestExtension;
import org.intdesigner.testsupport.ui.WidgetQuery;
import org.intdesigner.ui.editor.ModelEditor;
import org.intdesigner.ui.emf.ItemPropertySourceProvider;
import org.intdesigner.ui.files.FileDialogs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scenarios in the real workbench over the example place: New Scenario from the model's context menu makes the file
 * naming its baseline and opens it; the Scenario Changes view follows edits of the scenario (a rename shows the name
 * before and after), filters by kind, type and text, shows an element on double-click (a removed one in its
 * baseline), compares any two models with Compare With..., and says why when it cannot compare.
 */
@ExtendWith(UiTestExtension.class)
class ScenarioWorkbenchTest {

	private final UiDriver driver = UiDriver.forWorkbench();
	private ScenarioFixture fixture;
	private FileDialogs.Opener dialogs;

	@TempDir
	Path temp;

	@BeforeEach
	void setUp() {
		fixture = new ScenarioFixture(driver, temp);
		driver.openPerspective("org.intdesigner.app.perspective.design");
	}

	@AfterEach
	void close() {
		if (dialogs != null) {
			FileDialogs.openWith(dialogs);
		}
		driver.closeDialogs();
		driver.ui().run(() -> driver.page().closeAllEditors(false));
	}

	private ScenarioChangesView view() {
		return (ScenarioChangesView) driver.showView(ScenarioChangesView.ID);
	}

	@Test
	void newScenarioOnTheModelMakesTheFileNamingItsBaselineAndOpensIt() throws Exception {
		Path baseline = fixture.baseline();
		ModelEditor editor = fixture.open(baseline);
		IntdModel model = driver.ui().call(() -> editor.getModel().getModel());
		Control tree = driver.ui().call(() -> editor.getTree().getViewer().getControl());
		driver.ui().run(() -> editor.getTree().getViewer().setSelection(new StructuredSelection(model), true));
		driver.menus().selectInContextMenu(tree, "New Scenario...");

		Shell wizard = driver.shell("New Scenario");
		Text name = driver.find(WidgetQuery.of(Text.class).withLabel("Scenario name:"), wizard);
		Text file = driver.find(WidgetQuery.of(Text.class).withLabel("File:"), wizard);
		assertEquals(model.getName() + " (scenario)", driver.textOf(name));
		assertEquals(temp.resolve(model.getName() + " (scenario).intd").toString(), driver.textOf(file),
				"beside the baseline, named after the scenario");
		driver.ui().run(() -> name.setText("Docklands reorganised"));
		assertEquals(temp.resolve("Docklands reorganised.intd").toString(), driver.textOf(file));
		driver.click(driver.find(WidgetQuery.of(Button.class).withText("Finish"), wizard));

		Path scenario = temp.resolve("Docklands reorganised.intd");
		driver.waitUntil(Condition.of("the scenario open", () -> driver.ui().call(() ->
				driver.page().getActiveEditor() instanceof ModelEditor open && open.getModel().getFile().equals(scenario))));
		assertTrue(Files.exists(scenario));
		IntdModel saved = ModelFiles.load(scenario).model();
		assertEquals("riverside.intd", saved.getBaseline(), "named relative to the scenario's folder");
		assertEquals("Docklands reorganised", saved.getName());
		assertEquals(model.getId(), saved.getId(), "the ids are kept");
		ScenarioChangesView view = (ScenarioChangesView) driver.ui().call(() -> driver.page().findView(ScenarioChangesView.ID));
		assertNotNull(view, "the changes are shown beside the new scenario");
		driver.waitUntil(Condition.of("compared", () -> driver.ui().call(() -> view.getMessage() == null)));
		List<ModelChange> changes = driver.ui().call(view::getChanges);
		assertEquals(1, changes.size(), "a new scenario changes nothing yet but its name: " + changes);
		assertEquals(List.of("IntdModel", "name", model.getName(), "Docklands reorganised"), List.of(changes.get(0).type(),
				changes.get(0).feature(), changes.get(0).before(), changes.get(0).after()));

		// a second scenario of the same baseline: the file of the first is refused, nothing is overwritten
		driver.ui().run(() -> driver.page().activate(editor));
		driver.ui().run(() -> editor.getTree().getViewer().setSelection(new StructuredSelection(model), true));
		driver.menus().selectInContextMenu(tree, "New Scenario...");
		Shell second = driver.shell("New Scenario");
		Text secondName = driver.find(WidgetQuery.of(Text.class).withLabel("Scenario name:"), second);
		driver.ui().run(() -> secondName.setText("Docklands reorganised"));
		Button finish = driver.find(WidgetQuery.of(Button.class).withText("Finish"), second);
		assertFalse(driver.ui().call(finish::isEnabled), "an existing file is refused");
		assertTrue(driver.ui().call(() -> ((org.eclipse.jface.wizard.WizardDialog) second.getData()).getCurrentPage()
				.getErrorMessage()).contains("already exists"));
		driver.ui().run(() -> secondName.setText("Docklands, plan B"));
		assertTrue(driver.ui().call(finish::isEnabled));
		driver.click(finish);
		Path planB = temp.resolve("Docklands, plan B.intd");
		driver.waitUntil(Condition.of("the second scenario", () -> Files.exists(planB)));
		assertEquals("riverside.intd", ModelFiles.load(planB).model().getBaseline());
	}

	@Test
	void fileNewScenarioOffersTheModelOfTheActiveEditorAsItsBaseline() throws Exception {
		Path baseline = fixture.baseline();
		ModelEditor editor = fixture.open(baseline);
		driver.ui().run(() -> driver.page().activate(editor));
		driver.menus().select("File", "New...");
		Shell chooser = driver.shell("New");
		driver.items().select(driver.find(WidgetQuery.of(Tree.class), chooser), "INT Designer", "Scenario");
		driver.click(driver.find(WidgetQuery.of(Button.class).withText("Next >"), chooser));
		Text base = driver.find(WidgetQuery.of(Text.class).withLabel("Baseline model"), chooser);
		assertEquals(baseline.toString(), driver.textOf(base));
		Text file = driver.find(WidgetQuery.of(Text.class).withLabel("File"), chooser);
		driver.ui().run(() -> base.setText(temp.resolve("nowhere.intd").toString()));
		Button finish = driver.find(WidgetQuery.of(Button.class).withText("Finish"), chooser);
		assertFalse(driver.ui().call(finish::isEnabled), "a baseline that is not there is refused");
		driver.ui().run(() -> base.setText(baseline.toString()));
		assertTrue(driver.ui().call(finish::isEnabled));
		assertEquals(temp.resolve("Riverside INT design (example) (scenario).intd").toString(), driver.textOf(file));
		driver.screenshot("new-scenario-wizard", chooser);
		driver.click(finish);
		driver.waitUntil(Condition.of("the scenario made", () -> Files.exists(temp.resolve("Riverside INT design (example) (scenario).intd"))));
	}

	@Test
	void aBaselineWithUnsavedChangesIsSavedFirstWhenTheUserSaysSo() throws Exception {
		Path baseline = fixture.baseline();
		ModelEditor editor = fixture.open(baseline);
		IntdModel model = driver.ui().call(() -> editor.getModel().getModel());
		Team team = ScenarioFixture.find(model, Team.class, t -> "docklands-frailty".equals(t.getCode()));
		fixture.set(editor.getModel(), team, IntdPackage.Literals.ELEMENT__NAME, "Docklands frailty MDT (unsaved)");
		assertTrue(driver.ui().call(editor::isDirty));
		Control tree = driver.ui().call(() -> editor.getTree().getViewer().getControl());
		driver.ui().run(() -> editor.getTree().getViewer().setSelection(new StructuredSelection(model), true));
		driver.menus().selectInContextMenu(tree, "New Scenario...");
		Shell wizard = driver.shell("New Scenario");
		driver.ui().run(() -> driver.find(WidgetQuery.of(Text.class).withLabel("Scenario name"), wizard).setText("saved first"));
		driver.click(driver.find(WidgetQuery.of(Button.class).withText("Finish"), wizard));
		Shell ask = driver.shell(NewScenarioWizard.SAVE_TITLE);
		driver.click(driver.find(WidgetQuery.of(Button.class).withText("Yes"), ask));
		Path scenario = temp.resolve("saved first.intd");
		driver.waitUntil(Condition.of("the scenario made", () -> Files.exists(scenario)));
		assertFalse(driver.ui().call(editor::isDirty), "the baseline was saved");
		assertEquals("Docklands frailty MDT (unsaved)", ScenarioFixture.find(ModelFiles.load(baseline).model(), Team.class,
				t -> "docklands-frailty".equals(t.getCode())).getName());
		assertEquals("Docklands frailty MDT (unsaved)", ScenarioFixture.find(ModelFiles.load(scenario).model(), Team.class,
				t -> "docklands-frailty".equals(t.getCode())).getName(), "the scenario is made from the saved baseline");
	}

	@Test
	void theModelExplorerOffersNewScenarioAndCompareWithOnTheModel() throws Exception {
		ModelEditor editor = fixture.open(fixture.baseline());
		var explorer = (org.intdesigner.ui.explorer.ModelExplorerView) driver.showView(
				org.intdesigner.ui.explorer.ModelExplorerView.ID);
		IntdModel model = driver.ui().call(() -> editor.getModel().getModel());
		driver.waitUntil(Condition.of("the model in the explorer", () -> driver.ui().call(() -> explorer.getTree() != null)));
		driver.ui().run(() -> explorer.select(model));
		Control tree = driver.ui().call(() -> explorer.getTree().getViewer().getControl());
		List<String> items = driver.menus().contextTexts(tree);
		assertTrue(items.contains("New Scenario...") && items.contains("Compare With..."), items.toString());
		Team team = ScenarioFixture.find(model, Team.class, t -> "docklands-core".equals(t.getCode()));
		driver.ui().run(() -> explorer.select(team));
		assertFalse(driver.menus().contextTexts(tree).contains("New Scenario..."), "on the model only");
	}

	@Test
	void aRenameInTheScenarioShowsTheNameBeforeAndAfter() throws Exception {
		ModelEditor editor = fixture.open(fixture.scenario("renamed"));
		ScenarioChangesView view = view();
		driver.waitUntil(Condition.of("compared", () -> driver.ui().call(() -> view.getMessage() == null)));
		Team team = ScenarioFixture.find(driver.ui().call(() -> editor.getModel().getModel()), Team.class,
				t -> "docklands-frailty".equals(t.getCode()));
		fixture.set(editor.getModel(), team, IntdPackage.Literals.ELEMENT__NAME, "Docklands frailty and falls MDT");

		Tree tree = driver.ui().call(() -> view.getTreeViewer().getTree());
		waitForRow(tree, "docklands-frailty  Docklands frailty and falls MDT");
		TreeItem row = driver.items().select(tree, "Team (1)", "docklands-frailty  Docklands frailty and falls MDT", "name");
		assertEquals(List.of("name", "changed", "Docklands frailty MDT", "Docklands frailty and falls MDT"),
				driver.ui().call(() -> List.of(row.getText(0), row.getText(1), row.getText(2), row.getText(3))));
		assertTrue(driver.ui().call(view::getContentDescription)
				.equals("riverside.intd \u2192 renamed.intd: 2 changes to 2 elements (2 changed)"),
				"the team and the scenario's own name: " + driver.ui().call(view::getContentDescription));

		// undone in the editor: the view follows
		driver.ui().run(() -> editor.getModel().getCommandStack().undo());
		driver.waitUntil(Condition.of("the team's change gone", () -> driver.ui().call(() -> view.getChanges().size() == 1)));
		assertFalse(texts(tree).contains("docklands-frailty  Docklands frailty MDT"));
	}

	@Test
	void theKindTypeAndTextFiltersHideRows() throws Exception {
		ModelEditor editor = fixture.open(fixture.scenario("docklands"));
		ScenarioChangesView view = view();
		fixture.reorganiseDocklands(editor.getModel());
		driver.waitUntil(Condition.of("every kind of change", () -> driver.ui().call(() -> kinds(view).size() == 4)));
		Tree tree = driver.ui().call(() -> view.getTreeViewer().getTree());
		assertTrue(texts(tree).contains("docklands-frailty  Docklands frailty and falls MDT"));

		driver.click(driver.ui().call(() -> view.getFilters().kindButton(ModelChange.Kind.CHANGED)));
		driver.waitUntil(Condition.of("changed rows hidden", () -> !texts(tree).contains("docklands-frailty  Docklands frailty and falls MDT")));
		assertFalse(driver.ui().call(() -> kinds(view)).contains(ModelChange.Kind.CHANGED));
		assertTrue(texts(tree).stream().anyMatch(text -> text.startsWith("docklands-ltc")), "the added team still shows");
		assertTrue(driver.ui().call(view::getContentDescription).contains("of the elements shown by the filters"));
		driver.click(driver.ui().call(() -> view.getFilters().kindButton(ModelChange.Kind.CHANGED)));

		driver.select(driver.ui().call(() -> view.getFilters().typeCombo()), "Post");
		driver.waitUntil(Condition.of("posts only", () -> driver.ui().call(() -> view.getNodes().stream()
				.allMatch(node -> node.type().equals("Post")) && !view.getNodes().isEmpty())));

		driver.select(driver.ui().call(() -> view.getFilters().typeCombo()), ChangeFilterBar.ALL_TYPES);
		driver.ui().run(() -> view.getFilters().textField().setText("long-term"));
		driver.waitUntil(Condition.of("the new MDT only", () -> driver.ui().call(() -> ChangeNodes.elementCount(view.getNodes()) == 1)));
		assertEquals("docklands-ltc", driver.ui().call(() -> view.getNodes().get(0).elements().get(0).code()));
		driver.screenshot("scenario-changes-filtered");
	}

	@Test
	void doubleClickShowsTheElementInTheScenarioAndARemovedOneInItsBaseline() throws Exception {
		Path scenario = fixture.scenario("docklands");
		ModelEditor editor = fixture.open(scenario);
		ScenarioChangesView view = view();
		IntdModel model = driver.ui().call(() -> editor.getModel().getModel());
		Team team = ScenarioFixture.find(model, Team.class, t -> "docklands-frailty".equals(t.getCode()));
		Post closed = ScenarioFixture.find(model, Post.class, p -> p.getCode() != null && p.getCode().startsWith("docklands-"));
		String closedId = closed.getId();
		String closedRow = closed.getCode() + "  " + closed.getName();
		fixture.set(editor.getModel(), team, IntdPackage.Literals.ELEMENT__NAME, "Docklands frailty and falls MDT");
		fixture.delete(editor.getModel(), closed);
		Tree tree = driver.ui().call(() -> view.getTreeViewer().getTree());
		// both edits shown: no comparison is pending that would make the rows again under the double-click
		waitForRow(tree, "docklands-frailty  Docklands frailty and falls MDT");
		waitForRow(tree, closedRow);

		driver.items().open(tree, group(tree, "Team"), "docklands-frailty  Docklands frailty and falls MDT");
		driver.waitUntil(Condition.of("the team selected in the scenario's editor", () -> driver.ui().call(() ->
				driver.page().getActiveEditor() == editor
						&& editor.getTree().getViewer().getStructuredSelection().getFirstElement() == team)));

		driver.items().open(tree, group(tree, "Post"), closedRow);
		driver.waitUntil(Condition.of("the removed post shown in the baseline", () -> driver.ui().call(() ->
				driver.page().getActiveEditor() instanceof ModelEditor baseline && baseline != editor
						&& baseline.getModel().getFile().getFileName().toString().equals("riverside.intd")
						&& baseline.getTree().getViewer().getStructuredSelection().getFirstElement() instanceof Post post
						&& post.getId().equals(closedId))));
		assertNull(driver.ui().call(view::getMessage), "the view keeps the scenario's changes beside its baseline");
		assertTrue(driver.ui().call(view::getContentDescription).startsWith("riverside.intd \u2192 docklands.intd"));
	}

	@Test
	void aScenarioWhoseBaselineIsMissingOpensAndSaysWhatToDo() throws Exception {
		Path scenario = fixture.scenario("orphan");
		Files.delete(temp.resolve("riverside.intd"));
		ModelEditor editor = fixture.open(scenario);
		assertNotNull(driver.ui().call(() -> editor.getTree().getViewer().getInput()), "the scenario opens as any model");
		ScenarioChangesView view = view();
		String expected = "Comparison unavailable: the baseline riverside.intd this scenario names is not at "
				+ temp.resolve("riverside.intd") + ".";
		driver.waitUntil(Condition.of("the missing baseline said", () -> {
			String message = driver.ui().call(view::getMessage);
			return message != null && message.startsWith(expected);
		}));
		assertTrue(driver.ui().call(view::getMessage).contains("Set Baseline in the Properties view"));
		org.eclipse.swt.widgets.Label shown = driver.find(WidgetQuery.of(org.eclipse.swt.widgets.Label.class)
				.matching("the message", label -> label.getText().startsWith("Comparison unavailable")),
				driver.viewComposite(ScenarioChangesView.ID));
		assertTrue(driver.ui().call(shown::isVisible));
		driver.screenshot("scenario-baseline-missing");

		// Baseline set in Properties to another copy of the example: the view compares again
		fixture.scenario("restored"); // writes the example again as riverside.intd
		Files.move(temp.resolve("riverside.intd"), temp.resolve("kept.intd"));
		IntdModel model = driver.ui().call(() -> editor.getModel().getModel());
		IPropertySource properties = driver.ui().call(() -> new ItemPropertySourceProvider(
				editor.getModel().getAdapterFactory()).getPropertySource(model));
		IPropertyDescriptor baseline = driver.ui().call(() -> Arrays.stream(properties.getPropertyDescriptors())
				.filter(d -> d.getDisplayName().equals("Baseline")).findFirst().orElseThrow());
		driver.ui().run(() -> properties.setPropertyValue(baseline.getId(), "kept.intd"));
		assertEquals("kept.intd", driver.ui().call(model::getBaseline));
		driver.waitUntil(Condition.of("compared with the baseline named", () -> driver.ui().call(() -> view.getMessage() == null)));
		assertTrue(driver.ui().call(view::getContentDescription).startsWith("kept.intd \u2192 orphan.intd"));
	}

	@Test
	void compareWithComparesTwoScenariosAndRefusesModelsThatShareNoIds() throws Exception {
		Path first = fixture.scenario("first");
		Path second = fixture.scenario("second");
		ModelEditor editor = fixture.open(second);
		Team team = ScenarioFixture.find(driver.ui().call(() -> editor.getModel().getModel()), Team.class,
				t -> "docklands-core".equals(t.getCode()));
		fixture.addTeam(editor.getModel(), team, "docklands-ltc", "Docklands long-term conditions MDT");
		List<String> asked = new ArrayList<>();
		dialogs = FileDialogs.openWith(dialog -> {
			asked.add(((org.eclipse.swt.widgets.FileDialog) dialog).getFilterPath());
			return first.toString();
		});
		Control tree = driver.ui().call(() -> editor.getTree().getViewer().getControl());
		IntdModel model = driver.ui().call(() -> editor.getModel().getModel());
		driver.ui().run(() -> editor.getTree().getViewer().setSelection(new StructuredSelection(model), true));
		driver.menus().selectInContextMenu(tree, "Compare With...");
		ScenarioChangesView view = view();
		driver.waitUntil(Condition.of("first against second", () -> driver.ui().call(view::getContentDescription)
				.startsWith("first.intd \u2192 second.intd")));
		assertEquals(List.of(temp.toString()), asked, "the dialog opens beside the model");
		List<ModelChange> changes = driver.ui().call(view::getChanges);
		assertEquals(List.of("changed IntdModel name first -> second", "added Team docklands-ltc"), changes.stream()
				.map(c -> c.change().label() + " " + c.type() + " " + (c.feature().isEmpty() ? c.code()
						: c.feature() + " " + c.before() + " -> " + c.after())).toList());

		// an unrelated model: no shared ids, said with the way out
		Path other = temp.resolve("other.intd");
		IntdModel unrelated = org.intdesigner.model.IntdFactory.eINSTANCE.createIntdModel();
		unrelated.setName("Elsewhere");
		Team elsewhere = org.intdesigner.model.IntdFactory.eINSTANCE.createTeam();
		elsewhere.setName("Elsewhere core team");
		unrelated.getTeams().add(elsewhere);
		ModelFiles.saveNew(unrelated, other);
		driver.ui().run(() -> view.compare(other, second));
		String message = driver.ui().call(view::getMessage);
		assertNotNull(message);
		assertTrue(message.startsWith("other.intd and second.intd cannot be compared: The two models share no element ids"), message);
		assertTrue(message.contains("compare the files by code"), message);

		driver.ui().run(view::followActiveEditor);
		driver.waitUntil(Condition.of("the scenario's own changes again", () -> driver.ui().call(view::getContentDescription)
				.startsWith("riverside.intd \u2192 second.intd")));
		assertSame(null, driver.ui().call(view::getMessage));
	}

	/** The text of the row of a type: its name and count. */
	private String group(Tree tree, String type) {
		return driver.ui().call(() -> Arrays.stream(tree.getItems()).map(TreeItem::getText)
				.filter(text -> text.startsWith(type + " (")).findFirst().orElseThrow());
	}

	private TreeItem waitForRow(Tree tree, String text) {
		TreeItem[] found = new TreeItem[1];
		driver.waitUntil(Condition.of("a row '" + text + "'", () -> driver.ui().call(() -> {
			found[0] = find(tree.getItems(), text);
			return found[0] != null;
		})));
		return found[0];
	}

	private static TreeItem find(TreeItem[] items, String text) {
		for (TreeItem item : items) {
			if (text.equals(item.getText())) {
				return item;
			}
			TreeItem inside = find(item.getItems(), text);
			if (inside != null) {
				return inside;
			}
		}
		return null;
	}

	private List<String> texts(Tree tree) {
		return driver.ui().call(() -> {
			List<String> texts = new ArrayList<>();
			collect(tree.getItems(), texts);
			return texts;
		});
	}

	private static void collect(TreeItem[] items, List<String> texts) {
		for (TreeItem item : items) {
			texts.add(item.getText());
			collect(item.getItems(), texts);
		}
	}

	private static java.util.Set<ModelChange.Kind> kinds(ScenarioChangesView view) {
		java.util.Set<ModelChange.Kind> kinds = java.util.EnumSet.noneOf(ModelChange.Kind.class);
		view.getNodes().forEach(type -> type.elements().forEach(element -> element.changes()
				.forEach(change -> kinds.add(change.change()))));
		return kinds;
	}
}
