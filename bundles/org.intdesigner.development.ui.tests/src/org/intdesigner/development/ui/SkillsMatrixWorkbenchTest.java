package org.intdesigner.development.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.ui.PartInitException;
import org.intdesigner.development.Holding;
import org.intdesigner.development.Level;
import org.intdesigner.development.ModelCodes;
import org.intdesigner.development.Requirements;
import org.intdesigner.development.SkillsHeld;
import org.intdesigner.development.StaffMember;
import org.intdesigner.development.Teams;
import org.intdesigner.model.Area;
import org.intdesigner.model.CapabilityLevel;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Post;
import org.intdesigner.model.ProficiencyLevel;
import org.intdesigner.model.Team;
import org.intdesigner.model.io.ModelFiles;
import org.intdesigner.model.samples.ExamplePlace;
import org.intdesigner.testsupport.ui.Condition;
import org.intdesigner.testsupport.ui.UiDriver;
import org.intdesigner.testsupport.ui.UiTestExtension;
import org.intdesigner.testsupport.ui.WidgetQuery;
import org.intdesigner.ui.editor.ModelEditor;
import org.intdesigner.ui.files.PathEditorInput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The skills matrix as a team lead uses it, in the real workbench over the example place: Show Skills on a team in the
 * model editor's tree opens its matrix (people or posts of the team and its sub-teams against what its teams require,
 * cells holding the levels), the filters narrow it, sorting orders it by a capability's level, editing a requirement
 * through its dialog changes the model, the matrix follows, and Ctrl+Z takes it back.
 */
@ExtendWith(UiTestExtension.class)
class SkillsMatrixWorkbenchTest {

	static final String CORE_TEAM = "Docklands INT core team";

	private final UiDriver driver = UiDriver.forWorkbench();

	@TempDir
	Path temp;

	@AfterEach
	void close() {
		driver.closeDialogs();
		driver.ui().run(() -> driver.page().closeAllEditors(false));
		ExampleStore.empty("matrix-after");
	}

