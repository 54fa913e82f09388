package org.intdesigner.reports.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.intdesigner.model.AccountabilityItem;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.RaciAssignment;
import org.intdesigner.model.samples.ExamplePlace;
import org.intdesigner.reports.Audience;
import org.intdesigner.reports.Cell;
import org.intdesigner.reports.ReportTable;
import org.intdesigner.reports.Tone;
import org.intdesigner.reports.engine.SectionContent;
import org.junit.jupiter.api.Test;

/**
 * The RACI section on the example place: the workbook's sheet holds every letter of the items in
 * scope, the pages hold the same letters in tables narrow enough to read, and the findings of the
 * RACI rules are listed and coloured.
 */
class RaciSectionTest {

	private static final String ID = "org.intdesigner.reports.raci";
	private static final String GOVERNANCE = "Riverside: Shared clinical governance and safety across INT partners";
	private static final String INEQUALITIES = "Riverside: Narrower gaps in healthy life expectancy between neighbourhoods";

	private final IntdModel model = ExamplePlace.create();

	private SectionContent raci(String scope) {
		return ExampleAnalysisPack.section(ExampleAnalysisPack.build(model, scope, Audience.BOARD), ID);
	}

	@Test
	void theWorkbookSheetHoldsEveryLetterOfThePlace() {
		ReportTable whole = ExampleAnalysisPack.table(raci("place-riverside"), RaciSection.FULL_SHEET);
		assertTrue(whole.inWorkbook() && !whole.onPages());
		assertEquals(model.getAccountabilities().size(), whole.rows().size(), "every item of the example is in its place");
		int assignments = 0;
		for (AccountabilityItem item : model.getAccountabilities()) {
			for (RaciAssignment assignment : item.getAssignments()) {
				assignments++;
				String letters = cell(whole, row(whole, item.getName()), RaciTables.heading(assignment.getParty()));
				assertTrue(letters.contains(assignment.getCode().getLiteral()), item.getName() + ": " + letters);
			}
		}
		assertEquals(assignments, count(whole, 3, whole.columns().size() - 1), "one letter per assignment, no more");
		List<Cell> governance = row(whole, GOVERNANCE);
		List<String> accountable = new java.util.ArrayList<>();
		for (int c = 3; c < whole.columns().size() - 1; c++) {
			if (governance.get(c).text().contains("A")) {
				accountable.add(whole.columns().get(c) + "=" + governance.get(c).text());
			}
		}
		assertEquals(2, accountable.size(), accountable.toString());
		assertTrue(accountable.stream().anyMatch(a -> a.startsWith("Director of integration") && a.endsWith("=A")), accountable.toString());
		assertTrue(accountable.stream().anyMatch(a -> a.endsWith("(Post)=R/A")), "the trust's director, R, was made a second A: "
				+ accountable);
		assertTrue(governance.get(whole.columns().size() - 1).text().contains("two Accountable parties"));
	}

	@Test
	void thePagesHoldTheSameLettersInNarrowTablesTeamByTeam() {
		// a neighbourhood lead's pack of the whole place: every team's matrix on the pages (a board's shows a sample)
		SectionContent section = ExampleAnalysisPack.section(ExampleAnalysisPack.build(model, "place-riverside", Audience.NEIGHBOURHOOD), ID);
		ReportTable whole = ExampleAnalysisPack.table(section, RaciSection.FULL_SHEET);
		Map<String, Set<String>> onPages = new HashMap<>();
		int pages = 0;
		for (ReportTable table : section.tables()) {
			if (table.title().startsWith("RACI: ")) {
				pages++;
				assertTrue(table.onPages() && !table.inWorkbook(), table.title());
				assertTrue(table.columns().size() <= 1 + RaciTables.PARTY_COLUMNS, table.title() + ": " + table.columns());
				letters(table, 0, 1, table.columns().size()).forEach((item, cells) -> onPages
						.computeIfAbsent(item, i -> new HashSet<>()).addAll(cells));
			}
		}
		assertTrue(pages > 4, "a table per team at least: " + pages);
		assertEquals(letters(whole, 1, 3, whole.columns().size() - 1), onPages);
		assertTrue(section.blocks().toString().contains("Heading[text=" + RaciSection.ACROSS_TEAMS + "]")
				|| section.blocks().toString().contains("Heading[text=Riverside"), "headed by team");
	}

