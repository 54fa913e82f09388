package org.intdesigner.reports.workforce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Organisation;
import org.intdesigner.model.Team;
import org.intdesigner.model.samples.ExamplePlace;
import org.intdesigner.reports.Audience;
import org.intdesigner.reports.Cell;
import org.intdesigner.reports.ReportContext;
import org.intdesigner.reports.ReportScope;
import org.intdesigner.reports.ReportTable;
import org.intdesigner.reports.engine.Block;
import org.intdesigner.reports.engine.ReportBuilder;
import org.intdesigner.reports.engine.ReportDocument;
import org.intdesigner.reports.engine.SectionContent;
import org.intdesigner.reports.engine.SectionDescriptor;
import org.intdesigner.reports.render.ReportFiles;
import org.intdesigner.reports.render.ReportFormat;
import org.intdesigner.workforce.example.ExampleWorkforceData;
import org.intdesigner.workforce.imports.KnownCodes;
import org.intdesigner.workforce.metrics.Cut;
import org.intdesigner.workforce.metrics.DashboardFigures;
import org.intdesigner.workforce.metrics.LatestDataMonth;
import org.intdesigner.workforce.metrics.Measure;
import org.intdesigner.workforce.metrics.Metric;
import org.intdesigner.workforce.metrics.MetricRow;
import org.intdesigner.workforce.metrics.MetricTable;
import org.intdesigner.workforce.metrics.Period;
import org.intdesigner.workforce.metrics.StaffScope;
import org.intdesigner.workforce.metrics.SmallNumberSuppression;
import org.intdesigner.workforce.metrics.TeamNeighbourhoods;
import org.intdesigner.workforce.store.StoreLocation;
import org.intdesigner.workforce.store.WorkforceStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workforce metrics section over the example place and its example workforce data in a store
 * of a temporary folder: its tiles are the dashboard's figures (as {@link DashboardFigures}
 * computes them for the dashboard, whole place and team drill-down), a small partner's figure is
 * {@code *}, and the figures reach the PDF's text and the workbook's cells.
 */
class MetricsSectionTest {

	@TempDir
	static Path temp;

	private static IntdModel model;
	private static WorkforceStore store;

	@BeforeAll
	static void loadTheExample() throws Exception {
		model = ExamplePlace.create();
		store = WorkforceStore.open(StoreLocation.embedded(temp.resolve("workforce")));
		ExampleWorkforceData.loadInto(store, KnownCodes.of(model), new NullProgressMonitor());
	}

	@AfterAll
	static void close() {
		store.close();
	}

	/** The period the dashboard shows when nobody chose a month: the twelve months to the data's latest month. */
	private static Period dashboardPeriod() throws Exception {
		YearMonth latest = store.read(c -> LatestDataMonth.of(c, YearMonth.now().minusMonths(1)));
		return Period.rolling12Months(latest.atDay(1));
	}

	/** The dashboard's figures, as its view computes them (the whole place, or a team's drill-down). */
	private static DashboardFigures dashboard(StaffScope whose) throws Exception {
		Period period = dashboardPeriod();
		return store.read(c -> DashboardFigures.compute(c, period, Metric.TURNOVER, Cut.ORGANISATION, TeamNeighbourhoods.NONE,
				SmallNumberSuppression.standard(), whose, model));
	}

	static SectionContent section(ReportScope scope, WorkforceStore withStore, Class<?> section) {
		ReportContext context = new ReportContext(model, null, scope, Audience.BOARD, withStore, SmallNumberSuppression.standard(),
				LocalDate.now(), null, null);
		SectionDescriptor descriptor = new SectionDescriptor("test." + section.getSimpleName(), section.getSimpleName(), 1,
				Set.of(Audience.values()), "", "test", () -> section == MetricsSection.class ? new MetricsSection()
						: new GlanceSection());
		ReportDocument document = ReportBuilder.build(context, List.of(descriptor), null);
		return document.sections().get(0);
	}

	static ReportTable table(SectionContent content, String title) {
		return content.tables().stream().filter(t -> t.title().equals(title)).findFirst()
				.orElseThrow(() -> new AssertionError("no table '" + title + "' in " + content.tables().stream()
						.map(ReportTable::title).toList() + "; missing: " + content.missing()));
	}

