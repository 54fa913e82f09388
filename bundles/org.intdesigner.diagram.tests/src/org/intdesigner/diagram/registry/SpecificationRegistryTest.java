package org.intdesigner.diagram.registry;

import static org.intdesigner.diagram.registry.SpecificationLoaderTest.FRAGMENT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.intdesigner.diagram.validation.SpecificationProblem;
import org.intdesigner.model.IntdFactory;
import org.junit.jupiter.api.Test;

/** A registry over files given directly: broken ones are reported and left out, the rest offered. */
class SpecificationRegistryTest {

	private final SpecificationRegistry registry = SpecificationRegistry.load(List.of(
			new SpecificationContribution(FRAGMENT, "testdata/not-xml.intdspec"),
			new SpecificationContribution(FRAGMENT, "testdata/no-such-file.intdspec"),
			new SpecificationContribution(FRAGMENT, "testdata/invalid-mappings.intdspec"),
			new SpecificationContribution(FRAGMENT, "specs/test-teams.intdspec"),
			new SpecificationContribution(FRAGMENT, "testdata/same-id.intdspec")),
			Map.of("initials", new InitialsService()), List.of());

	@Test
	void brokenFilesDoNotStopAGoodOne() {
		assertEquals(List.of("Test/testTeams"), registry.getDiagrams().stream().map(ContributedDiagram::id).toList());
		ContributedDiagram teams = registry.getDiagrams().get(0);
		assertEquals(FRAGMENT, teams.bundle());
		assertEquals(FRAGMENT + "/specs/test-teams.intdspec", teams.file());
		assertEquals("Test", teams.viewpoint().getName());
		assertEquals(5, registry.getSpecifications().size(), "every file is kept, usable or not");
	}

	@Test
	void everyBrokenFileIsNamedInTheProblems() {
		List<String> files = registry.getProblems().stream().filter(SpecificationProblem::isError)
				.map(SpecificationProblem::file).distinct().toList();
		assertEquals(List.of(FRAGMENT + "/testdata/not-xml.intdspec", FRAGMENT + "/testdata/no-such-file.intdspec",
				FRAGMENT + "/testdata/invalid-mappings.intdspec", FRAGMENT + "/testdata/same-id.intdspec"), files);
	}

	@Test
	void aSecondDiagramWithTheSameIdIsRefused() {
		SpecificationProblem refused = registry.getProblems().stream()
				.filter(p -> p.file().endsWith("same-id.intdspec")).findFirst().orElseThrow();
		assertEquals("DiagramDescription 'testTeams'", refused.element());
		assertTrue(refused.message().contains("already contributed by " + FRAGMENT + "/specs/test-teams.intdspec"),
				refused.toString());
	}

	@Test
	void diagramsAreFoundByIdAndByTheirRootElement() {
		assertTrue(registry.find("Test/testTeams").isPresent());
		assertTrue(registry.find("Test/nothing").isEmpty());
		assertEquals(List.of("Test/testTeams"),
				registry.applicableTo(IntdFactory.eINSTANCE.createIntdModel()).stream().map(ContributedDiagram::id).toList());
		assertEquals(List.of(), registry.applicableTo(IntdFactory.eINSTANCE.createTeam()));
	}

	@Test
	void servicesAreKeptAndKnownToItsExpressions() throws Exception {
		assertTrue(registry.getServices().get("initials") instanceof InitialsService);
		assertEquals("FM", registry.getExpressions().text("initials:of(self)", "Frailty MDT"));
	}
}
