package org.intdesigner.reports.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Team;
import org.intdesigner.model.samples.ExamplePlace;
import org.intdesigner.reports.Audience;
import org.intdesigner.reports.ReportScope;
import org.intdesigner.reports.engine.ReportDocument;
import org.intdesigner.reports.engine.SectionContent;
import org.intdesigner.reports.render.ReportFormat;
import org.junit.jupiter.api.Test;

/** The wizard's parts that need no widgets: the scopes listed, the file proposed, the summary of what is missing. */
class ReportPagePartsTest {

	@Test
	void scopesAreTheModelPlacesWithTheirNeighbourhoodsTeamsAndOrganisations() {
		IntdModel model = ExamplePlace.create();
		ScopeChoices scopes = ScopeChoices.of(model);
		List<String> labels = scopes.labels();
		assertEquals(model.getName() + " (whole model)", labels.get(0));
		assertEquals(List.of("Riverside (place)", "Riverside North (neighbourhood)", "Riverside Central (neighbourhood)",
				"Docklands (neighbourhood)", "Hillside (neighbourhood)"), labels.subList(1, 6), "no ICS: it is no scope");
		assertEquals(1, scopes.initial(null), "the first place");
		Team team = model.getTeams().get(0);
		assertEquals(team.getName() + " (team)", labels.get(scopes.initial(team)), "the element selected");
		assertEquals(model.getOrganisations().size(), labels.stream().filter(l -> l.endsWith("(partner organisation)")).count());
		assertNull(scopes.get(0).id(), "the whole model is asked for with no scope id");
		assertEquals(ReportScope.Kind.ORGANISATION, scopes.get(scopes.firstOf(ReportScope.Kind.ORGANISATION)).kind());
	}

	@Test
	void theFileIsProposedBesideTheModelAndFollowsTheFormat() {
		assertEquals(Path.of("/work/places/docklands-neighbourhood-pack.xlsx"), ReportFileProposal.propose(
				Path.of("/work/places/riverside.intd"), Audience.NEIGHBOURHOOD, "Docklands", ReportFormat.XLSX));
		assertEquals("/tmp/my board.pdf", ReportFileProposal.withFormat("/tmp/my board.html", ReportFormat.PDF));
		assertEquals("/tmp/pack.2026.xlsx", ReportFileProposal.withFormat("/tmp/pack.2026", ReportFormat.XLSX));
	}

	@Test
	void theSummaryCountsSectionsWithNoDataAndThoseThatLeftSomethingOut() {
		SectionContent whole = new SectionContent("a", "About this pack");
		whole.paragraph("All here.");
		SectionContent empty = new SectionContent("m", "Workforce metrics");
		empty.missing("No workforce store: import the partners' files.");
		SectionContent part = new SectionContent("g", "The place at a glance");
		part.paragraph("Posts by organisation.");
		part.missing("No vacancy rate: no establishment data.");
		ReportDocument document = new ReportDocument("Riverside: place board pack", "Riverside (place)", Audience.BOARD,
				LocalDate.of(2026, 12, 7), "Riverside", List.of(whole, empty, part));
		String summary = MissingSummary.of(document, null);
		assertTrue(summary.startsWith("1 section had no data: Workforce metrics.\n1 section left something out: The place at a"
				+ " glance."), summary);
		assertTrue(summary.contains("Workforce metrics: No workforce store: import the partners' files."), summary);
		assertTrue(MissingSummary.of(document, "the server refused user 'x'").startsWith(
				"The workforce store could not be opened: the server refused user 'x'"));
		assertNull(MissingSummary.of(new ReportDocument("t", "s", Audience.BOARD, LocalDate.of(2026, 12, 7), "m",
				List.of(whole)), null), "nothing to say");
	}
}
