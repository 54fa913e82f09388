package org.intdesigner.diagram.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.intdesigner.diagram.layout.BendPoints.Point;
import org.junit.jupiter.api.Test;

class BendPointsTest {

	@Test
	void textAndPointsRoundTrip() {
		List<Point> points = List.of(new Point(10, 20), new Point(-5, 300), new Point(0, 0));
		assertEquals("10,20 -5,300 0,0", BendPoints.format(points));
		assertEquals(points, BendPoints.parse(BendPoints.format(points)));
		assertEquals(points, BendPoints.parse("  10,20   -5,300\t0,0 "));
	}

	@Test
	void emptyTextMeansNoPoints() {
		assertTrue(BendPoints.parse(null).isEmpty());
		assertTrue(BendPoints.parse(" ").isEmpty());
		assertEquals("", BendPoints.format(List.of()));
		assertEquals("", BendPoints.translate("", 5, 5));
	}

	@Test
	void brokenTextNamesThePair() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BendPoints.parse("1,2 3;4"));
		assertTrue(e.getMessage().contains("3;4"), e.getMessage());
		assertThrows(IllegalArgumentException.class, () -> BendPoints.parse("1,x"));
	}

	@Test
	void translateMovesEveryPoint() {
		assertEquals("15,17 -1,2", BendPoints.translate("10,20 -6,5", 5, -3));
	}
}
