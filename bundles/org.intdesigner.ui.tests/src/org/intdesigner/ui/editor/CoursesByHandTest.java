package org.intdesigner.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.swt.widgets.Widget;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.intdesigner.model.Capability;
import org.intdesigner.model.CapabilityLevel;
import org.intdesigner.model.Course;
import org.intdesigner.model.IntdFactory;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.IntdPackage;
import org.intdesigner.model.ProficiencyLevel;
import org.intdesigner.model.Team;
import org.intdesigner.model.edit.FeatureGroupItemProvider;
import org.intdesigner.model.io.ModelFiles;
import org.intdesigner.model.io.ModelIds;
import org.intdesigner.testsupport.ui.Condition;
import org.intdesigner.testsupport.ui.UiDriver;
import org.intdesigner.testsupport.ui.UiTestExtension;
import org.intdesigner.ui.emf.ItemPropertySourceProvider;
import org.intdesigner.ui.explorer.ModelExplorerView;
import org.intdesigner.ui.files.PathEditorInput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A course catalogue and a requirement for cover built in the Model Explorer: New > Course from the Courses folder's
 * context menu, its capability, level, hours, cost, provider and joint set through the Properties view's property
 * source, the tree reading the course as a planner compares courses, a requirement's people set to two; saved.
 */
@ExtendWith(UiTestExtension.class)
class CoursesByHandTest {

	private final UiDriver driver = UiDriver.forWorkbench();

	@TempDir
	Path temp;
	private Path file;
	private ModelEditor editor;
	private ModelExplorerView explorer;

	@BeforeEach
	void openModel() throws IOException {
		file = temp.resolve("courses.intd");
		IntdModel model = IntdFactory.eINSTANCE.createIntdModel();
		model.setName("Courses by hand");
		Capability frailty = IntdFactory.eINSTANCE.createCapability();
		frailty.setName("Frailty assessment and management");
		model.getCapabilities().add(frailty);
		Team mdt = IntdFactory.eINSTANCE.createTeam();
		mdt.setName("Frailty MDT");
		CapabilityLevel requirement = IntdFactory.eINSTANCE.createCapabilityLevel();
		requirement.setCapability(frailty);
		requirement.setLevel(ProficiencyLevel.PRACTITIONER);
		mdt.getRequiredCapabilities().add(requirement);
		model.getTeams().add(mdt);
		ModelIds.assignMissing(model);
		ModelFiles.saveNew(model, file);
		editor = driver.ui().call(() -> {
			try {
				return (ModelEditor) driver.page().openEditor(new PathEditorInput(file), ModelEditor.ID);
			} catch (PartInitException e) {
				throw new AssertionError(e);
			}
		});
		explorer = (ModelExplorerView) driver.showView(ModelExplorerView.ID);
		driver.ui().run(() -> driver.page().activate(editor));
		driver.waitUntil(Condition.of("the explorer shows the model", () -> driver.ui().call(() -> explorer.getTree() != null
				&& explorer.getTree().getViewer().getInput() == editor.getModel().getResource())));
	}

	@AfterEach
	void close() {
		driver.closeDialogs();
		driver.ui().run(() -> driver.page().closeAllEditors(false));
	}

	private IntdModel model() {
		return editor.getModel().getModel();
	}

	private TreeViewer explorerTree() {
		return driver.ui().call(() -> explorer.getTree().getViewer());
	}

	private IPropertySource source(EObject object) {
		return new ItemPropertySourceProvider(editor.getModel().getAdapterFactory()).getPropertySource(object);
	}

	private IPropertyDescriptor row(EObject object, String property) {
		return Arrays.stream(source(object).getPropertyDescriptors()).filter(d -> d.getDisplayName().equals(property))
				.findFirst().orElseThrow(() -> new AssertionError("no property " + property));
	}

	/** Sets a value as the Properties view does, by the row's display name. */
	private void set(EObject object, String property, Object value) {
		driver.ui().run(() -> source(object).setPropertyValue(row(object, property).getId(), value));
	}

