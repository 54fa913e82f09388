package org.intdesigner.reports.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.intdesigner.analysis.api.Severity;
import org.intdesigner.model.AccountabilityItem;
import org.intdesigner.model.AccountabilityKind;
import org.intdesigner.model.IntdFactory;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Team;
import org.intdesigner.model.samples.ExamplePlace;
import org.intdesigner.reports.Audience;
import org.intdesigner.reports.Cell;
import org.intdesigner.reports.ReportScope;
import org.intdesigner.reports.ReportTable;
import org.intdesigner.reports.Tone;
import org.intdesigner.reports.engine.SectionContent;
import org.intdesigner.reports.engine.SectionDescriptor;
import org.intdesigner.reports.engine.SectionRegistry;
import org.junit.jupiter.api.Test;

/**
 * The validation findings section on the example place: the counts by rule are the validator's
 * for the scope, the findings are ordered by severity, and a long list is cut with a line saying
 * where the rest are.
 */
class FindingsSectionTest {

	private static final String ID = "org.intdesigner.reports.findings";

	private final IntdModel model = ExamplePlace.create();

	private SectionContent findings(String scope) {
		return ExampleAnalysisPack.section(ExampleAnalysisPack.build(model, scope, Audience.BOARD), ID);
	}

	@Test
	void bothSectionsAreInstalledWithTheOrderAndTemplatesTheSchemaDocuments() {
		List<SectionDescriptor> all = SectionRegistry.installed().all();
		SectionDescriptor raci = all.stream().filter(s -> s.id().equals("org.intdesigner.reports.raci")).findFirst().orElseThrow();
		SectionDescriptor found = all.stream().filter(s -> s.id().equals(ID)).findFirst().orElseThrow();
		assertEquals(600, raci.order());
		assertEquals(EnumSet.of(Audience.BOARD, Audience.NEIGHBOURHOOD), EnumSet.copyOf(raci.templates()));
		assertEquals("Accountability (RACI)", raci.title());
		assertEquals(700, found.order());
		assertEquals(EnumSet.allOf(Audience.class), EnumSet.copyOf(found.templates()));
		assertEquals("Validation findings", found.title());
	}

	@Test
	void thePlacesCountsByRuleAreWhatTheValidatorReports() {
		SectionContent section = findings("place-riverside");
		assertTrue(section.missing().isEmpty(), section.missing().toString());
		Map<String, Long> expected = ExampleAnalysisPack.byRule(ExampleAnalysisPack.validate(model).active());
		// every finding of the example is in its one place; the example keeps one of each mistake on purpose
		assertEquals(expected, ExampleAnalysisPack.summaryCounts(ExampleAnalysisPack.table(section, FindingsSection.SUMMARY_TABLE)));
		for (String rule : List.of("ACC-002", "ACC-003", "TEAM-002", "SPAN-001", "BND-001", "BND-002", "SKL-001")) {
			assertEquals(1L, expected.get(rule), rule);
		}
		ReportTable summary = ExampleAnalysisPack.table(section, FindingsSection.SUMMARY_TABLE);
		List<Cell> total = summary.rows().get(summary.rows().size() - 1);
		assertEquals("Total", total.get(0).text());
		assertEquals(expected.values().stream().mapToLong(Long::longValue).sum(), total.get(3).number().longValue());
		assertTrue(texts(section).contains("5 findings were accepted by the partners"), texts(section));
	}

	@Test
	void errorsAreRedWarningsAmberAndListedFirst() {
		SectionContent section = findings("place-riverside");
		for (List<Cell> row : ExampleAnalysisPack.table(section, FindingsSection.SUMMARY_TABLE).rows()) {
			if (row.get(2).text().equals("error")) {
				assertEquals(Tone.RED, row.get(2).tone());
				assertEquals(Tone.RED, row.get(3).tone());
			} else if (row.get(2).text().equals("warning")) {
				assertEquals(Tone.AMBER, row.get(3).tone());
			}
		}
		List<Severity> order = new ArrayList<>();
		for (List<Cell> row : ExampleAnalysisPack.table(section, FindingsSection.LIST_TABLE).rows()) {
			order.add(Severity.valueOf(row.get(1).text().toUpperCase()));
		}
		List<Severity> sorted = new ArrayList<>(order);
		sorted.sort(null);
		assertEquals(sorted, order);
		assertEquals(Severity.ERROR, order.get(0));
		assertEquals(ExampleAnalysisPack.validate(model).active().size(), order.size());
	}

