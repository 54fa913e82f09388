package org.intdesigner.ui.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.PartInitException;
import org.intdesigner.analysis.api.Finding;
import org.intdesigner.analysis.engine.RuleSettings;
import org.intdesigner.model.Allocation;
import org.intdesigner.model.IntdFactory;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.IntdPackage;
import org.intdesigner.model.Organisation;
import org.intdesigner.model.Post;
import org.intdesigner.model.Team;
import org.intdesigner.model.io.ModelFiles;
import org.intdesigner.model.io.ModelIds;
import org.intdesigner.testsupport.ui.Condition;
import org.intdesigner.testsupport.ui.UiDriver;
import org.intdesigner.testsupport.ui.UiTestExtension;
import org.intdesigner.ui.editor.ModelEditor;
import org.intdesigner.ui.files.PathEditorInput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The Validation view on a small model with known problems: listing, revealing, quick fixes, suppression, live updates. */
@ExtendWith(UiTestExtension.class)
class ValidationViewTest {

	private final UiDriver driver = UiDriver.forWorkbench();

	@TempDir
	Path temp;
	private ModelEditor editor;
	private ValidationView view;
	private Team team;
	private Post post;

	@BeforeEach
	void open() throws IOException {
		IntdFactory f = IntdFactory.eINSTANCE;
		IntdModel model = f.createIntdModel();
		model.setName("Validation test INT");
		Organisation practice = f.createOrganisation();
		practice.setName("Practice");
		model.getOrganisations().add(practice);
		Team core = f.createTeam();
		core.setName("Core team without a lead");
		core.setHost(practice);
		model.getTeams().add(core);
		Post nurse = f.createPost();
		nurse.setName("Nurse without a manager");
		nurse.setEmployer(practice);
		nurse.setFte(1.0);
		nurse.setHolder("N. Urse");
		Allocation allocation = f.createAllocation();
		allocation.setTeam(core);
		allocation.setFte(1.0);
		nurse.getAllocations().add(allocation);
		model.getPosts().add(nurse);
		ModelIds.assignMissing(model);
		Path file = temp.resolve("validation.intd");
		ModelFiles.saveNew(model, file);
		editor = (ModelEditor) driver.ui().call(() -> {
			try {
				return driver.page().openEditor(new PathEditorInput(file), ModelEditor.ID);
			} catch (PartInitException e) {
				throw new AssertionError(e);
			}
		});
		view = (ValidationView) driver.showView(ValidationView.ID);
		driver.ui().run(() -> driver.page().activate(editor));
		team = driver.ui().call(() -> editor.getModel().getModel().getTeams().get(0));
		post = driver.ui().call(() -> editor.getModel().getModel().getPosts().get(0));
		driver.waitUntil(Condition.of("the first validation", () -> driver.ui().call(() -> editor.getModel().getValidation().getReport() != null)));
		driver.ui().run(view::refresh);
	}

	@AfterEach
	void close() {
		driver.closeDialogs();
		driver.ui().run(() -> driver.page().closeAllEditors(false));
	}

	private List<Finding> shownFindings() {
		return driver.ui().call(() -> {
			List<Finding> findings = new ArrayList<>();
			for (TreeItem group : view.getViewer().getTree().getItems()) {
				for (TreeItem item : group.getItems()) {
					if (item.getData() instanceof Finding finding) {
						findings.add(finding);
					}
				}
			}
			return findings;
		});
	}

	private Finding shown(String ruleId) {
		return shownFindings().stream().filter(f -> f.ruleId().equals(ruleId) && !f.isSuppressed()).findFirst().orElse(null);
	}

	private TreeItem itemOf(Finding finding) {
		return driver.ui().call(() -> {
			for (TreeItem group : view.getViewer().getTree().getItems()) {
				for (TreeItem item : group.getItems()) {
					if (item.getData() == finding) {
						return item;
					}
				}
			}
			return null;
		});
	}

	@Test
	void theFindingsOfTheActiveEditorsModelAreListedWithASummary() {
		assertSame(team, shown("TEAM-002").element());
		assertSame(post, shown("POST-002").element());
		assertTrue(driver.ui().call(view::getSummary).contains("warnings"), driver.ui().call(view::getSummary));
		Tree tree = driver.ui().call(() -> view.getViewer().getTree());
		assertTrue(driver.ui().call(() -> tree.getItem(0).getText(0)).startsWith("Warnings"));
		driver.screenshot("validation-view");
	}

