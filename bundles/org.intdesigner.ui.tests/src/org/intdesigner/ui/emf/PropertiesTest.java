package org.intdesigner.ui.emf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashMap;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.intdesigner.model.IntdFactory;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Post;
import org.intdesigner.model.Team;
import org.intdesigner.model.TeamKind;
import org.intdesigner.model.io.ModelFiles;
import org.intdesigner.testsupport.ui.UiDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Properties view's rows: the right cell editor per kind of value, values set as commands. */
class PropertiesTest {

	private final UiDriver driver = UiDriver.forWorkbench();
	private AdapterFactoryEditingDomain domain;
	private Team team;
	private Post lead;
	private Shell shell;

	@BeforeEach
	void setUp() {
		ComposedAdapterFactory adapters = IntdAdapterFactories.create();
		domain = new AdapterFactoryEditingDomain(adapters, new BasicCommandStack(), new HashMap<>());
		ModelFiles.registerIntd(domain.getResourceSet());
		IntdModel model = IntdFactory.eINSTANCE.createIntdModel();
		team = IntdFactory.eINSTANCE.createTeam();
		team.setName("Core");
		lead = IntdFactory.eINSTANCE.createPost();
		lead.setName("Lead");
		model.getTeams().add(team);
		model.getPosts().add(lead);
		domain.getResourceSet().createResource(URI.createURI("memory:/p.intd")).getContents().add(model);
		shell = driver.ui().call(() -> new Shell(driver.workbenchShell()));
	}

	@AfterEach
	void tearDown() {
		driver.ui().run(shell::dispose);
	}

	private IPropertySource source(Object object) {
		return new ItemPropertySourceProvider(domain.getAdapterFactory()).getPropertySource(object);
	}

	private IPropertyDescriptor row(Object object, String name) {
		return Arrays.stream(source(object).getPropertyDescriptors()).filter(d -> d.getDisplayName().equals(name))
				.findFirst().orElseThrow(() -> new AssertionError("no property " + name));
	}

	private CellEditor editor(Object object, String name) {
		return driver.ui().call(() -> row(object, name).createPropertyEditor(shell));
	}

	@Test
	void enumerationsAreDropDownsAndSingleReferencesPickers() {
		CellEditor kind = editor(team, "Kind");
		assertInstanceOf(ChoiceCellEditor.class, kind);
		driver.ui().run(() -> kind.setValue(TeamKind.MDT));
		assertEquals(TeamKind.MDT, driver.ui().call(kind::getValue));
		CellEditor leadEditor = editor(team, "Lead");
		assertInstanceOf(ReferenceCellEditor.class, leadEditor);
		driver.ui().run(() -> leadEditor.setValue(lead));
		assertEquals(lead, driver.ui().call(leadEditor::getValue));
	}

	@Test
	void listsOfReferencesOpenAChooser() {
		assertInstanceOf(ChoiceListCellEditor.class, editor(team, "Served Cohorts"));
	}

	@Test
	void numbersAreCheckedAsTheyAreTyped() {
		CellEditor fte = editor(lead, "FTE");
		assertInstanceOf(DataTypeCellEditor.class, fte);
		String refused = driver.ui().call(() -> fte.getValidator().isValid("abc"));
		assertTrue(refused != null && refused.contains("number"), refused);
		assertNull(driver.ui().call(() -> fte.getValidator().isValid("0.8")));
	}

	@Test
	void theIdCannotBeEdited() {
		assertNull(editor(team, "Id"));
	}

	@Test
	void settingAValueIsAnUndoableCommand() {
		IPropertySource properties = source(team);
		driver.ui().run(() -> properties.setPropertyValue(row(team, "Kind").getId(), TeamKind.SPECIALIST));
		assertEquals(TeamKind.SPECIALIST, team.getKind());
		domain.getCommandStack().undo();
		assertEquals(TeamKind.CORE, team.getKind());
	}
}
