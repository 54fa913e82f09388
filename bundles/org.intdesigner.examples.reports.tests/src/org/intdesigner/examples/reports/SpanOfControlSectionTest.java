package org.intdesigner.examples.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Post;
import org.intdesigner.model.samples.ExamplePlace;
import org.intdesigner.reports.Audience;
import org.intdesigner.reports.Cell;
import org.intdesigner.reports.MissingData;
import org.intdesigner.reports.ReportContext;
import org.intdesigner.reports.ReportScope;
import org.intdesigner.reports.ReportTable;
import org.intdesigner.reports.Tone;
import org.intdesigner.reports.engine.ReportDocument;
import org.intdesigner.reports.engine.ReportRequest;
import org.intdesigner.reports.engine.Reports;
import org.intdesigner.reports.engine.SectionContent;
import org.intdesigner.reports.engine.SectionRegistry;
import org.intdesigner.reports.render.ReportFormat;
import org.intdesigner.workforce.metrics.SmallNumberSuppression;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example section on the example place: its managers counted as the model has them, flagged as the rules do. */
class SpanOfControlSectionTest {

	@TempDir
	Path temp;

	private static ReportContext context(IntdModel model, String scope) {
		return new ReportContext(model, null, ReportScope.resolve(model, scope), Audience.BOARD, null, new SmallNumberSuppression(5),
				LocalDate.of(2026, 4, 1), null, null);
	}

	@Test
	void everyLineManagerOfThePlaceIsListedWithTheirDirectReports() throws Exception {
		IntdModel model = ExamplePlace.create();
		SectionContent out = new SectionContent("span", "Span of control");
		ReportContext context = context(model, "place-riverside");
		new SpanOfControlSection().write(context, out);

		ReportTable managers = out.tables().get(1);
		// the scope's posts that manage others, and the managers of its posts from outside it
		long expectedManagers = model.getPosts().stream()
				.filter(p -> context.scope().posts().stream().anyMatch(r -> r.getLineManager() == p)
						|| context.scope().contains(p) && model.getPosts().stream().anyMatch(r -> r.getLineManager() == p))
				.count();
		assertTrue(expectedManagers > 5, "the example has line managers: " + expectedManagers);
		assertEquals(expectedManagers, managers.rows().size());
		for (List<Cell> row : managers.rows()) {
			Post manager = model.getPosts().stream().filter(p -> p.getCode().equals(row.get(1).text())).findFirst().orElseThrow();
			long reports = model.getPosts().stream().filter(p -> p.getLineManager() == manager).count();
			assertEquals(reports, row.get(5).number().longValue(), manager.getCode());
		}
		// SPAN-001 finds the Docklands and Hillside PCN manager's span too wide in the example (see ./intd validate)
		List<Cell> pcnManager = managers.rows().stream().filter(row -> row.get(1).text().equals("pcn-dh-pcnm")).findFirst()
				.orElseThrow();
		assertTrue(pcnManager.get(5).number() > 15, pcnManager.toString());
		assertEquals(Tone.RED, pcnManager.get(6).tone());
		assertEquals("too wide", pcnManager.get(6).text());
		assertEquals(pcnManager, managers.rows().get(0), "widest first");
		assertTrue(managers.rows().stream().filter(row -> row.get(5).number() < 3).allMatch(row -> row.get(6).tone() == Tone.AMBER));

		ReportTable summary = out.tables().get(0);
		assertEquals((double) expectedManagers, summary.rows().get(0).get(1).number());
		assertEquals(1, out.blocks().stream().filter(org.intdesigner.reports.engine.Block.Drawing.class::isInstance).count(), "one chart");
	}

	@Test
	void theChartsBandsCountEveryManagerOnce() {
		List<SpanOfControlSection.Span> spans = List.of(span(1), span(2), span(3), span(6), span(7), span(15), span(16), span(40));
		Map<String, Double> bands = SpanOfControlSection.histogram(spans, new SpanLimits(3, 15));
		assertEquals(List.of("1 to 2", "3 to 6", "7 to 10", "11 to 15", "16 or more"), List.copyOf(bands.keySet()));
		assertEquals(List.of(2.0, 2.0, 1.0, 1.0, 2.0), List.copyOf(bands.values()));
	}

	private static SpanOfControlSection.Span span(int reports) {
		return new SpanOfControlSection.Span(null, reports);
	}

	@Test
	void theLimitsAreTheValidationRulesDefaults() {
		assertEquals(new SpanLimits(3, 15), SpanLimits.ofRules());
	}

	@Test
	void aScopeWithoutLineManagersSaysWhatToRecord() {
		IntdModel model = ExamplePlace.create();
		model.getPosts().forEach(post -> post.setLineManager(null));
		MissingData missing = assertThrows(MissingData.class,
				() -> new SpanOfControlSection().write(context(model, "place-riverside"), new SectionContent("span", "Span")));
		assertTrue(missing.getMessage().contains("line_manager_id"), missing.getMessage());
	}

	/** Contributed through the extension point: found by the installed registry, in a PDF a user can read. */
	@Test
	void theInstalledSectionIsInThePlacesPdf() throws IOException {
		SectionRegistry installed = SectionRegistry.installed();
		assertTrue(installed.all().stream().anyMatch(s -> s.id().equals("org.intdesigner.examples.reports.span")),
				"installed: " + installed.all());
		Path pdf = temp.resolve("pack.pdf");
		IntdModel model = ExamplePlace.create();
		ReportDocument document = Reports.write(new ReportRequest(model, null, "place-riverside", Audience.BOARD,
				List.of("about", "span"), ReportFormat.PDF, pdf, null, 5, LocalDate.of(2026, 4, 1)), null, installed, null);
		assertEquals(List.of("About this pack", "Span of control"), document.sections().stream().map(SectionContent::title).toList());
		try (PDDocument read = Loader.loadPDF(pdf.toFile())) {
			String text = new PDFTextStripper().getText(read);
			assertTrue(text.contains("Span of control") && text.contains("too wide") && text.contains("Line managers, widest span first"),
					text);
		}
	}
}
