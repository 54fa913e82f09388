package org.intdesigner.reports.diagrams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.intdesigner.model.AccountabilityItem;
import org.intdesigner.model.IntdFactory;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Organisation;
import org.intdesigner.model.Team;
import org.intdesigner.model.samples.ExamplePlace;
import org.intdesigner.reports.Audience;
import org.intdesigner.reports.Figure;
import org.intdesigner.reports.ReportContext;
import org.intdesigner.reports.ReportScope;
import org.intdesigner.reports.engine.Block;
import org.intdesigner.reports.engine.ReportBuilder;
import org.intdesigner.reports.engine.ReportDocument;
import org.intdesigner.reports.engine.SectionContent;
import org.intdesigner.reports.engine.SectionDescriptor;
import org.intdesigner.reports.engine.SectionRegistry;
import org.intdesigner.reports.render.ReportFiles;
import org.intdesigner.reports.render.ReportFormat;
import org.intdesigner.workforce.metrics.SmallNumberSuppression;
import org.jfree.svg.SVGGraphics2D;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #20, "each diagram type drawn as vector graphics", headless: the example place's four
 * diagram types each drawn once with what they should show, into a PDF PDFBox reads; a model with
 * nothing to draw says so instead of failing.
 */
class DiagramsSectionTest {

	@TempDir
	Path folder;

	static ReportContext context(IntdModel model, String scope, Path modelFile) {
		return new ReportContext(model, modelFile, ReportScope.resolve(model, scope), Audience.BOARD, null, SmallNumberSuppression.standard(),
				LocalDate.of(2026, 12, 7), null, null);
	}

	static SectionContent write(ReportContext context) {
		SectionContent content = new SectionContent("org.intdesigner.reports.diagrams", "Diagrams");
		new DiagramsSection().write(context, content);
		return content;
	}

	static List<Figure> figures(SectionContent content) {
		return content.blocks().stream().filter(Block.Drawing.class::isInstance).map(b -> ((Block.Drawing) b).figure()).toList();
	}

	/** The figure drawn on JFreeSVG, as the HTML report draws it, with XML's escapes read back ("&apos;" as "'"). */
	static String svg(Figure figure) {
		SVGGraphics2D g = new SVGGraphics2D(figure.width(), figure.height());
		figure.draw(g);
		return g.getSVGDocument().replace("&apos;", "'").replace("&#39;", "'").replace("&quot;", "\"").replace("&amp;", "&");
	}

	static Figure titled(List<Figure> figures, String start) {
		return figures.stream().filter(f -> f.title().startsWith(start)).findFirst()
				.orElseThrow(() -> new AssertionError("no figure '" + start + "...' among " + figures.stream().map(Figure::title).toList()));
	}

	@Test
	void theExamplePlaceHasOneFigurePerDiagramTypeShowingItsElements() {
		IntdModel model = ExamplePlace.create();
		ReportContext context = context(model, "place-riverside", null);
		SectionContent content = write(context);
		List<Figure> figures = figures(content);

		assertEquals(List.of(), content.missing(), "nothing left out of the example place");
		figures.forEach(f -> System.out.printf("example place: %s, %.0f x %.0f, on A4 at %.2f%n", f.title(), f.width(), f.height(),
				((DiagramFigure) f).pageScale()));
		content.blocks().stream().filter(Block.Paragraph.class::isInstance).forEach(p -> System.out.println("  " + ((Block.Paragraph) p).text()));
		assertEquals(List.of("Team structure", "Boundary map", "Accountability map", "Line management and supervision"),
				figures.stream().map(f -> f.title().substring(0, f.title().indexOf(" of "))).toList());
		ReportScope scope = context.scope();
		// the place's 159 posts in 314 boxes do not read on A4: its team of teams is drawn, each team marked [+n]
		String teams = svg(titled(figures, "Team structure"));
		for (Team team : scope.teams()) {
			boolean outermost = !(team.eContainer() instanceof Team parent && scope.teams().contains(parent));
			assertEquals(outermost, teams.contains(">" + team.getName() + "  [+"), "the team structure shows the team " + team.getName()
					+ (outermost ? "" : " only inside its parent"));
		}
		String boundaries = svg(titled(figures, "Boundary map"));
		for (Organisation organisation : model.getOrganisations()) {
			boolean inScope = scope.posts().stream().anyMatch(p -> p.getEmployer() == organisation)
					|| scope.teams().stream().anyMatch(t -> t.getHost() == organisation);
			assertEquals(inScope, boundaries.contains(">" + organisation.getName()),
					"the boundary map shows " + organisation.getName() + " exactly when it is in scope");
		}
		String accountabilities = svg(titled(figures, "Accountability map"));
		for (AccountabilityItem item : model.getAccountabilities()) {
			if (scope.teams().contains(item.getTeam())) {
				assertTrue(accountabilities.contains(item.getName().substring(0, Math.min(12, item.getName().length()))),
						"the accountability map shows " + item.getName());
			}
		}
		for (Figure figure : figures) {
			assertTrue(figure.width() > 100 && figure.height() > 50, figure.title() + " has a size: " + figure.width() + "x" + figure.height());
		}
	}

