package org.intdesigner.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.PartInitException;
import org.intdesigner.model.Allocation;
import org.intdesigner.model.IntdFactory;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.IntdPackage;
import org.intdesigner.model.Post;
import org.intdesigner.model.Team;
import org.intdesigner.model.io.ModelFiles;
import org.intdesigner.model.io.ModelIds;
import org.intdesigner.testsupport.ui.Condition;
import org.intdesigner.testsupport.ui.UiDriver;
import org.intdesigner.testsupport.ui.UiTestExtension;
import org.intdesigner.ui.files.PathEditorInput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #17, points 11 and 13: a team in the tree shows the posts working in it with their FTE,
 * kept current whatever changes them; New under a team offers a post first and creates it with
 * its allocation in one undoable step.
 */
@ExtendWith(UiTestExtension.class)
class TeamPostsTest {

	private final UiDriver driver = UiDriver.forWorkbench();

	@TempDir
	Path temp;
	private ModelEditor editor;
	private Team core;
	private Team frailty;

	@BeforeEach
	void openModel() throws IOException {
		IntdModel model = IntdFactory.eINSTANCE.createIntdModel();
		model.setName("Team posts");
		Team coreTeam = team(model, "Northside core team");
		Team frailtyMdt = team(model, "Frailty MDT");
		allocate(post(model, "Care coordinator"), coreTeam, 0.8);
		Post gp = post(model, "GP");
		allocate(gp, coreTeam, 0.2);
		allocate(gp, frailtyMdt, 0.8);
		post(model, "Unallocated");
		ModelIds.assignMissing(model);
		Path file = temp.resolve("team-posts.intd");
		ModelFiles.saveNew(model, file);
		editor = (ModelEditor) driver.ui().call(() -> {
			try {
				return driver.page().openEditor(new PathEditorInput(file), ModelEditor.ID);
			} catch (PartInitException e) {
				throw new AssertionError(e);
			}
		});
		core = model().getTeams().get(0);
		frailty = model().getTeams().get(1);
	}

	private static Team team(IntdModel model, String name) {
		Team team = IntdFactory.eINSTANCE.createTeam();
		team.setName(name);
		model.getTeams().add(team);
		return team;
	}

	private static Post post(IntdModel model, String name) {
		Post post = IntdFactory.eINSTANCE.createPost();
		post.setName(name);
		model.getPosts().add(post);
		return post;
	}

	private static void allocate(Post post, Team team, double fte) {
		Allocation allocation = IntdFactory.eINSTANCE.createAllocation();
		allocation.setTeam(team);
		allocation.setFte(fte);
		post.getAllocations().add(allocation);
	}

	@AfterEach
	void closeEditors() {
		driver.closeDialogs();
		driver.ui().run(() -> driver.page().closeAllEditors(false));
	}

	private IntdModel model() {
		return editor.getModel().getModel();
	}

	private Tree tree() {
		return driver.ui().call(() -> editor.getTree().getViewer().getTree());
	}

	/** The labels of the team's children as the tree shows them, after opening the team. */
	private List<String> shownUnder(String team) {
		return driver.ui().call(() -> {
			editor.getTree().getViewer().expandToLevel(3);
			TreeItem folder = Arrays.stream(tree().getItem(0).getItems()).filter(i -> i.getText().startsWith("Teams"))
					.findFirst().orElseThrow();
			TreeItem item = Arrays.stream(folder.getItems()).filter(i -> i.getText().equals(team)).findFirst().orElseThrow();
			editor.getTree().getViewer().setExpandedState(item.getData(), true);
			return Arrays.stream(item.getItems()).map(TreeItem::getText).toList();
		});
	}

	private void execute(org.eclipse.emf.common.command.Command command) {
		driver.ui().run(() -> editor.getModel().getCommandStack().execute(command));
	}

