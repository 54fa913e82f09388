package org.intdesigner.analysis.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.intdesigner.analysis.api.FigureTable;
import org.junit.jupiter.api.Test;

/** A figure table as a person reads it at a terminal and as a spreadsheet takes it. */
class FigureTableTextTest {

	private final FigureTable table = new FigureTable("FTE by team", List.of("Team", "Posts", "FTE"),
			List.of(List.of("Frailty MDT", 12, 9.6), List.of("Hub, North", 3, 2.0), List.of("\"Rapid\" response", 110, 0.125), List.of("Almost five", 1, 4.999)));

	@Test
	void alignedTextPadsColumnsAndRightAlignsNumbers() {
		assertEquals("""
				FTE by team
				  Team             Posts FTE
				  Frailty MDT         12  9.6
				  Hub, North           3    2
				  "Rapid" response   110 0.13
				  Almost five          1    5
				""", FigureTableText.aligned(table));
	}

	@Test
	void csvQuotesCellsThatNeedItAndWritesNumbersAsPeopleDo() {
		assertEquals("Team,Posts,FTE\r\nFrailty MDT,12,9.6\r\n\"Hub, North\",3,2\r\n\"\"\"Rapid\"\" response\",110,0.13\r\nAlmost five,1,5\r\n",
				FigureTableText.csv(table));
	}

	@Test
	void anEmptyTableSaysThereWasNothingToCount() {
		assertEquals("Nothing\n  Team\n  (nothing to count in this model)\n",
				FigureTableText.aligned(new FigureTable("Nothing", List.of("Team"), List.of())));
	}
}
