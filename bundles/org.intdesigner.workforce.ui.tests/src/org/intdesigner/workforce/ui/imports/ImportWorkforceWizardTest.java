package org.intdesigner.workforce.ui.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.jface.wizard.ProgressMonitorPart;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.swt.widgets.Tree;
import org.intdesigner.testsupport.ui.Condition;
import org.intdesigner.testsupport.ui.UiDriver;
import org.intdesigner.testsupport.ui.UiTestExtension;
import org.intdesigner.testsupport.ui.WidgetQuery;
import org.intdesigner.workforce.ui.WorkforceDashboard;
import org.intdesigner.workforce.store.StoreLocation;
import org.intdesigner.workforce.ui.store.TestPlaces;
import org.intdesigner.workforce.ui.store.TestServer;
import org.intdesigner.workforce.ui.store.WorkforceStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * File &gt; Import &gt; Workforce Data through its widgets, into an embedded store under target/:
 * a good file is imported and the dashboard hears of it; a bad one is rejected with its row and
 * column named and nothing imported; a large one cancelled half-way imports nothing.
 */
@ExtendWith(UiTestExtension.class)
class ImportWorkforceWizardTest {

	private static final String HEADER = "person_id,org_id,role_id,team_id,post_id,fte,start_date,end_date,leaving_reason\n";

	private final UiDriver driver = UiDriver.forWorkbench();

	@AfterEach
	void cleanUp() {
		// a wizard asks before it closes while its import runs: let a failed test's import end first
		driver.waitUntil(Condition.of("no import running", () -> Arrays.stream(driver.ui().display().getShells())
				.noneMatch(s -> !s.isDisposed() && !WidgetQuery.of(ProgressMonitorPart.class).findIn(s).isEmpty())),
				Duration.ofSeconds(120));
		driver.closeDialogs();
		TestPlaces.freshStore("idle");
	}

	private Shell openDirectly() {
		driver.ui().async(() -> {
			ImportWorkforceWizard wizard = new ImportWorkforceWizard();
			wizard.init(driver.window().getWorkbench(), null);
			new WizardDialog(driver.workbenchShell(), wizard).open();
		});
		return driver.shell(ImportWorkforceWizard.TITLE);
	}

	private void chooseFile(Shell wizard, Path file) {
		driver.type(driver.find(WidgetQuery.of(Text.class).withLabel("File:"), wizard), file.toString());
	}

	private long staffRows() throws Exception {
		return WorkforceStores.get().store().rowCount(org.intdesigner.workforce.store.StoreTable.STAFF);
	}

	/** The summary dialog's title line (the bold one at the top), once the dialog shows. */
	private String summaryTitle(Shell summary) {
		return driver.textOf(driver.find(WidgetQuery.of(Label.class).matching("the title", l -> List.of("Imported ", "Rejected: ",
				"Cancelled: ", "Failed: ").stream().anyMatch(l.getText()::startsWith)), summary));
	}

	@Test
	void aGoodStaffFileIsImportedFromTheFileMenuAndTheDashboardShowsIt() throws Exception {
		TestPlaces.freshStore("wizard-good");
		Path file = Files.writeString(TestPlaces.freshFolder("wizard-good-file").resolve("staff.csv"), HEADER
				+ "P1,riverside,nurse,T1,,1.0,2020-01-06,,\n"
				+ "P2,riverside,nurse,T1,,0.8,2021-03-01,,\n"
				+ "P3,riverside,hca,T1,,0.5,2022-09-12,2024-05-31,Retirement\n");
		driver.openPerspective("org.intdesigner.app.perspective.workforce");
		WorkforceDashboard dashboard = (WorkforceDashboard) driver.showView(WorkforceDashboard.ID);
		driver.waitUntil(Condition.of("the dashboard over the empty store", () -> dashboard.getFigures() != null));
		AtomicInteger heard = new AtomicInteger();
		Runnable listener = heard::incrementAndGet;
		WorkforceStores.get().addListener(listener);
		try {
			driver.menus().select("File", "Import...");
			Shell chooser = driver.shell("Import");
			driver.items().select(driver.find(WidgetQuery.of(Tree.class), chooser), "INT Designer", "Workforce Data");
			driver.click(driver.button("Next >"));
			Text fileField = driver.find(WidgetQuery.of(Text.class).withLabel("File:"), chooser);
			driver.type(fileField, file.toString());
			driver.click(driver.button("Finish"));
			Shell summary = driver.shell(ImportSummaryDialog.TITLE);
			assertEquals("Imported staff.csv", summaryTitle(summary));
			String counts = driver.textOf(driver.find(WidgetQuery.of(Label.class).matching("the counts",
					l -> l.getText().startsWith("Rows read")), summary));
			assertTrue(counts.startsWith("Rows read 3, imported 3, rejected 0"), counts);
			driver.click(driver.button("OK"));
			driver.waitUntil(Condition.of("the wizard closed", chooser::isDisposed));
			assertEquals(3, staffRows());
			assertEquals(1, heard.get(), "told the store's listeners once");
			driver.waitUntil(Condition.of("the dashboard showing the import", () -> dashboard.getFigures() != null
					&& dashboard.getFreshness().size() == 1));
		} finally {
			WorkforceStores.get().removeListener(listener);
			driver.ui().run(() -> driver.page().hideView(dashboard));
		}
	}

