package org.intdesigner.testsupport.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The driver against a shell of known widgets, opened in the running workbench's display. */
@ExtendWith(UiTestExtension.class)
class UiDriverTest {

	private final UiDriver driver = UiDriver.forWorkbench();
	private final List<String> events = new ArrayList<>();
	private Shell shell;

	@BeforeEach
	void openShell() {
		driver.ui().run(() -> {
			shell = new Shell(driver.workbenchShell(), SWT.SHELL_TRIM);
			shell.setText("Driver test");
			shell.setLayout(new GridLayout(2, false));
			new Label(shell, SWT.NONE).setText("&Name:");
			Text name = new Text(shell, SWT.BORDER);
			name.addModifyListener(e -> events.add("name=" + name.getText()));
			new Label(shell, SWT.NONE).setText("Sector:");
			Combo sector = new Combo(shell, SWT.READ_ONLY);
			sector.setItems("NHS", "Council", "VCFSE");
			sector.addListener(SWT.Selection, e -> events.add("sector=" + sector.getText()));
			Button ok = new Button(shell, SWT.PUSH);
			ok.setText("&Apply");
			ok.setToolTipText("Apply the change");
			ok.addListener(SWT.Selection, e -> events.add("apply"));
			Button vacant = new Button(shell, SWT.CHECK);
			vacant.setText("Vacant");
			vacant.addListener(SWT.Selection, e -> events.add("vacant=" + vacant.getSelection()));
			Tree tree = new Tree(shell, SWT.BORDER);
			TreeItem place = new TreeItem(tree, SWT.NONE);
			place.setText("Place");
			new TreeItem(place, SWT.NONE).setText("North neighbourhood");
			tree.addListener(SWT.Selection, e -> events.add("tree=" + ((TreeItem) e.item).getText()));
			tree.addListener(SWT.DefaultSelection, e -> events.add("open=" + ((TreeItem) e.item).getText()));
			Menu context = new Menu(tree);
			MenuItem add = new MenuItem(context, SWT.CASCADE);
			add.setText("&Add");
			Menu addMenu = new Menu(add);
			add.setMenu(addMenu);
			// filled when shown, as workbench menu managers do
			addMenu.addListener(SWT.Show, e -> {
				for (MenuItem old : addMenu.getItems()) {
					old.dispose();
				}
				MenuItem team = new MenuItem(addMenu, SWT.PUSH);
				team.setText("Team\tCtrl+T");
				team.addListener(SWT.Selection, ev -> events.add("add team"));
			});
			tree.setMenu(context);
			shell.pack();
			shell.open();
		});
	}

	@AfterEach
	void closeShell() {
		driver.ui().run(() -> shell.dispose());
	}

	@Test
	void findsByLabelAndTypes() {
		Text name = driver.textWithLabel("Name");
		driver.type(name, "Care coordinator");
		assertTrue(events.contains("name=Care coordinator"), events.toString());
		assertEquals("Care coordinator", driver.textOf(name));
	}

	@Test
	void clicksByTextAndToolTip() {
		driver.click(driver.button("Apply"));
		driver.waitUntil(Condition.of("apply event", () -> events.contains("apply")));
		Button same = driver.find(WidgetQuery.of(Button.class).withToolTip("Apply the change"), shell);
		assertEquals("Apply", driver.textOf(same));
	}

	@Test
	void togglesCheckBoxes() {
		driver.click(driver.button("Vacant"));
		driver.waitUntil(Condition.of("vacant toggled on", () -> events.contains("vacant=true")));
	}

	@Test
	void selectsComboEntriesAndRefusesUnknownOnes() {
		Combo sector = driver.find(WidgetQuery.of(Combo.class).withLabel("Sector"), shell);
		driver.select(sector, "VCFSE");
		assertTrue(events.contains("sector=VCFSE"), events.toString());
		assertThrows(AssertionError.class, () -> driver.select(sector, "Acute"));
	}

	@Test
	void selectsAndOpensTreeItems() {
		Tree tree = driver.find(WidgetQuery.of(Tree.class), shell);
		driver.items().open(tree, "Place", "North neighbourhood");
		driver.waitUntil(Condition.of("open event", () -> events.contains("open=North neighbourhood")));
		assertTrue(events.contains("tree=North neighbourhood"), events.toString());
	}

	@Test
	void walksContextMenusFilledOnShow() {
		Tree tree = driver.find(WidgetQuery.of(Tree.class), shell);
		driver.menus().selectInContextMenu(tree, "Add", "Team");
		driver.waitUntil(Condition.of("add team event", () -> events.contains("add team")));
	}

	@Test
	void findsShellsByTitle() {
		assertEquals(shell, driver.shell("Driver test"));
		assertFalse(driver.hasShell("No such dialog"));
	}

	@Test
	void timesOutNamingWhatItWaitedFor() {
		UiDriver impatient = new UiDriver(driver.ui().display(), Duration.ofMillis(200));
		AssertionError error = assertThrows(AssertionError.class,
				() -> impatient.find(WidgetQuery.of(Button.class).withText("Nonexistent"), shell));
		assertTrue(error.getMessage().contains("Button with text 'Nonexistent'"), error.getMessage());
	}

	@Test
	void missingMenuItemTimesOut() {
		Tree tree = driver.find(WidgetQuery.of(Tree.class), shell);
		UiDriver impatient = new UiDriver(driver.ui().display(), Duration.ofMillis(200));
		assertThrows(AssertionError.class, () -> impatient.menus().contextItem(tree, "Add", "Role"));
	}

	@Test
	void savesScreenshotsAsPng() throws Exception {
		Path file = driver.screenshot("driver-test");
		byte[] head = Files.readAllBytes(file);
		assertTrue(head.length > 1000, "screenshot too small: " + head.length);
		assertEquals((byte) 0x89, head[0]);
		assertEquals('P', head[1]);
	}

	@Test
	void cleansMnemonicsAndAccelerators() {
		assertEquals("Save As...", WidgetText.clean("Save &As...\tCtrl+Shift+S"));
		assertEquals("Health & care", WidgetText.clean("Health && care"));
	}
}