	@Test
	void aTeamShowsThePostsWorkingInItWithTheirFte() {
		assertEquals(List.of("Care coordinator (vacant), 0.8 FTE", "GP (vacant), 0.2 FTE"), shownUnder("Northside core team"));
		assertEquals(List.of("GP (vacant), 0.8 FTE"), shownUnder("Frailty MDT"));
		driver.screenshot("team-posts-in-tree");
		// an FTE changed elsewhere (Properties, a diagram) and undone
		Allocation gpInCore = model().getPosts().get(1).getAllocations().get(0);
		execute(SetCommand.create(editor.getModel().getDomain(), gpInCore, IntdPackage.Literals.ALLOCATION__FTE, 0.4));
		driver.waitUntil(Condition.of("the new FTE under the team", () -> shownUnder("Northside core team")
				.contains("GP (vacant), 0.4 FTE")));
		// the GP moves wholly to the MDT
		execute(SetCommand.create(editor.getModel().getDomain(), gpInCore, IntdPackage.Literals.ALLOCATION__TEAM, frailty));
		driver.waitUntil(Condition.of("the GP gone from the core team", () -> shownUnder("Northside core team")
				.equals(List.of("Care coordinator (vacant), 0.8 FTE"))));
		assertEquals(List.of("GP (vacant), 0.4 FTE", "GP (vacant), 0.8 FTE"), shownUnder("Frailty MDT"));
		driver.ui().run(() -> editor.getModel().getCommandStack().undo());
		driver.ui().run(() -> editor.getModel().getCommandStack().undo());
		driver.waitUntil(Condition.of("back as it was", () -> shownUnder("Northside core team")
				.equals(List.of("Care coordinator (vacant), 0.8 FTE", "GP (vacant), 0.2 FTE"))));
		// renaming the post relabels it under its teams
		execute(SetCommand.create(editor.getModel().getDomain(), model().getPosts().get(1),
				IntdPackage.Literals.ELEMENT__NAME, "Salaried GP"));
		driver.waitUntil(Condition.of("the new name under the MDT", () -> shownUnder("Frailty MDT")
				.equals(List.of("Salaried GP (vacant), 0.8 FTE"))));
	}

	@Test
	void newUnderATeamOffersAPostFirstAndCreatesItAllocatedInOneStep() {
		driver.ui().run(() -> {
			editor.setFocus();
			editor.getTree().getViewer().setSelection(new StructuredSelection(core), true);
		});
		List<String> offered = driver.menus().contextTexts(tree(), "New");
		assertEquals(List.of("Post", "Team", "Capability Level"), offered.subList(0, 3), offered.toString());
		int posts = model().getPosts().size();
		driver.menus().selectInContextMenu(tree(), "New", "Post");
		driver.waitUntil(Condition.of("a new post", () -> model().getPosts().size() == posts + 1));
		Post created = model().getPosts().get(posts);
		assertEquals(1, created.getAllocations().size());
		assertSame(core, created.getAllocations().get(0).getTeam());
		assertEquals(1.0, created.getAllocations().get(0).getFte());
		// the new post is selected under its team, ready to be named with F2
		driver.waitUntil(Condition.of("the new post selected under the team", () -> driver.ui().call(() -> {
			Object selected = editor.getTree().getViewer().getStructuredSelection().getFirstElement();
			return selected instanceof org.intdesigner.model.edit.AllocatedPostItemProvider shown
					&& shown.getPost() == created && shown.getTeam() == core;
		})));
		driver.ui().run(() -> editor.getTree().getViewer().getControl().setFocus());
		driver.press(SWT.NONE, SWT.F2);
		driver.waitUntil(Condition.of("the name cell open", () -> driver.ui().call(
				() -> editor.getTree().getViewer().isCellEditorActive())));
		for (char c : "Link worker".toCharArray()) {
			driver.keys(SWT.NONE, c);
		}
		driver.keys(SWT.NONE, SWT.CR);
		driver.waitUntil(Condition.of("named", () -> "Link worker".equals(created.getName())));
		driver.waitUntil(Condition.of("its new name under the team", () -> shownUnder("Northside core team")
				.contains("Link worker (vacant), 1 FTE")));
		driver.waitUntil(Condition.of("still selected under the team after the rename", () -> driver.ui().call(
				() -> editor.getTree().getViewer().getStructuredSelection().getFirstElement()
						instanceof org.intdesigner.model.edit.AllocatedPostItemProvider)));
		driver.screenshot("team-new-post");
		assertTrue(undoText().startsWith("Undo Rename"), undoText());
		driver.ui().run(() -> editor.getModel().getCommandStack().undo());
		assertTrue(undoText().startsWith("Undo New Post"), undoText());
		// one Undo takes away the post and its allocation together
		driver.ui().run(() -> editor.getModel().getCommandStack().undo());
		assertEquals(posts, model().getPosts().size());
		driver.waitUntil(Condition.of("the team as before", () -> shownUnder("Northside core team")
				.equals(List.of("Care coordinator (vacant), 0.8 FTE", "GP (vacant), 0.2 FTE"))));
	}