	@Test
	void aNegativeFteRejectsTheFileNamingRowAndColumnAndTheWizardStaysOpen() throws Exception {
		TestPlaces.freshStore("wizard-bad");
		Path file = Files.writeString(TestPlaces.freshFolder("wizard-bad-file").resolve("staff.csv"), HEADER
				+ "P1,riverside,nurse,T1,,1.0,2020-01-06,,\n"
				+ "P2,riverside,nurse,T1,,-0.5,2021-03-01,,\n");
		Shell wizard = openDirectly();
		driver.screenshot("workforce-import-page-empty", wizard);
		chooseFile(wizard, file);
		driver.click(driver.find(WidgetQuery.of(Button.class).withText("Replace what the store holds for the file's partners"),
				wizard));
		driver.screenshot("workforce-import", wizard);
		driver.click(driver.button("Finish"));
		Shell summary = driver.shell(ImportSummaryDialog.TITLE);
		assertEquals("Rejected: nothing imported from staff.csv", summaryTitle(summary));
		Table problems = driver.find(WidgetQuery.of(Table.class), summary);
		List<String> row = driver.ui().call(() -> Arrays.asList(problems.getItem(0).getText(0), problems.getItem(0).getText(1),
				problems.getItem(0).getText(2), problems.getItem(0).getText(3)));
		assertEquals(List.of("staff.csv", "3", "fte"), row.subList(0, 3), row.toString());
		assertTrue(row.get(3).contains("negative"), row.get(3));
		driver.screenshot("workforce-import-rejected", summary);
		driver.click(driver.button("OK"));
		driver.waitUntil(Condition.of("the summary closed", () -> !driver.hasShell(ImportSummaryDialog.TITLE)));
		assertTrue(driver.hasShell(ImportWorkforceWizard.TITLE), "the wizard stays open for a corrected file");
		assertEquals(0, staffRows());
		driver.click(driver.button("Cancel"));
	}

	@Test
	void aSurveyWithItsQuestionsFileBringsTheFurtherAnswers() throws Exception {
		TestPlaces.freshStore("wizard-survey");
		Path folder = TestPlaces.freshFolder("wizard-survey-file");
		Path survey = Files.writeString(folder.resolve("survey.csv"), "org_id,team_id,q1,q2,q3,q4,q5,q6,q7,q8,q9,goals,"
				+ "pride\nriverside,T1,1,2,3,4,5,1,2,3,4,5,4\nriverside,T1,3,3,3,3,3,3,3,3,3,,2\n");
		Path questions = Files.writeString(folder.resolve("questions.csv"), "column,question,theme\n"
				+ "goals,I understand the goals of my INT,alignment\npride,I am proud of what my team achieves,satisfaction\n");
		Shell wizard = openDirectly();
		Text questionsField = driver.find(WidgetQuery.of(Text.class).withLabel("Survey questions (optional):"), wizard);
		assertTrue(!driver.ui().call(questionsField::isEnabled), "off for a staff file");
		driver.select(driver.find(WidgetQuery.of(org.eclipse.swt.widgets.Combo.class), wizard), "Staff survey (survey.csv)");
		driver.waitUntil(Condition.of("the questions field on for a survey", () -> driver.ui().call(questionsField::isEnabled)));
		chooseFile(wizard, survey);
		driver.type(questionsField, questions.toString());
		driver.click(driver.button("Finish"));
		Shell summary = driver.shell(ImportSummaryDialog.TITLE);
		assertEquals("Imported survey.csv", summaryTitle(summary));
		driver.click(driver.button("OK"));
		driver.waitUntil(Condition.of("the wizard closed", wizard::isDisposed));
		var store = WorkforceStores.get().store();
		assertEquals(2, store.rowCount(org.intdesigner.workforce.store.StoreTable.SURVEY_RESPONSE));
		assertEquals(3, store.rowCount(org.intdesigner.workforce.store.StoreTable.SURVEY_ANSWER), "goals answered once (the second"
				+ " response left it empty), pride twice");
		assertEquals(2, store.rowCount(org.intdesigner.workforce.store.StoreTable.SURVEY_QUESTION));
	}