	static ModelEditor openExample(UiDriver driver, Path file) throws Exception {
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

	/** Show Skills in the tree's context menu on {@code element}; returns the matrix it opened. */
	SkillsMatrixEditor showSkills(ModelEditor editor, Object element) {
		Control tree = driver.ui().call(() -> editor.getTree().getViewer().getControl());
		driver.ui().run(() -> editor.getTree().getViewer().setSelection(new StructuredSelection(element), true));
		driver.menus().selectInContextMenu(tree, "Show Skills");
		driver.waitUntil(Condition.of("the skills matrix", () -> driver.ui().call(
				() -> driver.page().getActiveEditor() instanceof SkillsMatrixEditor m && m.getMatrix() != null)));
		return (SkillsMatrixEditor) driver.ui().call(() -> driver.page().getActiveEditor());
	}

	@Test
	void showSkillsOnATeamShowsWhatItsPeopleHoldAgainstWhatItRequires() throws Exception {
		ModelEditor editor = openExample(driver, temp.resolve("riverside.intd"));
		IntdModel model = editor.getModel().getModel();
		Team team = team(model, CORE_TEAM);
		SkillsMatrixEditor matrix = showSkills(editor, team);
		SkillsMatrix shown = driver.ui().call(matrix::getMatrix);

		assertEquals("Skills " + CORE_TEAM, driver.ui().call(matrix::getPartName));
		String header = driver.ui().call(matrix::headerText);
		assertTrue(header.contains(shown.basis() == SkillsHeld.Basis.DESIGNED ? "filled posts as designed" : "assessed people"),
				header);
		// the columns: every capability a requirement of the team or its sub-teams names, at the highest level asked
		List<Team> teams = Teams.withSubTeams(team);
		long requirements = teams.stream().mapToLong(t -> Requirements.of(t).size()).sum();
		assertTrue(requirements > 0, "the example's core team requires something");
		assertTrue(driver.ui().call(matrix::summaryText).startsWith(requirements + " requirements, "),
				driver.ui().call(matrix::summaryText));
		long met = teams.stream().flatMap(t -> shown.report().checksOf(t).stream()).filter(c -> c.met()).count();
		assertEquals(met, shown.figures().met());
		assertTrue(driver.ui().call(matrix::summaryText).contains(met + " met, sufficiency "), driver.ui().call(matrix::summaryText));
		for (MatrixColumn column : shown.columns()) {
			int highest = teams.stream().flatMap(t -> Requirements.of(t).stream())
					.filter(r -> r.capability() == column.capability()).mapToInt(r -> r.level()).max().orElseThrow();
			assertEquals(highest, column.level(), column.header());
		}
		if (shown.basis() == SkillsHeld.Basis.DESIGNED) {
			// the rows: the filled posts allocated to the team or its sub-teams, as the model has them
			long posts = model.getPosts().stream().filter(p -> !p.isVacant())
					.filter(p -> p.getAllocations().stream().anyMatch(a -> teams.contains(a.getTeam()))).count();
			assertEquals(posts, shown.people().size());
		}
		// every cell shows the level held, read back from the widget
		List<StaffMember> rows = driver.ui().call(matrix::shownRows);
		List<MatrixColumn> columns = driver.ui().call(matrix::shownColumns);
		assertEquals(shown.people().size(), rows.size());
		for (int r = 0; r < rows.size(); r++) {
			int row = r;
			assertEquals(rows.get(r).label(), driver.ui().call(() -> matrix.cellText(row, 0)));
			for (int c = 0; c < columns.size(); c++) {
				int column = c;
				Holding holding = rows.get(r).holding(columns.get(c).code());
				assertEquals(holding == null ? "" : Integer.toString(holding.level()),
						driver.ui().call(() -> matrix.cellText(row, column + 1)), rows.get(r).label() + " " + columns.get(c).header());
			}
		}
		if (shown.basis() == SkillsHeld.Basis.DESIGNED) {
			// cells against the model itself: a post's designed levels (its own, else its role's)
			int checked = 0;
			for (Post post : model.getPosts()) {
				StaffMember member = shown.people().stream().filter(m -> m.id().equals(ModelCodes.of(post))).findFirst()
						.orElse(null);
				if (member == null || post.getRole() == null) {
					continue;
				}
				List<CapabilityLevel> designed = post.getCapabilities().isEmpty() ? post.getRole().getCapabilities()
						: post.getCapabilities();
				for (CapabilityLevel level : designed) {
					int index = columns.indexOf(shown.columns().stream().filter(c -> c.capability() == level.getCapability())
							.findFirst().orElse(null));
					int row = rows.indexOf(member);
					if (index >= 0) {
						assertEquals(Integer.toString(Level.of(level.getLevel())), driver.ui().call(() -> matrix.cellText(row, index + 1)),
								post.getName() + " " + level.getCapability().getName());
						checked++;
					}
				}
			}
			assertTrue(checked > 0, "some designed levels are among the columns");
		}
		driver.screenshot("skills-matrix-core-team");
	}

	@Test
	void sortingAndFilteringNarrowTheMatrix() throws Exception {
		ModelEditor editor = openExample(driver, temp.resolve("riverside.intd"));
		Area docklands = area(editor.getModel().getModel(), "Docklands");
		SkillsMatrixEditor matrix = showSkills(editor, docklands);
		SkillsMatrix shown = driver.ui().call(matrix::getMatrix);
		assertTrue(shown.scope().teams().size() > 1, "the neighbourhood's teams");
		assertTrue(shown.people().size() > driver.ui().call(() -> SkillsMatrix.of(SkillsScope.of(team(shown.scope().model(), CORE_TEAM)),
				shown.report()).people().size()), "more people in the neighbourhood than in its core team");

		// sorting by a capability: levels highest first, then lowest first
		MatrixColumn first = driver.ui().call(matrix::shownColumns).get(0);
		driver.ui().run(() -> matrix.sortBy(0));
		List<Integer> levels = driver.ui().call(() -> matrix.shownRows().stream().map(m -> shown.level(m, first)).toList());
		assertEquals(levels.stream().sorted((a, b) -> b - a).toList(), levels);
		assertTrue(levels.get(0) > 0, "someone holds " + first.header());
		driver.ui().run(() -> matrix.sortBy(0));
		List<Integer> reversed = driver.ui().call(() -> matrix.shownRows().stream().map(m -> shown.level(m, first)).toList());
		assertEquals(reversed.stream().sorted().toList(), reversed);

		// the text filter on people
		StaffMember someone = shown.people().get(shown.people().size() / 2);
		driver.type(driver.ui().call(matrix::getFilter), someone.label());
		driver.waitUntil(Condition.of("filtered", () -> driver.ui().call(() -> matrix.shownRows().size()) < shown.people().size()));
		assertTrue(driver.ui().call(matrix::shownRows).contains(someone));
		assertTrue(driver.ui().call(matrix::shownRows).stream().allMatch(m -> m.label().contains(someone.label())));
		driver.type(driver.ui().call(matrix::getFilter), "");

		// gaps only: the columns with an unmet requirement, the people below one
		driver.click(driver.ui().call(matrix::getGapsOnly));
		driver.waitUntil(Condition.of("gaps only", () -> driver.ui().call(
				() -> matrix.shownColumns().size() == shown.columns().stream().filter(MatrixColumn::gap).count())));
		assertTrue(driver.ui().call(matrix::shownColumns).stream().allMatch(MatrixColumn::gap));
		List<MatrixColumn> gapColumns = driver.ui().call(matrix::shownColumns);
		assertTrue(driver.ui().call(matrix::shownRows).stream().allMatch(m -> shown.hasGap(m, gapColumns)));
		driver.click(driver.ui().call(matrix::getGapsOnly));
		driver.waitUntil(Condition.of("every column again",
				() -> driver.ui().call(() -> matrix.shownColumns().size()) == shown.columns().size()));
	}

	@Test
	void editingARequirementChangesTheModelAndUndoTakesItBack() throws Exception {
		ModelEditor editor = openExample(driver, temp.resolve("riverside.intd"));
		Team team = team(editor.getModel().getModel(), CORE_TEAM);
		SkillsMatrixEditor matrix = showSkills(editor, team);
		SkillsMatrix before = driver.ui().call(matrix::getMatrix);
		// a capability the team has no own requirement of (asked through its needs or roles): editing adds one
		MatrixColumn column = before.columns().stream().filter(c -> RequirementEdit.own(team, c.capability()) == null)
				.findFirst().orElseThrow();
		String name = column.capability().getName();
		driver.ui().run(() -> matrix.getTable().setCurrent(column));
		Composite area = driver.ui().call(() -> matrix.getTable().getBody().getParent());
		driver.click(driver.find(WidgetQuery.of(Button.class).withText("Edit Requirement..."), area));
		Shell dialog = driver.shell(RequirementDialog.TITLE);
		Combo level = driver.find(WidgetQuery.of(Combo.class).withLabel("Level:"), dialog);
		Spinner people = driver.find(WidgetQuery.of(Spinner.class), dialog);
		driver.select(level, Level.label(Level.EXPERT));
		driver.ui().run(() -> people.setSelection(3));
		driver.click(driver.find(WidgetQuery.of(Button.class).withText("OK"), dialog));
		driver.waitUntil(Condition.of("the requirement added", () -> driver.ui().call(() -> RequirementEdit.own(team,
				column.capability()) != null)));
		CapabilityLevel own = driver.ui().call(() -> RequirementEdit.own(team, column.capability()));
		assertEquals(ProficiencyLevel.EXPERT, own.getLevel());
		assertEquals(3, own.getPeople());
		assertTrue(driver.ui().call(matrix::isDirty), "the model is dirty");
		driver.waitUntil(Condition.of("the matrix follows", () -> driver.ui().call(() -> matrix.getMatrix().column(name)
				.header().contains(">= 4 x3"))));
		assertEquals(3, driver.ui().call(() -> matrix.getMatrix().column(name).people()));
		driver.screenshot("skills-matrix-edited");

		// the team's own requirement now there: an edit changes it in place; nonsense is refused, saying why
		MatrixColumn edited = driver.ui().call(() -> matrix.getMatrix().column(name));
		assertTrue(driver.ui().call(() -> matrix.setRequirement(team, edited, Level.EXPERT, 2)));
		assertEquals(2, driver.ui().call(() -> RequirementEdit.own(team, column.capability()).getPeople()));
		assertEquals(1, team.getRequiredCapabilities().stream().filter(c -> c.getCapability() == column.capability()).count());
		IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
				() -> driver.ui().call(() -> matrix.setRequirement(team, edited, Level.EXPERT, 0)));
		assertTrue(none.getMessage().contains("at least one person"), none.getMessage());
		driver.waitUntil(Condition.of("the matrix follows again", () -> driver.ui().call(() -> matrix.getMatrix().column(name)
				.header().contains(">= 4 x2"))));

		driver.ui().run(() -> matrix.getSite().getPage().activate(matrix));
		driver.keys(SWT.MOD1, 'z');
		driver.waitUntil(Condition.of("the first edit again", () -> driver.ui().call(() -> RequirementEdit.own(team,
				column.capability()).getPeople() == 3)));
		driver.keys(SWT.MOD1, 'z');
		driver.waitUntil(Condition.of("undone", () -> driver.ui().call(() -> RequirementEdit.own(team, column.capability()) == null)));
		driver.waitUntil(Condition.of("the matrix as before", () -> driver.ui().call(() -> matrix.getMatrix().column(name)
				.header().equals(column.header()))));
		assertFalse(driver.ui().call(matrix::isDirty), "back to the saved state");
		assertNull(driver.ui().call(() -> RequirementEdit.own(team, column.capability())));
	}

