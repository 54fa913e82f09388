package org.intdesigner.model.diagrams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;

import org.intdesigner.diagram.render.DiagramReadability;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue #17, point 5: every diagram type over the example place and over a 300-post neighbourhood,
 * laid out as on a first open, is drawn with no edge through a node it does not connect, no label
 * over another and no name cut off.
 */
class DiagramReadabilityTest {

	static Stream<Arguments> diagramsAndPlaces() {
		return Stream.of(ReadabilityRun.Place.values())
				.flatMap(place -> Stream.of(ReadabilityRun.DIAGRAM_TYPES).map(id -> Arguments.of(id, place)));
	}

	@ParameterizedTest(name = "{0} over the {1}")
	@MethodSource("diagramsAndPlaces")
	void isReadableAfterArrangeAll(String id, ReadabilityRun.Place place) {
		ReadabilityRun run = new ReadabilityRun(id, place);
		DiagramReadability.Report report = run.report;
		System.out.printf("%s over the %s: %s%n", id, place.title, report);
		assertTrue(run.diagram.getNotation().getNodes().size() > 0, "something is drawn");
		assertEquals(0, report.crossings(), "edges crossing nodes they do not connect: " + report);
		assertEquals(0, report.overlaps(), "overlapping labels: " + report);
		assertEquals(0, report.clipped(), "clipped names: " + report);
	}
}