	/** Each tile row holds the dashboard's figure: the number, * when suppressed, or the tile's note. */
	private static void assertTilesAre(DashboardFigures expected, ReportTable tiles) {
		assertEquals(DashboardFigures.TILES.size(), tiles.rows().size());
		int figures = 0;
		for (int i = 0; i < DashboardFigures.TILES.size(); i++) {
			Metric metric = DashboardFigures.TILES.get(i);
			List<Cell> row = tiles.rows().get(i);
			assertEquals(metric.label(), row.get(0).text());
			String note = expected.tileNotes().get(metric);
			MetricRow figure = expected.tiles().get(metric);
			if (note != null) {
				assertEquals(note, row.get(5).text(), metric.label());
				assertNull(row.get(1).number(), metric.label());
			} else if (figure.suppressed()) {
				assertEquals(SmallNumberSuppression.MARK, row.get(1).text(), metric.label());
				assertNull(row.get(1).number(), "a suppressed figure is no number");
			} else if (Double.isNaN(figure.value())) {
				assertEquals("n/a", row.get(1).text(), metric.label());
			} else {
				assertEquals(figure.value(), row.get(1).number(), 1e-9, metric.label());
				assertEquals(figure.shownValue(metric.unit()), row.get(1).text(), metric.label());
				assertEquals(figure.rag().name().equals("NONE") ? "" : figure.rag().name(), row.get(4).text(), metric.label());
				figures++;
			}
		}
		assertTrue(figures >= 5, "most tiles have a figure: " + tiles.rows());
	}

	@Test
	void theWholeModelsTilesAreTheDashboardsWholePlaceFigures() throws Exception {
		SectionContent content = section(ReportScope.wholeModel(model), store, MetricsSection.class);
		assertEquals(List.of(), content.missing());
		DashboardFigures expected = dashboard(StaffScope.everyone());
		assertTilesAre(expected, table(content, "Workforce metrics"));
		assertNull(expected.tileNotes().get(Metric.VACANCY_RATE), "the whole store has a vacancy rate");
		long charts = content.blocks().stream().filter(Block.Drawing.class::isInstance).count();
		assertEquals(MetricsFigures.TRENDS.size(), charts, "a trend chart per metric with months");
	}

	@Test
	void aTeamsTilesAreTheDashboardsDrillDown() throws Exception {
		Team team = teamWithMostPeople();
		SectionContent content = section(ReportScope.of(model, team), store, MetricsSection.class);
		DashboardFigures expected = dashboard(StaffScope.team(KnownCodes.code(team)));
		assertTilesAre(expected, table(content, "Workforce metrics"));
		assertEquals("not planned by team", expected.tileNotes().get(Metric.VACANCY_RATE));
	}

	@Test
	void aPlacesFiguresAddUpItsTeamsPeople() throws Exception {
		ReportScope place = ReportScope.resolve(model, "place-riverside");
		SectionContent content = section(place, store, MetricsSection.class);
		ReportTable tiles = table(content, "Workforce metrics");
		double teamsInPost = 0;
		Period period = dashboardPeriod();
		for (Team team : place.teams()) {
			MetricRow own = store.read(c -> DashboardFigures.tile(c, Metric.HEADCOUNT, period, TeamNeighbourhoods.NONE,
					SmallNumberSuppression.standard(), StaffScope.team(KnownCodes.code(team)), model));
			teamsInPost += own.measures().get(Measure.IN_POST_END);
		}
		double everyone = dashboard(StaffScope.everyone()).tiles().get(Metric.HEADCOUNT).value();
		assertTrue(teamsInPost > 20 && teamsInPost < everyone, "staff in no team are not the place's: " + teamsInPost);
		List<Cell> headcount = tiles.rows().get(DashboardFigures.TILES.indexOf(Metric.HEADCOUNT));
		assertEquals(teamsInPost, headcount.get(1).number(), 1e-9);
		assertTrue(content.blocks().stream().anyMatch(b -> b instanceof Block.Paragraph p && p.text().contains(
				"teams of Riverside")), "the section says what its figures count");
	}