	/** The text the explorer's tree shows for {@code element}. */
	private String shown(Object element) {
		return driver.ui().call(() -> {
			explorer.getTree().getViewer().reveal(element);
			Widget item = explorer.getTree().getViewer().testFindItem(element);
			return item instanceof TreeItem treeItem ? treeItem.getText() : null;
		});
	}

	@Test
	void aCourseIsCreatedFromTheExplorerAndEditedInProperties() throws IOException {
		Object courses = FeatureGroupItemProvider.of(editor.getModel().getAdapterFactory(), model(),
				IntdPackage.Literals.INTD_MODEL__COURSES);
		driver.ui().run(() -> {
			driver.page().activate(explorer);
			explorer.getTree().getViewer().setSelection(new StructuredSelection(courses), true);
		});
		driver.menus().selectInContextMenu(driver.ui().call(() -> explorerTree().getTree()), "New", "Course");
		driver.waitUntil(Condition.of("a course in the model", () -> driver.ui().call(() -> model().getCourses().size() == 1)));
		Course course = driver.ui().call(() -> model().getCourses().get(0));
		Capability frailty = driver.ui().call(() -> model().getCapabilities().get(0));

		set(course, "Name", "CGA essentials");
		set(course, "Capability", frailty);
		set(course, "Level", ProficiencyLevel.WORKING);
		set(course, "Hours", 14.0);
		set(course, "Cost", 250.0);
		set(course, "Provider", "British Geriatrics Society");
		set(course, "Joint", Boolean.TRUE);
		driver.waitUntil(Condition.of("the explorer reads the course", () -> ("CGA essentials (Frailty assessment and"
				+ " management, working, 14 h, £250, joint)").equals(shown(course))));
		assertEquals("Courses (1)", shown(courses));
		driver.screenshot("explorer-course");

		// hours and cost are checked as they are typed
		Shell shell = driver.ui().call(() -> new Shell(driver.workbenchShell()));
		try {
			// the capability is chosen with the searchable picker, offering the model's capabilities
			CellEditor picker = driver.ui().call(() -> row(course, "Capability").createPropertyEditor(shell));
			assertTrue(picker instanceof org.intdesigner.ui.emf.ReferenceCellEditor, String.valueOf(picker));
			CellEditor cost = driver.ui().call(() -> row(course, "Cost").createPropertyEditor(shell));
			String refused = driver.ui().call(() -> cost.getValidator().isValid("-20"));
			assertTrue(refused != null && refused.contains("negative"), refused);
			assertNull(driver.ui().call(() -> cost.getValidator().isValid("0")));

			// a requirement for cover: two people, and a requirement for nobody is refused as it is typed
			CapabilityLevel requirement = driver.ui().call(() -> model().getTeams().get(0).getRequiredCapabilities().get(0));
			CellEditor people = driver.ui().call(() -> row(requirement, "People").createPropertyEditor(shell));
			String nobody = driver.ui().call(() -> people.getValidator().isValid("0"));
			assertTrue(nobody != null && nobody.contains("nobody"), nobody);
			set(requirement, "People", 2);
			driver.waitUntil(Condition.of("the explorer reads the requirement for two", () -> ("Frailty assessment and"
					+ " management (practitioner, 2 people)").equals(shown(requirement))));
		} finally {
			driver.ui().run(shell::dispose);
		}

		driver.ui().run(() -> driver.page().activate(editor));
		driver.keys(SWT.MOD1, 's');
		driver.waitUntil(Condition.of("saved", () -> !driver.ui().call(editor::isDirty)));
		IntdModel saved = ModelFiles.load(file).model();
		Course savedCourse = saved.getCourses().get(0);
		assertEquals("CGA essentials", savedCourse.getName());
		assertSame(saved.getCapabilities().get(0), savedCourse.getCapability());
		assertEquals(ProficiencyLevel.WORKING, savedCourse.getLevel());
		assertEquals(14.0, savedCourse.getHours());
		assertEquals(250.0, savedCourse.getCost());
		assertEquals("British Geriatrics Society", savedCourse.getProvider());
		assertTrue(savedCourse.isJoint());
		assertEquals(2, saved.getTeams().get(0).getRequiredCapabilities().get(0).getPeople());
	}
}
