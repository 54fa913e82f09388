package org.intdesigner.reports.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.intdesigner.io.OutputFormat;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.io.ModelFiles;
import org.intdesigner.model.samples.ExamplePlace;
import org.intdesigner.model.samples.ExampleScenario;
import org.intdesigner.planning.transition.TransitionOutput;
import org.intdesigner.planning.transition.TransitionPlanner;
import org.intdesigner.reports.Audience;
import org.intdesigner.reports.Cell;
import org.intdesigner.reports.ReportContext;
import org.intdesigner.reports.ReportTable;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.intdesigner.reports.engine.Block;
import org.intdesigner.reports.engine.ReportBuilder;
import org.intdesigner.reports.engine.ReportDocument;
import org.intdesigner.reports.engine.SectionRegistry;
import org.intdesigner.reports.render.ReportFiles;
import org.intdesigner.reports.render.ReportFormat;
import org.intdesigner.reports.engine.SectionContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scenario section on the shipped example scenario, written beside its baseline as ./intd example writes them:
 * the transition's waves and their cost as ./intd transition prints them; and what it says when the model is no
 * scenario or its baseline cannot be found.
 */
class ScenarioSectionTest {

	@TempDir
	Path folder;

	private Path baselineFile;
	private Path scenarioFile;

	private IntdModel scenario() throws Exception {
		baselineFile = folder.resolve("riverside.intd");
		scenarioFile = folder.resolve("riverside-docklands-two-mdts.intd");
		ModelFiles.saveNew(ExamplePlace.create(), baselineFile);
		ModelFiles.saveNew(ExampleScenario.of(ExamplePlace.create(), baselineFile, scenarioFile), scenarioFile);
		return ModelFiles.load(scenarioFile).model();
	}

	@Test
	void theWavesAndTheirCostAreThoseOfTheTransitionPlan() throws Exception {
		IntdModel scenario = scenario();
		SectionContent content = ExamplePlanningPack.write(new ScenarioSection(),
				ExamplePlanningPack.context(scenario, scenarioFile, "place-riverside", null));
		String command = TransitionOutput.write(OutputFormat.TEXT,
				TransitionPlanner.plan(ModelFiles.load(baselineFile).model(), scenario));
		// "Transition plan from 'Riverside' to '...': 3 waves, 41 changes; annual pay bill £1,234 now, £1,300 after the last wave"
		Matcher summary = Pattern.compile("(\\d+) waves, (\\d+) changes; annual pay bill (£[\\d,]+) now.*, (£[\\d,]+) after the"
				+ " last wave").matcher(command);
		assertTrue(summary.find(), command);
		String paragraph = ((Block.Paragraph) content.blocks().get(0)).text();
		assertTrue(paragraph.contains("in " + summary.group(1) + " waves, " + summary.group(2) + " changes in all"), paragraph);
		assertTrue(paragraph.contains("the annual pay bill is " + summary.group(3) + " now and " + summary.group(4)
				+ " after the last wave"), paragraph + "\n" + command);
		assertTrue(paragraph.contains(ExampleScenario.NAME), paragraph);

		ReportTable waves = ExamplePlanningPack.table(content, "Waves");
		assertEquals(3, waves.rows().size(), waves.rows().toString());
		for (List<Cell> wave : waves.rows()) {
			// "Wave '<name>', effective <date>..." then "  Cost: +£12,345 a year...; run rate after it: £1,234,567 a year"
			String name = ExamplePlanningPack.text(waves, wave, "wave");
			String runRate = ExamplePlanningPack.text(waves, wave, "run rate");
			int at = command.indexOf("Wave '" + name + "', effective " + ExamplePlanningPack.text(waves, wave, "date"));
			assertTrue(at >= 0, name + " in\n" + command);
			Matcher cost = Pattern.compile("Cost: [+-]?(£[\\d,]+) a year.*; run rate after it: (£[\\d,]+) a year")
					.matcher(command.substring(at));
			assertTrue(cost.find(), command);
			assertEquals(cost.group(2), runRate, name);
			assertTrue(ExamplePlanningPack.text(waves, wave, "cost change").endsWith(cost.group(1).substring(1)), name);
		}
		ReportTable byType = ExamplePlanningPack.table(content, "Changes by type");
		List<Cell> all = ExamplePlanningPack.row(byType, "All");
		for (List<Cell> wave : waves.rows()) {
			String name = wave.get(0).text();
			int at = command.indexOf("Wave '" + name + "'");
			assertTrue(command.substring(at).contains("Changes (" + ExamplePlanningPack.text(byType, all, name) + ")"), command);
		}
		assertEquals(summary.group(2), ExamplePlanningPack.text(byType, all, "All"));
		assertTrue(content.blocks().stream().anyMatch(Block.Drawing.class::isInstance), "a chart of the waves' cost");
	}