	@Test
	void aNeighbourhoodShowsItsOwnFindingsAndNotItsNeighbours() {
		Map<String, Long> hillside = ExampleAnalysisPack.summaryCounts(ExampleAnalysisPack.table(findings("nb-hillside"), FindingsSection.SUMMARY_TABLE));
		assertEquals(1L, hillside.get("BND-001"), "Hillside's paramedic has no professional supervisor: " + hillside);
		assertEquals(1L, hillside.get("SKL-001"), "Hillside's partners serve a cohort beyond their skills: " + hillside);
		assertFalse(hillside.containsKey("TEAM-002"), "the place's population health team is not Hillside's: " + hillside);
		SectionContent docklands = findings("nb-docklands");
		Map<String, Long> counts = ExampleAnalysisPack.summaryCounts(ExampleAnalysisPack.table(docklands, FindingsSection.SUMMARY_TABLE));
		assertFalse(counts.containsKey("BND-001"), counts.toString());
		assertFalse(counts.containsKey("SKL-001"), counts.toString());
		assertEquals(1L, counts.get("SPAN-001"), "the PCN manager line-manages Docklands' ARRS posts too: " + counts);
		assertTrue(texts(docklands).contains("shown are the findings on the teams, posts"), texts(docklands));
	}

	@Test
	void aPartnersPackHasTheFindingsOnItsOwnStaff() {
		SectionContent section = ExampleAnalysisPack.section(ExampleAnalysisPack.build(model, "mind", Audience.PARTNER), ID);
		Map<String, Long> counts = ExampleAnalysisPack.summaryCounts(ExampleAnalysisPack.table(section, FindingsSection.SUMMARY_TABLE));
		assertEquals(1L, counts.get("BND-002"), "Riverside Mind's worker is hosted without an arrangement: " + counts);
		assertFalse(counts.containsKey("SKL-001"), "Hillside's partners team is not Riverside Mind's: " + counts);
	}

	@Test
	void aLongListIsCutWithALineSayingWhereTheRestAreAndTheWorkbookHasThemAll() {
		Team team = ReportScope.resolve(model, "nb-hillside").teams().get(0);
		for (int i = 0; i < 150; i++) {
			AccountabilityItem item = IntdFactory.eINSTANCE.createAccountabilityItem();
			item.setId("test-item-" + i);
			item.setName("Unowned task " + i);
			item.setKind(AccountabilityKind.CARE_FUNCTION);
			item.setTeam(team);
			model.getAccountabilities().add(item);
		}
		SectionContent section = findings("nb-hillside");
		long active = ExampleAnalysisPack.summaryCounts(ExampleAnalysisPack.table(section, FindingsSection.SUMMARY_TABLE)).values().stream()
				.mapToLong(Long::longValue).sum();
		assertTrue(active > FindingsSection.LISTED, "150 items without A or R: " + active);
		ReportTable listed = ExampleAnalysisPack.table(section, FindingsSection.LIST_TABLE);
		assertEquals(FindingsSection.LISTED, listed.rows().size());
		assertTrue(listed.onPages() && !listed.inWorkbook());
		ReportTable all = ExampleAnalysisPack.table(section, FindingsSection.ALL_TABLE);
		assertEquals(active, all.rows().size());
		assertTrue(all.inWorkbook() && !all.onPages());
		String more = section.missing().get(0);
		assertTrue(more.startsWith((active - FindingsSection.LISTED) + " more findings are not listed here. All " + active), more);
		assertTrue(more.contains("'All findings'") && more.contains("./intd validate"), more);
	}

	private static String texts(SectionContent section) {
		return String.join("\n", section.blocks().stream().map(Object::toString).toList());
	}
}