	@Test
	void aBoardSeesASampleOfTheMatricesAndIsToldWhereTheRestAre() {
		SectionContent section = raci("place-riverside");
		long paged = section.tables().stream().filter(table -> table.title().startsWith("RACI: ")).count();
		assertTrue(paged > 0, "a sample of the matrices");
		assertTrue(section.missing().stream().anyMatch(text -> text.contains("'" + RaciSection.FULL_SHEET + "'")),
				section.missing().toString());
	}

	@Test
	void theRaciFindingsAreListedAndTheItemsColoured() {
		SectionContent section = raci("place-riverside");
		ReportTable findings = ExampleAnalysisPack.table(section, RaciSection.FINDINGS_TABLE);
		assertEquals(List.of("ACC-002", "ACC-003"), findings.rows().stream().map(row -> row.get(1).text()).toList(),
				"errors first");
		assertEquals(GOVERNANCE, findings.rows().get(0).get(0).text());
		assertEquals(Tone.RED, findings.rows().get(0).get(2).tone());
		assertEquals(INEQUALITIES, findings.rows().get(1).get(0).text());
		assertEquals(Tone.AMBER, findings.rows().get(1).get(2).tone());
		ReportTable whole = ExampleAnalysisPack.table(section, RaciSection.FULL_SHEET);
		assertEquals(Tone.RED, row(whole, GOVERNANCE).get(1).tone());
		assertEquals(Tone.AMBER, row(whole, INEQUALITIES).get(1).tone());
		String text = section.blocks().toString();
		assertTrue(text.contains(model.getAccountabilities().size() + " accountability items concern Riverside (place)"), text);
		assertTrue(text.contains("2 items have findings: 1 error and 1 warning"), text);
	}

	@Test
	void aNeighbourhoodHasItsItemsAndThePlacesThatNameItsPeopleButNotItsNeighbours() {
		ReportTable whole = ExampleAnalysisPack.table(raci("nb-hillside"), RaciSection.FULL_SHEET);
		List<String> items = whole.rows().stream().map(row -> row.get(1).text()).toList();
		assertTrue(items.contains("Hillside: Proactive frailty case finding and review"), items.toString());
		assertFalse(items.stream().anyMatch(item -> item.startsWith("Docklands:")), items.toString());
		assertFalse(items.stream().anyMatch(item -> item.startsWith("Riverside North:")), items.toString());
		// the place's end of life item makes district nurses (a role Hillside has) Responsible
		assertTrue(items.contains("Riverside: End of life care coordination"), items.toString());
	}

	/** Each item's non-empty cells as "party=letters", read from columns [from, to). */
	private static Map<String, Set<String>> letters(ReportTable table, int itemColumn, int from, int to) {
		Map<String, Set<String>> letters = new HashMap<>();
		for (List<Cell> row : table.rows()) {
			Set<String> cells = letters.computeIfAbsent(row.get(itemColumn).text(), i -> new HashSet<>());
			for (int c = from; c < to; c++) {
				if (!row.get(c).text().isEmpty()) {
					cells.add(table.columns().get(c) + "=" + row.get(c).text());
				}
			}
		}
		return letters;
	}

	/** How many letters the columns [from, to) hold ("R/A" is two). */
	private static int count(ReportTable table, int from, int to) {
		int letters = 0;
		for (List<Cell> row : table.rows()) {
			for (int c = from; c < to; c++) {
				letters += row.get(c).text().isEmpty() ? 0 : row.get(c).text().split("/").length;
			}
		}
		return letters;
	}

	private static List<Cell> row(ReportTable table, String item) {
		return table.rows().stream().filter(row -> row.get(1).text().equals(item)).findFirst().orElseThrow();
	}

	private static String cell(ReportTable table, List<Cell> row, String party) {
		int column = table.columns().indexOf(party);
		if (column < 0) {
			throw new AssertionError("no party " + party + " in " + table.columns());
		}
		return row.get(column).text();
	}
}