	@Test
	void eachDiagramDrawsTheRightNumberOfBoxes() {
		IntdModel model = ExamplePlace.create();
		ReportContext context = context(model, "place-riverside", null);
		write(context); // puts the model in a resource, as the section does
		var registry = org.intdesigner.diagram.registry.SpecificationRegistry.getDefault();
		ScopeDiagrams diagrams = new ScopeDiagrams(SavedDiagrams.beside(null), registry.getExpressions());
		ReportScope scope = context.scope();

		var chart = (ScopeDiagrams.Drawn) diagrams.draw(registry.find("IntLineManagement/LineManagementChart").orElseThrow(),
				scope.element(), "chart");
		assertEquals(scope.posts().size(), chart.nodes(), "one box per post in the line management chart");
		var structure = (ScopeDiagrams.Drawn) diagrams.draw(registry.find("IntStructure/TeamStructure").orElseThrow(),
				scope.element(), "structure");
		// 314 boxes of teams and posts do not read on A4: the place's team of teams does, a box per outermost team
		long outermost = scope.teams().stream().filter(t -> !(t.eContainer() instanceof Team parent && scope.teams().contains(parent)))
				.count();
		assertTrue(structure.collapsed(), "the place's teams collapsed");
		assertEquals(outermost, structure.nodes(), "a box per team at the top of the place");
		assertTrue(DiagramsSectionTest.svg(structure.figure()).contains("[+"), "each marked with how much it holds");
	}

	@Test
	void rendersIntoAPdfAndHtmlThroughTheEngine() throws IOException {
		IntdModel model = ExamplePlace.create();
		SectionDescriptor section = SectionRegistry.installed().all().stream()
				.filter(s -> s.id().equals("org.intdesigner.reports.diagrams")).findFirst()
				.orElseThrow(() -> new AssertionError("the Diagrams section is contributed"));
		assertEquals(500, section.order());
		assertEquals(Set.of(Audience.values()), section.templates());
		ReportDocument report = ReportBuilder.build(context(model, "place-riverside", null), List.of(section), null);

		Path pdf = folder.resolve("diagrams.pdf");
		long start = System.nanoTime();
		ReportFiles.write(report, ReportFormat.PDF, pdf);
		System.out.printf("Diagrams of the example place as PDF: %d ms, %d bytes%n", (System.nanoTime() - start) / 1_000_000, Files.size(pdf));
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			String text = new PDFTextStripper().getText(document);
			assertTrue(text.contains("Diagrams"), text);
			assertTrue(text.contains("Team structure of Riverside"), text);
			assertTrue(text.contains("Line management and supervision"), text);
		}
		Path html = folder.resolve("diagrams.html");
		ReportFiles.write(report, ReportFormat.HTML, html);
		String page = Files.readString(html, StandardCharsets.UTF_8);
		assertEquals(4, page.split("<svg", -1).length - 1, "four inline SVG diagrams");
		keep(pdf, html);
	}

	@Test
	void aModelWithNothingToDrawSaysSo() {
		IntdModel empty = IntdFactory.eINSTANCE.createIntdModel();
		empty.setName("Empty");
		SectionContent content = write(context(empty, null, null));
		assertEquals(List.of(), figures(content));
		assertEquals(4, content.missing().size(), content.missing().toString());
		assertTrue(content.missing().get(0).contains("has nothing to show of Empty"), content.missing().get(0));
	}

	/** Keeps the files under target/ to look at (pdftoppm target/report-samples/diagrams.pdf). */
	static void keep(Path... files) throws IOException {
		Path samples = Path.of("target", "report-samples");
		Files.createDirectories(samples);
		for (Path file : files) {
			Files.copy(file, samples.resolve(file.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		}
	}
}
