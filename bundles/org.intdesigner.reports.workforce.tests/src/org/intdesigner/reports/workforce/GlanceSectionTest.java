package org.intdesigner.reports.workforce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.intdesigner.model.Allocation;
import org.intdesigner.model.Area;
import org.intdesigner.model.AreaKind;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Organisation;
import org.intdesigner.model.Post;
import org.intdesigner.model.samples.ExamplePlace;
import org.intdesigner.reports.Cell;
import org.intdesigner.reports.ReportScope;
import org.intdesigner.reports.ReportTable;
import org.intdesigner.reports.engine.Block;
import org.intdesigner.reports.engine.SectionContent;
import org.junit.jupiter.api.Test;

/**
 * The place at a glance from the example model alone (no store): its figures are the model's
 * posts counted by hand here, a place's FTE is what allocations give its teams, and the vacancy
 * rate it cannot have without a store is said.
 */
class GlanceSectionTest {

	private final IntdModel model = ExamplePlace.create();

	private static double number(Cell cell) {
		return cell.number() == null ? Double.NaN : cell.number();
	}

	@Test
	void theWholeModelsPostsFteAndVacanciesAreTheModels() {
		SectionContent content = MetricsSectionTest.section(ReportScope.wholeModel(model), null, GlanceSection.class);
		assertEquals(List.of(), content.missing());
		ReportTable byOrganisation = MetricsSectionTest.table(content, "Posts and FTE by organisation");
		List<Cell> all = byOrganisation.rows().get(byOrganisation.rows().size() - 1);
		assertEquals("All organisations", all.get(0).text());
		assertEquals(model.getPosts().size(), number(all.get(2)), 1e-9);
		assertEquals(model.getPosts().stream().mapToDouble(Post::getFte).sum(), number(all.get(3)), 1e-9);
		assertEquals(model.getPosts().stream().filter(Post::isVacant).count(), number(all.get(4)), 1e-9);
		double organisations = 0;
		for (List<Cell> row : byOrganisation.rows().subList(0, byOrganisation.rows().size() - 1)) {
			organisations += number(row.get(2));
		}
		assertEquals(model.getPosts().size(), organisations, 1e-9, "each post under one organisation");
		ReportTable vacancies = MetricsSectionTest.table(content, "Vacancies");
		assertTrue(vacancies.rows().get(vacancies.rows().size() - 1).get(2).text().contains("no workforce store"));
		assertTrue(content.blocks().stream().anyMatch(Block.Drawing.class::isInstance), "a chart of FTE by organisation");
	}

	@Test
	void aPlacesNeighbourhoodsHaveTheirPopulationAndTheFteAllocatedThere() {
		ReportScope place = ReportScope.resolve(model, "place-riverside");
		SectionContent content = MetricsSectionTest.section(place, null, GlanceSection.class);
		ReportTable neighbourhoods = MetricsSectionTest.table(content, "Neighbourhoods");
		Area riverside = (Area) place.element();
		List<Area> expected = riverside.getSubAreas().stream().filter(a -> a.getKind() == AreaKind.NEIGHBOURHOOD).toList();
		assertTrue(expected.size() >= 3);
		for (Area neighbourhood : expected) {
			List<Cell> row = neighbourhoods.rows().stream().filter(r -> r.get(0).text().equals(neighbourhood.getName()))
					.findFirst().orElseThrow(() -> new AssertionError(neighbourhood.getName() + " in " + neighbourhoods.rows()));
			assertEquals(neighbourhood.getPopulation(), number(row.get(1)), 1e-9);
			double fte = 0;
			for (Post post : model.getPosts()) {
				for (Allocation allocation : post.getAllocations()) {
					if (allocation.getTeam() != null && Establishment.neighbourhoodOf(allocation.getTeam()) == neighbourhood) {
						fte += allocation.getFte();
					}
				}
			}
			assertEquals(fte, number(row.get(4)), 1e-9, neighbourhood.getName());
		}
		ReportTable roles = MetricsSectionTest.table(content, "New and ARRS roles");
		long arrsPosts = place.posts().stream().filter(p -> p.getRole() != null && p.getRole().isArrs()).count();
		List<Cell> allArrs = roles.rows().get(roles.rows().size() - 1);
		assertEquals("All ARRS roles", allArrs.get(0).text());
		assertEquals(arrsPosts, number(allArrs.get(3)), 1e-9);
		assertTrue(arrsPosts > 0, "the example has ARRS posts");
	}

	@Test
	void aPartnersGlanceShowsItsPostsByTeam() {
		Organisation partner = model.getOrganisations().stream()
				.filter(o -> model.getPosts().stream().filter(p -> p.getEmployer() == o).count() >= 5).findFirst().orElseThrow();
		ReportScope scope = ReportScope.of(model, partner);
		SectionContent content = MetricsSectionTest.section(scope, null, GlanceSection.class);
		ReportTable byTeam = MetricsSectionTest.table(content, "Posts by team");
		double fte = byTeam.rows().stream().filter(row -> !row.get(0).text().equals(Establishment.NO_TEAM))
				.mapToDouble(row -> number(row.get(3))).sum();
		double allocated = scope.posts().stream().flatMap(p -> p.getAllocations().stream()).mapToDouble(Allocation::getFte).sum();
		assertEquals(allocated, fte, 1e-9, "every allocation of its posts, by team");
		ReportTable byOrganisation = MetricsSectionTest.table(content, "Posts and FTE by organisation");
		assertEquals(partner.getName(), byOrganisation.rows().get(0).get(0).text());
		assertEquals(2, byOrganisation.rows().size(), "its own row and the total");
	}
}