	@Test
	void aSmallPartnersFigureIsTheSuppressionMark() throws Exception {
		Period period = dashboardPeriod();
		MetricTable byOrganisation = store.read(c -> DashboardFigures.breakdown(c, Metric.HEADCOUNT, period, Cut.ORGANISATION,
				TeamNeighbourhoods.NONE, SmallNumberSuppression.standard(), StaffScope.everyone(), model));
		MetricRow small = byOrganisation.rows().stream().filter(MetricRow::suppressed).findFirst()
				.orElseThrow(() -> new AssertionError("the example has small partners"));
		String code = small.key().get(Cut.ORGANISATION);
		Organisation partner = model.getOrganisations().stream().filter(o -> KnownCodes.code(o).equals(code)).findFirst()
				.orElseThrow();
		// in the whole model's breakdown, its row says *
		ReportTable breakdown = table(section(ReportScope.wholeModel(model), store, MetricsSection.class),
				"People and skills by organisation");
		int headcount = breakdown.columns().indexOf("Headcount in post (people)");
		List<Cell> row = breakdown.rows().stream().filter(r -> r.get(0).text().equals(partner.getName())).findFirst()
				.orElseThrow(() -> new AssertionError(partner.getName() + " in " + breakdown.rows()));
		assertEquals(SmallNumberSuppression.MARK, row.get(headcount).text());
		// and in the partner's own pack, its tile says *
		SectionContent own = section(ReportScope.of(model, partner), store, MetricsSection.class);
		List<Cell> tile = table(own, "Workforce metrics").rows().get(DashboardFigures.TILES.indexOf(Metric.HEADCOUNT));
		assertEquals(SmallNumberSuppression.MARK, tile.get(1).text());
		assertNull(tile.get(1).number());
	}

	@Test
	void withoutAStoreTheSectionSaysHowToGiveOne() {
		SectionContent content = section(ReportScope.wholeModel(model), null, MetricsSection.class);
		assertEquals(1, content.missing().size());
		assertTrue(content.missing().get(0).contains("No workforce store"), content.missing().toString());
	}

	@Test
	void theFiguresReachThePdfTextAndTheWorkbookAsNumbers() throws Exception {
		ReportContext context = new ReportContext(model, null, ReportScope.resolve(model, "place-riverside"), Audience.BOARD,
				store, SmallNumberSuppression.standard(), LocalDate.now(), null, null);
		SectionDescriptor metrics = new SectionDescriptor("org.intdesigner.reports.metrics", "Workforce metrics", 200,
				Set.of(Audience.values()), "", "test", MetricsSection::new);
		ReportDocument document = ReportBuilder.build(context, List.of(metrics), null);
		ReportTable tiles = table(document.sections().get(0), "Workforce metrics");
		Path pdf = temp.resolve("pack.pdf");
		Path xlsx = temp.resolve("pack.xlsx");
		ReportFiles.write(document, ReportFormat.PDF, pdf);
		ReportFiles.write(document, ReportFormat.XLSX, xlsx);
		String text;
		try (PDDocument read = Loader.loadPDF(pdf.toFile())) {
			text = new PDFTextStripper().getText(read);
		}
		try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			Sheet sheet = workbook.getSheet("Workforce metrics");
			assertNotNull(sheet, "a sheet for the tiles");
			int numbers = 0;
			for (int i = 0; i < tiles.rows().size(); i++) {
				Cell value = tiles.rows().get(i).get(1);
				Row row = sheet.getRow(i + 1);
				assertEquals(tiles.rows().get(i).get(0).text(), row.getCell(0).getStringCellValue());
				if (value.number() != null) {
					assertTrue(text.contains(value.text()), value.text() + " in the PDF");
					assertEquals(CellType.NUMERIC, row.getCell(1).getCellType(), "a number stays a number");
					assertEquals(value.number(), row.getCell(1).getNumericCellValue(), 1e-9);
					numbers++;
				} else if (!value.text().isEmpty()) {
					assertEquals(value.text(), row.getCell(1).getStringCellValue());
				}
			}
			assertTrue(numbers >= 5, "figures as numbers: " + numbers);
		}
		assertTrue(text.contains("Workforce metrics"));
		assertTrue(text.contains("Turnover (headcount)"), text);
		assertFalse(text.contains("NaN"), "no number that is none");
	}

	private static Team teamWithMostPeople() throws Exception {
		Period period = dashboardPeriod();
		MetricTable byTeam = store.read(c -> DashboardFigures.breakdown(c, Metric.HEADCOUNT, period, Cut.TEAM,
				TeamNeighbourhoods.NONE, SmallNumberSuppression.standard(), StaffScope.everyone(), model));
		MetricRow most = byTeam.rows().stream().max(java.util.Comparator.comparingDouble(MetricRow::value)).orElseThrow();
		String code = most.key().get(Cut.TEAM);
		return ReportScope.wholeModel(model).teams().stream().filter(t -> KnownCodes.code(t).equals(code)).findFirst()
				.orElseThrow(() -> new AssertionError("no team " + code + " in the model"));
	}
}