	@Test
	void anAscWdsWorkerFileIsOneOfTheKindsAndItsWorkersBecomeStaff() throws Exception {
		TestPlaces.freshStore("wizard-asc-wds");
		String header = "LOCALESTID,UNIQUEWORKERID,CHGUNIQUEWRKID,STATUS,DISPLAYID,NINUMBER,POSTCODE,DOB,GENDER,ETHNICITY,"
				+ "NATIONALITY,BRITISHCITIZENSHIP,COUNTRYOFBIRTH,YEAROFENTRY,DISABLED,CARECERT,RECSOURCE,STARTDATE,STARTINSECT,"
				+ "APPRENTICE,EMPLSTATUS,ZEROHRCONT,DAYSSICK,SALARYINT,SALARY,HOURLYRATE,MAINJOBROLE,MAINJRDESC,CONTHOURS,"
				+ "AVGHOURS,OTHERJOBROLE,OTHERJRDESC,NMCREG,NURSESPEC,AMHP,SCQUAL,NONSCQUAL,QUALACH01,QUALACH01NOTES,QUALACH02,"
				+ "QUALACH02NOTES,QUALACH03,QUALACH03NOTES\n";
		Path file = Files.writeString(TestPlaces.freshFolder("wizard-asc-wds-file").resolve("workers.csv"), header
				+ "asc,W0001,,NEW,Worker 1,,,,2,31,826,,,,0,1,,01/04/2019,2015,2,1,2,,3,,12.60,6,,37.5,,,,,,,1,,,,,,,\n"
				+ "asc,W0002,,DELETE,Worker 2,,,,2,31,826,,,,0,1,,01/04/2018,2015,2,1,2,,3,,12.60,8,,37.5,,,,,,,1,,,,,,,\n");
		Shell wizard = openDirectly();
		driver.select(driver.find(WidgetQuery.of(org.eclipse.swt.widgets.Combo.class), wizard),
				"Adult social care workers (ASC-WDS worker file)");
		// the page names the file's columns (found, or the test fails waiting)
		driver.find(WidgetQuery.of(Label.class).matching("the ASC-WDS columns", l -> l.getText().startsWith(
				"Skills for Care's ASC-WDS worker file")), wizard);
		chooseFile(wizard, file);
		driver.screenshot("workforce-import-asc-wds", wizard);
		driver.click(driver.button("Finish"));
		Shell summary = driver.shell(ImportSummaryDialog.TITLE);
		assertEquals("Imported workers.csv", summaryTitle(summary));
		driver.click(driver.button("OK"));
		driver.waitUntil(Condition.of("the wizard closed", wizard::isDisposed));
		assertEquals(1, staffRows(), "the worker with STATUS DELETE has left");
	}

	@Test
	void aStoreThatCannotBeOpenedIsExplainedAndNothingIsImported() throws Exception {
		Path file = Files.writeString(TestPlaces.freshFolder("wizard-refused-file").resolve("staff.csv"), HEADER
				+ "P1,riverside,nurse,T1,,1.0,2020-01-06,,\n");
		try (TestServer server = new TestServer("wizard-refused-server")) {
			StoreLocation.Server right = server.location();
			WorkforceStores.get().useLocation(new StoreLocation.Server(right.host(), right.port(), right.database(),
					right.user(), "not-the-password".toCharArray()));
			Shell wizard = openDirectly();
			chooseFile(wizard, file);
			driver.click(driver.button("Finish"));
			Shell error = driver.shell(ImportWorkforceWizard.STORE_PROBLEM);
			String message = driver.textOf(driver.find(WidgetQuery.of(Label.class).matching("the message",
					l -> l.getText().contains("refused")), error));
			assertTrue(message.startsWith("The workforce server at localhost:" + server.port() + " refused user 'planner'"),
					message);
			driver.click(driver.button("OK"));
			assertTrue(driver.hasShell(ImportWorkforceWizard.TITLE), "the wizard stays open");
			driver.click(driver.button("Cancel"));
			WorkforceStores.get().useLocation(right);
			assertEquals(0, staffRows());
		}
	}

	@Test
	void cancellingALargeImportImportsNothing() throws Exception {
		TestPlaces.freshStore("wizard-cancel");
		Path file = TestPlaces.freshFolder("wizard-cancel-file").resolve("big-staff.csv");
		try (BufferedWriter out = Files.newBufferedWriter(file)) {
			out.write(HEADER);
			for (int i = 0; i < 200_000; i++) {
				out.write("P" + i + ",riverside,nurse,T" + (i % 40) + ",," + (i % 2 == 0 ? "1.0" : "0.6") + ",2019-04-01,,\n");
			}
		}
		WorkforceStores.get().store(); // opened before, so that Cancel lands in the import itself
		Shell wizard = openDirectly();
		chooseFile(wizard, file);
		Button finish = driver.button("Finish");
		driver.click(finish);
		driver.waitUntil(Condition.of("the import running", () -> !finish.isEnabled()));
		Thread.sleep(300);
		// while it runs, the wizard's Cancel button is off: its progress bar has the stop button
		driver.click(driver.find(WidgetQuery.of(ToolItem.class).withToolTip("Cancel Operation"), wizard));
		driver.waitUntil(Condition.of("the summary", () -> driver.hasShell(ImportSummaryDialog.TITLE)), Duration.ofSeconds(60));
		Shell summary = driver.shell(ImportSummaryDialog.TITLE);
		assertEquals("Cancelled: nothing imported from big-staff.csv", summaryTitle(summary));
		driver.click(driver.button("OK"));
		assertEquals(0, staffRows());
		driver.click(driver.button("Cancel"));
	}
}
