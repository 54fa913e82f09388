package org.intdesigner.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Organisation;
import org.intdesigner.model.Post;
import org.intdesigner.model.samples.ExamplePlace;
import org.intdesigner.reports.engine.SectionContent;
import org.intdesigner.reports.sections.TeamsAndPeopleSection;
import org.intdesigner.workforce.metrics.SmallNumberSuppression;
import org.junit.jupiter.api.Test;

class TeamsAndPeopleSectionTest {

	private final IntdModel model = ExamplePlace.create();

	private SectionContent write(String scope, Audience audience) {
		ReportContext context = new ReportContext(model, null, ReportScope.resolve(model, scope), audience, null,
				SmallNumberSuppression.standard(), LocalDate.of(2026, 12, 7), null, null);
		SectionContent content = new SectionContent("teams", "Teams and people");
		new TeamsAndPeopleSection().write(context, content);
		return content;
	}

	@Test
	void aNeighbourhoodHasATablePerTeamWithEveryPostAllocatedToIt() {
		ReportScope docklands = ReportScope.resolve(model, "nb-docklands");
		SectionContent content = write("nb-docklands", Audience.NEIGHBOURHOOD);
		List<ReportTable> tables = content.tables();
		assertEquals(docklands.teams().size(), tables.size(), "a table per team");
		long allocations = docklands.posts().stream().flatMap(post -> post.getAllocations().stream())
				.filter(allocation -> docklands.contains(allocation.getTeam())).count();
		assertEquals(allocations, tables.stream().mapToInt(table -> table.rows().size()).sum());
		assertTrue(content.missing().isEmpty());
	}

	@Test
	void aPartnerSeesOnlyItsOwnPostsAcrossTheInts() {
		Organisation partner = model.getOrganisations().stream().filter(o -> "pcn-dh".equals(o.getCode()) || "pcn-dh".equals(o.getId()))
				.findFirst().orElseThrow();
		SectionContent content = write(partner.getId(), Audience.PARTNER);
		List<String> employers = content.tables().stream().flatMap(table -> table.rows().stream()).map(row -> row.get(2).text())
				.distinct().toList();
		assertEquals(List.of(partner.getName()), employers);
		long posts = model.getPosts().stream().filter(post -> post.getEmployer() == partner)
				.filter(post -> !post.getAllocations().isEmpty()).count();
		assertTrue(posts > 0);
		assertEquals(posts, content.tables().stream().flatMap(t -> t.rows().stream()).map(row -> row.get(0).text()).distinct().count(),
				"every allocated post of the partner once at least");
	}

	@Test
	void aVacantPostIsMarked() {
		Post vacant = model.getPosts().stream().filter(post -> post.getHolder() == null || post.getHolder().isBlank())
				.filter(post -> !post.getAllocations().isEmpty()).findFirst().orElseThrow();
		String place = "place-riverside";
		SectionContent content = write(place, Audience.NEIGHBOURHOOD);
		assertTrue(content.tables().stream().flatMap(t -> t.rows().stream())
				.anyMatch(row -> row.get(0).text().equals(vacant.getName()) && row.get(5).text().equals("vacant")
						&& row.get(5).tone() == Tone.AMBER));
		assertFalse(content.tables().isEmpty());
	}

	@Test
	void aScopeThatIsNotInTheModelSaysWhichPlacesThereAre() {
		IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
				() -> ReportScope.resolve(model, "place-nowhere"));
		assertTrue(e.getMessage().contains("place-nowhere") && e.getMessage().contains("place-riverside"), e.getMessage());
	}
}
