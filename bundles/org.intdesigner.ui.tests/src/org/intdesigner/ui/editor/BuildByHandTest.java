package org.intdesigner.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.views.properties.IPropertySource;
import org.intdesigner.model.AccountabilityItem;
import org.intdesigner.model.AreaKind;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.IntdPackage;
import org.intdesigner.model.Post;
import org.intdesigner.model.RaciCode;
import org.intdesigner.model.Sector;
import org.intdesigner.model.Team;
import org.intdesigner.model.TeamKind;
import org.intdesigner.model.edit.FeatureGroupItemProvider;
import org.intdesigner.model.io.ModelFiles;
import org.intdesigner.testsupport.ui.Condition;
import org.intdesigner.testsupport.ui.UiDriver;
import org.intdesigner.testsupport.ui.UiTestExtension;
import org.intdesigner.ui.emf.ItemPropertySourceProvider;
import org.intdesigner.ui.files.PathEditorInput;
import org.intdesigner.ui.model.ModelManager;
import org.intdesigner.ui.templates.EmptyModelTemplate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A small INT built the way a user builds one: New from the context menu of the folders, values
 * through the Properties view's property sources, Ctrl+S; the saved file holds the design.
 */
@ExtendWith(UiTestExtension.class)
class BuildByHandTest {

	private final UiDriver driver = UiDriver.forWorkbench();

	@TempDir
	Path temp;
	private ModelEditor editor;

	@AfterEach
	void close() {
		driver.closeDialogs();
		driver.ui().run(() -> driver.page().closeAllEditors(false));
	}

	private IntdModel model() {
		return editor.getModel().getModel();
	}

	/** Selects {@code owner} (a folder or an element) and chooses New > {@code what} from its context menu. */
	private EObject newChild(Object owner, String what) {
		driver.ui().run(() -> {
			editor.setFocus();
			editor.getTree().getViewer().setSelection(new StructuredSelection(owner), true);
		});
		driver.menus().selectInContextMenu(driver.ui().call(() -> editor.getTree().getViewer().getTree()), "New", what);
		driver.waitUntil(Condition.of("the new " + what + " is selected", () -> driver.ui().call(
				() -> editor.getTree().getViewer().getStructuredSelection().getFirstElement() instanceof EObject e
						&& e.eClass().getName().equals(what.replace(" ", "")))));
		return driver.ui().call(() -> (EObject) editor.getTree().getViewer().getStructuredSelection().getFirstElement());
	}

	private Object folder(org.eclipse.emf.ecore.EReference feature) {
		return FeatureGroupItemProvider.of(editor.getModel().getAdapterFactory(), model(), feature);
	}

	/** Sets a value as the Properties view does, by the row's display name. */
	private void set(EObject object, String property, Object value) {
		driver.ui().run(() -> {
			IPropertySource source = new ItemPropertySourceProvider(editor.getModel().getAdapterFactory())
					.getPropertySource(object);
			Object id = Arrays.stream(source.getPropertyDescriptors()).filter(d -> d.getDisplayName().equals(property))
					.findFirst().orElseThrow(() -> new AssertionError("no property " + property)).getId();
			source.setPropertyValue(id, value);
		});
	}

	@Test
	void aNeighbourhoodTeamWithPostsAndRaciIsBuiltAndSaved() throws IOException {
		Path file = temp.resolve("by-hand.intd");
		driver.ui().run(() -> {
			try {
				ModelManager.INSTANCE.create(file, new EmptyModelTemplate().create("By hand"));
				editor = (ModelEditor) driver.page().openEditor(new PathEditorInput(file), ModelEditor.ID);
			} catch (IOException | PartInitException e) {
				throw new AssertionError(e);
			}
		});

		EObject area = newChild(folder(IntdPackage.Literals.INTD_MODEL__AREAS), "Area");
		set(area, "Name", "Northside");
		set(area, "Kind", AreaKind.NEIGHBOURHOOD);
		set(area, "Population", 41000);
		EObject council = newChild(folder(IntdPackage.Literals.INTD_MODEL__ORGANISATIONS), "Organisation");
		set(council, "Name", "Northside Council");
		set(council, "Sector", Sector.SOCIAL_CARE);
		EObject role = newChild(folder(IntdPackage.Literals.INTD_MODEL__ROLES), "Role");
		set(role, "Name", "Care coordinator");
		set(role, "New Role", Boolean.TRUE);
		Post lead = (Post) newChild(folder(IntdPackage.Literals.INTD_MODEL__POSTS), "Post");
		set(lead, "Name", "INT lead");
		set(lead, "Employer", council);
		set(lead, "Role", role);
		set(lead, "Holder", "Sam Example");
		Post coordinator = (Post) newChild(folder(IntdPackage.Literals.INTD_MODEL__POSTS), "Post");
		set(coordinator, "Name", "Care coordinator 1");
		set(coordinator, "Role", role);
		set(coordinator, "Line Manager", lead);
		Team team = (Team) newChild(folder(IntdPackage.Literals.INTD_MODEL__TEAMS), "Team");
		set(team, "Name", "Northside core team");
		set(team, "Kind", TeamKind.CORE);
		set(team, "Lead", lead);
		set(team, "Area", area);
		EObject allocation = newChild(coordinator, "Allocation");
		set(allocation, "Team", team);
		set(allocation, "FTE", 0.6);
		AccountabilityItem item = (AccountabilityItem) newChild(folder(IntdPackage.Literals.INTD_MODEL__ACCOUNTABILITIES),
				"Accountability Item");
		set(item, "Name", "Care plan review");
		EObject accountable = newChild(item, "Raci Assignment");
		set(accountable, "Party", lead);
		set(accountable, "Code", RaciCode.A);

		driver.ui().run(editor::setFocus);
		driver.keys(SWT.MOD1, 's');
		driver.waitUntil(Condition.of("saved", () -> !driver.ui().call(editor::isDirty)));

		IntdModel saved = ModelFiles.load(file).model();
		Team savedTeam = saved.getTeams().get(0);
		assertEquals("Northside core team", savedTeam.getName());
		assertEquals("INT lead", savedTeam.getLead().getName());
		assertEquals(AreaKind.NEIGHBOURHOOD, savedTeam.getArea().getKind());
		Post savedCoordinator = saved.getPosts().get(1);
		assertSame(savedTeam.getLead(), savedCoordinator.getLineManager());
		assertEquals(0.6, savedCoordinator.getAllocations().get(0).getFte());
		assertSame(savedTeam, savedCoordinator.getAllocations().get(0).getTeam());
		assertEquals(List.of(RaciCode.A), saved.getAccountabilities().get(0).getAssignments().stream()
				.map(a -> a.getCode()).toList());
	}
}
