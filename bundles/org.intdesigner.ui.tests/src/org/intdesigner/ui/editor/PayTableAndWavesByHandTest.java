package org.intdesigner.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

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
import org.intdesigner.model.IntdFactory;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.IntdPackage;
import org.intdesigner.model.PayBand;
import org.intdesigner.model.Post;
import org.intdesigner.model.Sector;
import org.intdesigner.model.TransitionWave;
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
 * The pay table and a scenario's transition waves built in the Model Explorer: New > Pay Band from the Pay Table
 * folder's context menu and New > Transition Wave from the Transition Waves folder's, their values set through the
 * Properties view's property source, the tree reading them as a planner does, a negative cost and a date not written
 * yyyy-mm-dd refused as they are typed; saved.
 */
@ExtendWith(UiTestExtension.class)
class PayTableAndWavesByHandTest {

	private final UiDriver driver = UiDriver.forWorkbench();

	@TempDir
	Path temp;
	private Path file;
	private ModelEditor editor;
	private ModelExplorerView explorer;

	@BeforeEach
	void openModel() throws IOException {
		file = temp.resolve("pay.intd");
		IntdModel model = IntdFactory.eINSTANCE.createIntdModel();
		model.setName("Pay table and waves by hand");
		Post nurse = IntdFactory.eINSTANCE.createPost();
		nurse.setName("District nurse");
		nurse.setBand("AfC 6");
		model.getPosts().add(nurse);
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
	void aPayBandAndAWaveAreCreatedFromTheExplorerAndEditedInProperties() throws IOException {
		Object payTable = FeatureGroupItemProvider.of(editor.getModel().getAdapterFactory(), model(),
				IntdPackage.Literals.INTD_MODEL__PAY_BANDS);
		assertEquals("Pay Table (0)", shown(payTable));
		driver.ui().run(() -> {
			driver.page().activate(explorer);
			explorer.getTree().getViewer().setSelection(new StructuredSelection(payTable), true);
		});
		driver.menus().selectInContextMenu(driver.ui().call(() -> explorerTree().getTree()), "New", "Pay Band");
		driver.waitUntil(Condition.of("a pay band in the model", () -> driver.ui().call(() -> model().getPayBands().size() == 1)));
		PayBand band = driver.ui().call(() -> model().getPayBands().get(0));
		set(band, "Scale", "Agenda for Change");
		set(band, "Band", "AfC 6");
		set(band, "Annual Cost", 70120.0);
		set(band, "Sector", Sector.COMMUNITY_HEALTH);
		driver.waitUntil(Condition.of("the explorer reads the band", () -> ("AfC 6, Agenda for Change: £70,120 a year,"
				+ " community health's scale").equals(shown(band))));
		assertEquals("Pay Table (1)", shown(payTable));

		Object waves = FeatureGroupItemProvider.of(editor.getModel().getAdapterFactory(), model(),
				IntdPackage.Literals.INTD_MODEL__TRANSITION_WAVES);
		driver.ui().run(() -> {
			driver.page().activate(explorer);
			explorer.getTree().getViewer().setSelection(new StructuredSelection(waves), true);
		});
		driver.menus().selectInContextMenu(driver.ui().call(() -> explorerTree().getTree()), "New", "Transition Wave");
		driver.waitUntil(Condition.of("a wave in the model", () -> driver.ui().call(() -> model().getTransitionWaves().size() == 1)));
		TransitionWave wave = driver.ui().call(() -> model().getTransitionWaves().get(0));
		String nurse = driver.ui().call(() -> model().getPosts().get(0).getId());
		set(wave, "Name", "Wave 1: two MDTs");
		set(wave, "Effective Date", "2026-07-01");
		set(wave, "Owner", "Docklands INT lead");
		set(wave, "Reason", "Four MDTs become two");
		set(wave, "Element Ids", List.of(nurse));
		driver.waitUntil(Condition.of("the explorer reads the wave", () -> ("2026-07-01 Wave 1: two MDTs (Docklands INT lead,"
				+ " 1 element)").equals(shown(wave))));
		assertEquals("Transition Waves (1)", shown(waves));
		driver.screenshot("explorer-pay-table-and-wave");

		// a cost and a date are checked as they are typed
		Shell shell = driver.ui().call(() -> new Shell(driver.workbenchShell()));
		try {
			CellEditor cost = driver.ui().call(() -> row(band, "Annual Cost").createPropertyEditor(shell));
			String negative = driver.ui().call(() -> cost.getValidator().isValid("-70120"));
			assertTrue(negative != null && negative.contains("negative"), negative);
			CellEditor date = driver.ui().call(() -> row(wave, "Effective Date").createPropertyEditor(shell));
			String notIso = driver.ui().call(() -> date.getValidator().isValid("01/07/2026"));
			assertTrue(notIso != null && notIso.contains("2026-07-01"), notIso);
			assertNull(driver.ui().call(() -> date.getValidator().isValid("2027-01-04")));
		} finally {
			driver.ui().run(shell::dispose);
		}

		driver.ui().run(() -> driver.page().activate(editor));
		driver.keys(SWT.MOD1, 's');
		driver.waitUntil(Condition.of("saved", () -> !driver.ui().call(editor::isDirty)));
		IntdModel saved = ModelFiles.load(file).model();
		PayBand savedBand = saved.getPayBands().get(0);
		assertEquals("AfC 6", savedBand.getBand());
		assertEquals(70120.0, savedBand.getAnnualCost());
		assertEquals(Sector.COMMUNITY_HEALTH, savedBand.getSector());
		TransitionWave savedWave = saved.getTransitionWaves().get(0);
		assertEquals("2026-07-01", savedWave.getEffectiveDate());
		assertEquals(List.of(nurse), savedWave.getElementIds());
	}
}
