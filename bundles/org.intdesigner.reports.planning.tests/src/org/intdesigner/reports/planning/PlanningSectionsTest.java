package org.intdesigner.reports.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.intdesigner.development.SkillCut;
import org.intdesigner.development.SkillRecords;
import org.intdesigner.development.SkillSufficiency;
import org.intdesigner.development.SkillsAnalysis;
import org.intdesigner.development.SkillsOutput;
import org.intdesigner.development.SufficiencyReport;
import org.intdesigner.development.SufficiencyRow;
import org.intdesigner.development.TrainingPlanOutput;
import org.intdesigner.development.TrainingPlanner;
import org.intdesigner.io.OutputFormat;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.samples.ExamplePlace;
import org.intdesigner.planning.Plan;
import org.intdesigner.planning.PlanFormat;
import org.intdesigner.planning.PlanOptions;
import org.intdesigner.planning.PlanOutput;
import org.intdesigner.planning.WorkforcePlan;
import org.intdesigner.planning.WisnOutput;
import org.intdesigner.planning.WorkforceStoreFigures;
import org.intdesigner.reports.Cell;
import org.intdesigner.reports.ReportTable;
import org.intdesigner.reports.Tone;
import org.intdesigner.reports.engine.SectionContent;
import org.intdesigner.workforce.metrics.SmallNumberSuppression;
import org.intdesigner.workforce.store.StoreLocation;
import org.intdesigner.workforce.store.WorkforceStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The need and gap, skills and training plan sections on the example place and its example workforce data: each writes
 * the figures the matching command prints (made here as the command makes them), and says what is missing without
 * its data.
 */
class PlanningSectionsTest {

	@TempDir
	static Path folder;

	private static ExamplePlanningPack pack;

	@BeforeAll
	static void example() throws Exception {
		pack = new ExamplePlanningPack(folder);
	}

	@AfterAll
	static void close() {
		pack.close();
	}

	/** What ./intd plan --db prints for the example. */
	private static String planCommandText() throws Exception {
		IntdModel model = pack.model;
		WorkforceStoreFigures figures = pack.store.read(connection -> WorkforceStoreFigures.read(connection, model,
				pack.store.location().describe()));
		Plan plan = WorkforcePlan.compute(model, figures, PlanOptions.DEFAULT.withYears(WorkforcePlan.defaultHorizon(model)));
		return PlanOutput.write(PlanFormat.TEXT, plan, element -> null);
	}

	/** What ./intd wisn prints, with the staff now and other leave the plan takes from the store (as ./intd plan does). */
	private static String wisnCommandText() throws Exception {
		IntdModel model = pack.model;
		WorkforceStoreFigures figures = pack.store.read(connection -> WorkforceStoreFigures.read(connection, model,
				pack.store.location().describe()));
		List<Plan.Problem> problems = new java.util.ArrayList<>();
		List<Plan.NeedRow> rows = WorkforcePlan.need(model, figures, 0, problems);
		return WisnOutput.write(PlanFormat.TEXT, rows, problems, element -> null);
	}