	@Test
	void doubleClickShowsTheElementInTheEditor() {
		Finding finding = shown("POST-002");
		driver.ui().run(() -> view.reveal(finding));
		assertEquals(List.of(post), driver.ui().call(() -> editor.getTree().getViewer().getStructuredSelection().toList()));
	}

	@Test
	void aQuickFixResolvesTheFindingAndUndoBringsItBack() {
		Finding finding = shown("POST-002");
		driver.ui().run(() -> view.getViewer().setSelection(new StructuredSelection(finding)));
		Tree tree = driver.ui().call(() -> view.getViewer().getTree());
		driver.menus().selectInContextMenu(tree, "Quick Fix", "Mark as top of its organisation");
		driver.waitUntil(Condition.of("the fix applied", () -> driver.ui().call(post::isTopOfOrganisation)));
		driver.waitUntil(Condition.of("the finding gone", () -> shown("POST-002") == null));
		driver.ui().run(() -> editor.getModel().getCommandStack().undo());
		driver.waitUntil(Condition.of("the finding back", () -> shown("POST-002") != null));
	}

	@Test
	void aSuppressedFindingIsKeptInTheModelWithItsReason() {
		Finding finding = shown("TEAM-002");
		driver.ui().run(() -> view.getViewer().setSelection(new StructuredSelection(finding)));
		Tree tree = driver.ui().call(() -> view.getViewer().getTree());
		driver.menus().selectInContextMenu(tree, "Suppress on This Element...");
		driver.waitUntil(Condition.of("the reason dialog", () -> driver.hasShell("Suppress TEAM-002")));
		driver.type(driver.find(org.intdesigner.testsupport.ui.WidgetQuery.of(org.eclipse.swt.widgets.Text.class),
				driver.shell("Suppress TEAM-002")), "Led by the PCN board for now");
		driver.click(driver.button("OK"));
		driver.waitUntil(Condition.of("suppressed", () -> driver.ui().call(() -> !team.getSuppressions().isEmpty())));
		assertEquals("Led by the PCN board for now", driver.ui().call(() -> team.getSuppressions().get(0).getReason()));
		driver.waitUntil(Condition.of("listed as suppressed", () -> shownFindings().stream()
				.anyMatch(f -> f.ruleId().equals("TEAM-002") && f.isSuppressed())));
		assertFalse(driver.ui().call(() -> editor.getModel().getValidation().getReport().active().stream()
				.anyMatch(f -> f.ruleId().equals("TEAM-002"))), "it no longer counts");
	}

	@Test
	void anEditElsewhereUpdatesTheFindingsAndTheTreeIcons() {
		var labels = driver.ui().call(() -> (org.eclipse.jface.viewers.ILabelProvider) editor.getTree().getViewer().getLabelProvider());
		var marked = driver.ui().call(() -> labels.getImage(team));
		driver.ui().run(() -> editor.getModel().getCommandStack().execute(
				SetCommand.create(editor.getModel().getDomain(), team, IntdPackage.Literals.TEAM__LEAD, post)));
		driver.waitUntil(Condition.of("TEAM-002 gone without Validate All", () -> shown("TEAM-002") == null));
		assertNotSame(marked, driver.ui().call(() -> labels.getImage(team)), "the warning mark left the team's icon");
	}

	@Test
	void switchingARuleOffInThePreferencesRemovesItsFindings() {
		driver.ui().run(() -> editor.getModel().getValidation().settingsChanged(RuleSettings.defaults().withEnabled("POST-002", false)));
		driver.waitUntil(Condition.of("POST-002 gone", () -> shown("POST-002") == null));
		driver.ui().run(() -> editor.getModel().getValidation().settingsChanged(RuleSettings.defaults()));
		driver.waitUntil(Condition.of("POST-002 back", () -> shown("POST-002") != null));
		assertTrue(driver.ui().call(() -> view.getViewer().getTree().getItemCount()) > 0);
	}
}
