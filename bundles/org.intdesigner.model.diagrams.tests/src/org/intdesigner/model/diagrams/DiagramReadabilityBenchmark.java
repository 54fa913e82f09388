package org.intdesigner.model.diagrams;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.intdesigner.diagram.render.DiagramReadability;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Not a test: the readability counts of every diagram type over the example place and the 300-post
 * neighbourhood, next to the time Arrange All took, as a Markdown table in
 * target/benchmarks/readability.md for {@code ./intd bench-diagram-check}. Excluded from the normal
 * test run by its tag; {@link DiagramReadabilityTest} asserts the counts are zero.
 * {@code -Dintd.bench.places=EXAMPLE} checks the example only (the quick mode).
 */
@Tag("benchmark")
class DiagramReadabilityBenchmark {

	@Test
	void countsPerDiagramTypeAndPlace() throws IOException {
		StringBuilder table = new StringBuilder();
		table.append("| Diagram | Place | Nodes | Edges | Size (px) | Arrange All | Edges crossing nodes | Overlapping labels | Clipped names |\n");
		table.append("|---|---|--:|--:|--:|--:|--:|--:|--:|\n");
		String places = System.getProperty("intd.bench.places", "EXAMPLE,NEIGHBOURHOOD");
		for (String placeName : places.split(",")) {
			ReadabilityRun.Place place = ReadabilityRun.Place.valueOf(placeName.trim());
			for (String id : ReadabilityRun.DIAGRAM_TYPES) {
				new ReadabilityRun(id, place); // warm-up, so the time is not the first run's class loading
				ReadabilityRun run = new ReadabilityRun(id, place);
				DiagramReadability.Report report = run.report;
				int[] counts = counts(run);
				table.append(String.format("| %s | %s | %d | %d | %d x %d | %d ms | %d | %d | %d |%n", run.diagram.getDescription().getLabel(),
						place.title, counts[0], counts[1], counts[2], counts[3], run.layoutNanos / 1_000_000, report.crossings(), report.overlaps(),
						report.clipped()));
				System.out.printf("%s over the %s: %s%n", id, place.title, report);
			}
		}
		System.out.print(table);
		Path folder = Paths.get("target", "benchmarks");
		Files.createDirectories(folder);
		Files.writeString(folder.resolve("readability.md"), table);
	}

	/** Shown nodes, drawn edges, and the width and height of the drawing. */
	private static int[] counts(ReadabilityRun run) {
		org.intdesigner.diagram.render.DiagramGeometry geometry = new org.intdesigner.diagram.render.DiagramGeometry(run.diagram);
		return new int[] { geometry.paintOrder().size(), geometry.edges().size(), geometry.extent().width(), geometry.extent().height() };
	}
}