	@Test
	void theGapSectionWritesThePlansFigures() throws Exception {
		SectionContent content = ExamplePlanningPack.write(new GapSection(), pack.context("place-riverside"));
		String command = planCommandText();
		ReportTable gaps = ExamplePlanningPack.table(content, "Need, supply and gap");
		for (String year : List.of("now", "10")) {
			List<Cell> row = ExamplePlanningPack.row(gaps, "District nurse", "Riverside", year);
			// "  District nurse in Riverside: need 9.87, supply 6.00 (P10 6.00, P90 6.00): shortage 3.87"
			String line = "District nurse in Riverside: need " + ExamplePlanningPack.text(gaps, row, "Need") + ", supply "
					+ ExamplePlanningPack.text(gaps, row, "Supply") + " (P10 " + ExamplePlanningPack.text(gaps, row, "Supply P10") + ", P90 "
					+ ExamplePlanningPack.text(gaps, row, "Supply P90") + ")";
			assertTrue(command.contains(line), line + " in\n" + command);
		}
		List<Cell> now = ExamplePlanningPack.row(gaps, "District nurse", "Riverside", "now");
		double gap = now.get(gaps.columns().indexOf("Gap")).number();
		assertTrue(gap > 0, "the example is short of district nurses: " + gap);
		assertTrue(now.get(gaps.columns().indexOf("Gap")).tone() != Tone.PLAIN, "the gap is rated");

		ReportTable need = ExamplePlanningPack.table(content, "WISN need now");
		List<Cell> north = ExamplePlanningPack.row(need, "Riverside North", "District nurse");
		String wisn = wisnCommandText();
		// "District nursing, each neighbourhood: District nurse in Riverside North\n ... required 5.05, current 2.00: difference -3.05 (shortage), WISN ratio 0.396"
		int at = wisn.indexOf("District nurse in Riverside North\n");
		assertTrue(at >= 0, wisn);
		String study = wisn.substring(at, wisn.indexOf("\n\n", at));
		assertTrue(study.contains("required " + ExamplePlanningPack.text(need, north, "Need") + ", current "), study);
		// every neighbourhood has fewer than 5 people of a core role in the store: their staff now, difference and ratio are *
		assertEquals(List.of(SmallNumberSuppression.MARK, SmallNumberSuppression.MARK, SmallNumberSuppression.MARK), north.subList(3, 6).stream().map(Cell::text).toList());
		Matcher current = Pattern.compile("current ([\\d.]+)").matcher(study);
		assertTrue(current.find() && Double.parseDouble(current.group(1)) < 5, study);

		// across the four neighbourhoods there are enough district nurses to show, and their ratio is rated
		List<Cell> together = ExamplePlanningPack.row(need, "All 4 units in scope", "District nurse");
		double staffNow = together.get(need.columns().indexOf("Staff now")).number();
		double needNow = together.get(need.columns().indexOf("Need")).number();
		assertTrue(staffNow >= 5, together.toString());
		assertEquals(staffNow / needNow, together.get(need.columns().indexOf("WISN ratio")).number(), 1e-9);
		assertTrue(together.get(need.columns().indexOf("WISN ratio")).tone() != Tone.PLAIN, together.toString());

		// with a threshold of 1 nothing is hidden, and the figures are the command's
		SectionContent unsuppressed = ExamplePlanningPack.write(new GapSection(),
				ExamplePlanningPack.context(pack.model, pack.file, "place-riverside", pack.store, new SmallNumberSuppression(1)));
		ReportTable all = ExamplePlanningPack.table(unsuppressed, "WISN need now");
		north = ExamplePlanningPack.row(all, "Riverside North", "District nurse");
		assertTrue(study.contains("current " + ExamplePlanningPack.text(all, north, "Staff now") + ": difference "
				+ ExamplePlanningPack.text(all, north, "Difference")), study);
		assertTrue(study.contains("WISN ratio " + ExamplePlanningPack.text(all, north, "WISN ratio")), study);
		assertTrue(north.get(all.columns().indexOf("WISN ratio")).tone() != Tone.PLAIN, "the ratio is rated red, amber or green");
		assertEquals(1, content.blocks().stream().filter(org.intdesigner.reports.engine.Block.Drawing.class::isInstance).count(),
				"a chart of the gap");
	}

	@Test
	void aNeighbourhoodSeesItsOwnNeedAndThePlacesSupply() throws Exception {
		SectionContent content = ExamplePlanningPack.write(new GapSection(), pack.context("nb-north"));
		ReportTable need = ExamplePlanningPack.table(content, "WISN need now");
		assertTrue(need.rows().stream().allMatch(row -> row.get(0).text().equals("Riverside North")), need.rows().toString());
		assertEquals(4, need.rows().size(), "the four core roles");
		ExamplePlanningPack.row(ExamplePlanningPack.table(content, "Need, supply and gap"), "District nurse", "Riverside", "now");
	}

	@Test
	void withoutAWisnStudyTheGapSectionSaysWhatToSupply() {
		IntdModel model = ExamplePlace.create();
		model.getWisnStudies().clear();
		String message = ExamplePlanningPack.missing(new GapSection(), ExamplePlanningPack.context(model, null, "place-riverside", null));
		assertTrue(message.contains("has no WISN study"), message);
		assertTrue(message.contains("New WISN Study"), message);
	}

	private static SufficiencyReport skillsAsTheCommandMakesThem() throws Exception {
		SkillRecords records = pack.store.read(SkillRecords::read);
		return SkillsAnalysis.sufficiency(pack.model, records, SkillsAnalysis.defaultDay(records),
				SkillSufficiency.DEFAULT_EXPIRING_DAYS);
	}