	@Test
	void newUnderAPostOffersItsOwnKindsBeforeTheOnesEveryElementHas() {
		driver.ui().run(() -> {
			editor.setFocus();
			editor.getTree().getViewer().setSelection(new StructuredSelection(model().getPosts().get(0)), true);
		});
		List<String> offered = driver.menus().contextTexts(tree(), "New");
		assertEquals(List.of("Allocation", "Capability Level"), offered.subList(0, 2), offered.toString());
	}

	@Test
	void deleteOnAPostUnderATeamTakesItOutOfTheTeamOnly() {
		Post coordinator = model().getPosts().get(0);
		shownUnder("Northside core team");
		driver.ui().run(() -> {
			editor.setFocus();
			editor.getTree().getViewer().setSelection(new StructuredSelection(
					org.intdesigner.model.edit.AllocatedPosts.wrapperOf(editor.getModel().getAdapterFactory(),
							coordinator.getAllocations().get(0))), true);
		});
		driver.keys(SWT.NONE, SWT.DEL);
		driver.waitUntil(Condition.of("the allocation removed", () -> coordinator.getAllocations().isEmpty()));
		assertSame(coordinator, model().getPosts().get(0), "the post stays in the model");
		driver.waitUntil(Condition.of("only the GP left in the team", () -> shownUnder("Northside core team")
				.equals(List.of("GP (vacant), 0.2 FTE"))));
		driver.ui().run(() -> editor.getModel().getCommandStack().undo());
		driver.waitUntil(Condition.of("back in the team", () -> shownUnder("Northside core team")
				.equals(List.of("Care coordinator (vacant), 0.8 FTE", "GP (vacant), 0.2 FTE"))));
	}

	@Test
	void aPostUnderATeamShowsItsPropertiesAndItsFteInTheTeam() {
		Post coordinator = model().getPosts().get(0);
		Allocation inCore = coordinator.getAllocations().get(0);
		shownUnder("Northside core team");
		org.eclipse.swt.widgets.Composite view = driver.viewComposite("org.eclipse.ui.views.PropertySheet");
		driver.ui().run(() -> {
			driver.page().activate(editor);
			editor.getTree().getViewer().setSelection(new StructuredSelection(org.intdesigner.model.edit.AllocatedPosts
					.wrapperOf(editor.getModel().getAdapterFactory(), inCore)), true);
		});
		Tree[] properties = new Tree[1];
		driver.waitUntil(Condition.of("the post and its FTE in the team in Properties", () -> driver.ui().call(() -> {
			properties[0] = driver.findAll(org.intdesigner.testsupport.ui.WidgetQuery.of(Tree.class), view).stream()
					.filter(Tree::isVisible).findFirst().orElse(null);
			return properties[0] != null && "Care coordinator".equals(row(properties[0], "Name"))
					&& "0.8".equals(row(properties[0], "FTE in this team"));
		})));
		org.eclipse.swt.graphics.Rectangle cell = driver.ui().call(() -> Arrays.stream(properties[0].getItems())
				.filter(i -> "FTE in this team".equals(i.getText(0))).findFirst().orElseThrow().getBounds(1));
		driver.mouse().click(properties[0], cell.x + cell.width / 2, cell.y + cell.height / 2);
		org.eclipse.swt.widgets.Text editorText = driver.find(org.intdesigner.testsupport.ui.WidgetQuery.of(
				org.eclipse.swt.widgets.Text.class), properties[0]);
		driver.type(editorText, "0.5");
		driver.keys(SWT.NONE, SWT.CR);
		driver.waitUntil(Condition.of("the allocation's FTE set", () -> inCore.getFte() == 0.5));
		assertEquals(1.0, coordinator.getFte(), "the post's own FTE is another property");
		driver.waitUntil(Condition.of("the new FTE under the team", () -> shownUnder("Northside core team")
				.contains("Care coordinator (vacant), 0.5 FTE")));
		driver.waitUntil(Condition.of("the editor dirty", () -> driver.ui().call(editor::isDirty)));
		driver.screenshot("team-post-properties");
		assertTrue(undoText().startsWith("Undo Set FTE"), undoText());
		driver.ui().run(() -> editor.getModel().getCommandStack().undo());
		assertEquals(0.8, inCore.getFte());
	}

	private static String row(Tree properties, String name) {
		return Arrays.stream(properties.getItems()).filter(i -> name.equals(i.getText(0))).map(i -> i.getText(1))
				.findFirst().orElse(null);
	}

	/** The Edit menu's Undo entry as the user reads it. */
	private String undoText() {
		return driver.menus().texts("Edit").stream().filter(t -> t.startsWith("Undo")).findFirst().orElse("");
	}
}