	@Test
	void aNeighbourhoodPackListsTheChangesOneByOne() throws Exception {
		IntdModel scenario = scenario();
		ReportContext board = ExamplePlanningPack.context(scenario, scenarioFile, "nb-docklands", null);
		ReportContext neighbourhood = new ReportContext(scenario, scenarioFile, board.scope(), Audience.NEIGHBOURHOOD, null,
				board.suppression(), board.date(), null, null);
		SectionContent content = ExamplePlanningPack.write(new ScenarioSection(), neighbourhood);
		ReportTable changes = ExamplePlanningPack.table(content, "Changes");
		assertEquals(List.of("wave", "type", "code", "name", "detail"), changes.columns());
		assertEquals(ExamplePlanningPack.text(ExamplePlanningPack.table(content, "Changes by type"),
				ExamplePlanningPack.row(ExamplePlanningPack.table(content, "Changes by type"), "All"), "All"),
				Integer.toString(changes.rows().size()));
		assertTrue(ExamplePlanningPack.write(new ScenarioSection(), board).tables().stream().noneMatch(t -> t.title().equals("Changes")),
				"a board sees the changes by type only");
	}

	@Test
	void theScenariosPackAsPdfHasItsWavesAndTheirCost() throws Exception {
		IntdModel scenario = scenario();
		ReportDocument document = ReportBuilder.build(ExamplePlanningPack.context(scenario, scenarioFile, "place-riverside", null),
				SectionRegistry.installed().named(List.of("scenario")), null);
		ReportTable waves = ExamplePlanningPack.table(document.sections().get(0), "Waves");
		Path pdf = folder.resolve("scenario.pdf");
		ReportFiles.write(document, ReportFormat.PDF, pdf);
		try (PDDocument read = Loader.loadPDF(pdf.toFile())) {
			// table cells wrap onto several lines: the waves are found in their paragraphs, their figures in the table
			String text = new PDFTextStripper().getText(read).replaceAll("\\s+", " ");
			for (List<Cell> wave : waves.rows()) {
				String said = ExamplePlanningPack.text(waves, wave, "wave") + ", effective " + ExamplePlanningPack.text(waves, wave, "date");
				assertTrue(text.contains(said), said + " in\n" + text);
				assertTrue(text.contains(ExamplePlanningPack.text(waves, wave, "run rate")), text);
				assertTrue(text.contains(ExamplePlanningPack.text(waves, wave, "cost change")), text);
			}
			assertTrue(text.contains("Changes against the baseline"), text);
		}
	}

	@Test
	void aModelThatIsNoScenarioOrHasLostItsBaselineIsSaid() throws Exception {
		IntdModel example = ExamplePlace.create();
		String notScenario = ExamplePlanningPack.missing(new ScenarioSection(), ExamplePlanningPack.context(example, null, null, null));
		assertTrue(notScenario.contains("is not a scenario"), notScenario);
		assertTrue(notScenario.contains("./intd scenario new"), notScenario);

		IntdModel scenario = scenario();
		String noFile = ExamplePlanningPack.missing(new ScenarioSection(), ExamplePlanningPack.context(scenario, null, null, null));
		assertTrue(noFile.contains("has no file"), noFile);

		Files.delete(baselineFile);
		String lost = ExamplePlanningPack.missing(new ScenarioSection(), ExamplePlanningPack.context(scenario, scenarioFile, null, null));
		assertTrue(lost.contains(baselineFile.getFileName().toString()) && lost.contains("is not there"), lost);
	}
}