	@Test
	void theSkillsSectionWritesTheSkillsCommandsFigures() throws Exception {
		SectionContent content = ExamplePlanningPack.write(new SkillsSection(), pack.context(null));
		SufficiencyReport report = skillsAsTheCommandMakesThem();
		String command = SkillsOutput.write(OutputFormat.TEXT, report, SkillCut.TEAM);
		assertTrue(command.contains("from assessed people"), command);
		ReportTable table = ExamplePlanningPack.table(content, "Skill sufficiency by team");
		int compared = 0;
		for (SufficiencyRow expected : report.rows(SkillCut.TEAM)) {
			List<Cell> row = ExamplePlanningPack.row(table, expected.unit());
			assertEquals(Integer.toString(expected.requirements()), ExamplePlanningPack.text(table, row, "Requirements"), expected.unit());
			assertEquals(Integer.toString(expected.met()), ExamplePlanningPack.text(table, row, "Met"), expected.unit());
			assertEquals(expected.sufficiencyText(), ExamplePlanningPack.text(table, row, "Sufficiency"), expected.unit());
			assertEquals(Integer.toString(expected.singlePoints()), ExamplePlanningPack.text(table, row, "Single points"), expected.unit());
			compared++;
		}
		assertTrue(compared > 10, "every team with requirements: " + compared);
		List<Cell> all = ExamplePlanningPack.row(table, "All");
		SufficiencyRow total = report.total();
		// the command's last line: "all   <requirements> <met> <sufficiency> ..."
		assertTrue(Pattern.compile("\\nall\\s+" + total.requirements() + "\\s+" + total.met() + "\\s+"
				+ Pattern.quote(ExamplePlanningPack.text(table, all, "Sufficiency"))).matcher(command).find(), command);
		for (List<Cell> row : table.rows()) {
			String people = ExamplePlanningPack.text(table, row, "People in post");
			assertTrue(people.isEmpty() || people.equals(SmallNumberSuppression.MARK) || Integer.parseInt(people) >= 5 || people.equals("0"),
					"a count of fewer than 5 people is suppressed: " + row);
		}
		if (total.singlePoints() > 0) {
			assertEquals(total.singlePoints(), ExamplePlanningPack.table(content, "Single points of failure").rows().size());
		}
	}

	@Test
	void theTrainingSectionWritesTheTrainingPlansTotals() throws Exception {
		SectionContent content = ExamplePlanningPack.write(new TrainingSection(), pack.context(null));
		String command = TrainingPlanOutput.write(OutputFormat.TEXT, TrainingPlanner.plan(skillsAsTheCommandMakesThem()));
		// "Training plan on 2026-03-31, from assessed people: 40 of 52 requirements met (76.9 %), 12 gaps; 5 cohorts, 90 hours, £1,234; ..."
		Matcher summary = Pattern.compile("(\\d+) gaps; (\\d+) cohorts, ([\\d,.]+) hours, (£[\\d,]+); (\\d+) rotations; (\\d+)"
				+ " communities").matcher(command);
		assertTrue(summary.find(), command);
		String paragraph = ((org.intdesigner.reports.engine.Block.Paragraph) content.blocks().get(0)).text();
		assertTrue(paragraph.contains(summary.group(1) + " gaps"), paragraph + "\n" + command);
		assertTrue(paragraph.contains(summary.group(2) + " cohorts"), paragraph + "\n" + command);
		assertTrue(paragraph.contains(summary.group(3) + " hours, " + summary.group(4)), paragraph + "\n" + command);
		assertTrue(paragraph.contains(summary.group(5) + " rotations"), paragraph + "\n" + command);
		assertEquals(Integer.parseInt(summary.group(1)), ExamplePlanningPack.table(content, "Training needs").rows().size());
		ReportTable needs = ExamplePlanningPack.table(content, "Training needs");
		for (List<Cell> row : needs.rows()) {
			String learners = ExamplePlanningPack.text(needs, row, "Learners");
			assertTrue(learners.equals(SmallNumberSuppression.MARK) || learners.equals("0") || Integer.parseInt(learners) >= 5,
					"learners are counted, not named, and few are suppressed: " + row);
		}
	}

	@Test
	void withoutAStoreOrItsSkillsRecordsTheSkillsSectionsSayWhatToSupply() throws Exception {
		IntdModel model = ExamplePlace.create();
		for (var section : List.of(new SkillsSection(), new TrainingSection())) {
			String message = ExamplePlanningPack.missing(section, ExamplePlanningPack.context(model, null, null, null));
			assertTrue(message.contains("No workforce store"), message);
		}
		try (WorkforceStore empty = WorkforceStore.open(StoreLocation.embedded(folder.resolve("empty")))) {
			for (var section : List.of(new SkillsSection(), new TrainingSection())) {
				String message = ExamplePlanningPack.missing(section, ExamplePlanningPack.context(model, null, null, empty));
				assertTrue(message.contains("holds no skills assessments"), message);
				assertTrue(message.contains("import-workforce skills"), message);
			}
		}
	}
}