	@Test
	void withTheExamplesAssessmentsTheMatrixShowsPeopleAndWhatTheyWereAssessedAt() throws Exception {
		ExampleStore.withExampleData("matrix-assessed");
		ModelEditor editor = openExample(driver, temp.resolve("riverside.intd"));
		Team team = team(editor.getModel().getModel(), CORE_TEAM);
		SkillsMatrixEditor matrix = showSkills(editor, team);
		SkillsMatrix shown = driver.ui().call(matrix::getMatrix);
		assertEquals(SkillsHeld.Basis.ASSESSED, shown.basis());
		String header = driver.ui().call(matrix::headerText);
		assertTrue(header.contains("assessed people in post"), header);
		assertEquals("Person (role)", driver.ui().call(() -> matrix.tableControl().getColumn(0).getText()));
		assertTrue(shown.people().size() > 5, "the core team's people: " + shown.people().size());

		// cells against the store itself: each person's latest assessment up to the day looked at
		List<StaffMember> rows = driver.ui().call(matrix::shownRows);
		List<MatrixColumn> columns = driver.ui().call(matrix::shownColumns);
		int checked = 0;
		for (int r = 0; r < rows.size(); r += 3) {
			for (int c = 0; c < columns.size(); c++) {
				StaffMember member = rows.get(r);
				String capability = columns.get(c).code();
				Integer latest = org.intdesigner.workforce.ui.store.WorkforceStores.get().store().read(connection -> {
					try (var query = connection.prepareStatement("SELECT SKILL_LEVEL FROM WORKFORCE.SKILL WHERE PERSON_ID = ?"
							+ " AND CAPABILITY_ID = ? AND ASSESSED_ON <= ? ORDER BY ASSESSED_ON DESC")) {
						query.setString(1, member.id());
						query.setString(2, capability);
						query.setDate(3, java.sql.Date.valueOf(shown.day()));
						try (var result = query.executeQuery()) {
							return result.next() ? result.getInt(1) : null;
						}
					}
				});
				int row = r;
				int column = c;
				assertEquals(latest == null ? "" : latest.toString(), driver.ui().call(() -> matrix.cellText(row, column + 1)),
						member.label() + " " + columns.get(c).header());
				checked += latest == null ? 0 : 1;
			}
		}
		assertTrue(checked > 0, "some assessments among the cells");
		// the example's safeguarding training lapses yearly: somewhere in the place it is lapsing or lapsed
		SkillsMatrix place = driver.ui().call(() -> SkillsMatrix.of(SkillsScope.of(editor.getModel().getModel()), shown.report()));
		assertTrue(place.people().stream().anyMatch(m -> place.columns().stream().anyMatch(c -> place.expiring(m, c))),
				"training lapsing or lapsed somewhere in the place");
		driver.screenshot("skills-matrix-assessed");
	}

	static Team team(IntdModel model, String name) {
		for (var contents = model.eAllContents(); contents.hasNext();) {
			if (contents.next() instanceof Team team && name.equals(team.getName())) {
				return team;
			}
		}
		throw new AssertionError("no team " + name);
	}

	static Area area(IntdModel model, String name) {
		for (var contents = model.eAllContents(); contents.hasNext();) {
			if (contents.next() instanceof Area area && name.equals(area.getName())) {
				return area;
			}
		}
		throw new AssertionError("no area " + name);
	}
}
