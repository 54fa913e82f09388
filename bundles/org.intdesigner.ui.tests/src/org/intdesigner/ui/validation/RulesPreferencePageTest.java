package org.intdesigner.ui.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.intdesigner.analysis.engine.RuleRegistry;
import org.intdesigner.analysis.engine.RuleSettings;
import org.intdesigner.testsupport.ui.Condition;
import org.intdesigner.testsupport.ui.UiDriver;
import org.intdesigner.testsupport.ui.UiTestExtension;
import org.intdesigner.testsupport.ui.WidgetQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Preferences > Validation: a rule switched off there is off in the saved settings. */
@ExtendWith(UiTestExtension.class)
class RulesPreferencePageTest {

	private final UiDriver driver = UiDriver.forWorkbench();

	@AfterEach
	void restore() throws Exception {
		driver.closeDialogs();
		RulePreferences.save(RuleSettings.defaults());
	}

	@Test
	void unTickingARuleSwitchesItOff() {
		driver.ui().async(() -> PreferencesUtil.createPreferenceDialogOn(driver.workbenchShell(),
				"org.intdesigner.ui.preferences.validation", null, null).open());
		driver.waitUntil(Condition.of("the preferences", () -> driver.hasShell("Preferences")));
		Table table = driver.find(WidgetQuery.of(Table.class), driver.shell("Preferences"));
		assertEquals(RuleRegistry.getDefault().getRules().size(), (int) driver.ui().call(table::getItemCount));
		driver.ui().run(() -> {
			TableItem item = Arrays.stream(table.getItems()).filter(i -> i.getText(0).equals("SPAN-002")).findFirst().orElseThrow();
			assertTrue(item.getChecked());
			item.setChecked(false);
			Event event = new Event();
			event.item = item;
			event.detail = SWT.CHECK;
			table.notifyListeners(SWT.Selection, event);
		});
		driver.click(driver.button("Apply and Close"));
		driver.waitUntil(Condition.of("closed", () -> !driver.hasShell("Preferences")));
		assertFalse(RulePreferences.load().isEnabled(RuleRegistry.getDefault().find("SPAN-002")));
	}
}
