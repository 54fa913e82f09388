package org.intdesigner.diagram.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import org.intdesigner.diagram.interpreter.DiagramInterpreter;
import org.intdesigner.diagram.interpreter.DiagramNode;
import org.intdesigner.diagram.interpreter.InterpretedDiagram;
import org.intdesigner.diagram.validation.SpecificationProblem;
import org.intdesigner.model.IntdFactory;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Team;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The lint of diagram specifications: every file contributed to the extension point in the
 * running platform loads without errors. A broken contribution fails here, by name, before a
 * user misses its diagrams.
 */
class ContributedSpecificationsLintTest {

	private final SpecificationRegistry registry = SpecificationRegistry.getDefault();

	@TestFactory
	Stream<DynamicTest> everyContributedSpecificationIsFreeOfErrors() {
		assertFalse(registry.getSpecifications().isEmpty(), "at least the test fragment's specification is contributed");
		return registry.getSpecifications().stream().map(specification -> DynamicTest.dynamicTest(specification.file(),
				() -> assertEquals(List.of(), specification.errors(), specification.file())));
	}

	@Test
	void theContributionsThemselvesAreFreeOfErrors() {
		List<SpecificationProblem> errors = registry.getProblems().stream().filter(SpecificationProblem::isError).toList();
		assertEquals(List.of(), errors);
	}

	@Test
	void theTestFragmentsContributionIsOnOffer() {
		ContributedDiagram teams = registry.find("Test/testTeams").orElseThrow();
		assertEquals(SpecificationLoaderTest.FRAGMENT, teams.bundle());
		assertTrue(registry.getServices().get("initials") instanceof InitialsService, registry.getServices().toString());
	}

	@Test
	void itsDiagramIsDrawnWithTheContributedService() {
		IntdModel model = IntdFactory.eINSTANCE.createIntdModel();
		Team core = IntdFactory.eINSTANCE.createTeam();
		core.setName("Core team");
		Team mdt = IntdFactory.eINSTANCE.createTeam();
		mdt.setName("Frailty MDT");
		core.getSubTeams().add(mdt);
		model.getTeams().add(core);
		ContributedDiagram teams = registry.applicableTo(model).stream().filter(d -> d.id().equals("Test/testTeams"))
				.findFirst().orElseThrow();
		InterpretedDiagram diagram = new DiagramInterpreter(registry.getExpressions()).interpret(teams.description(),
				model, List.of());
		assertEquals(List.of(), List.copyOf(diagram.getProblems().values()));
		DiagramNode coreNode = diagram.getNodes().get(0);
		assertEquals("Core team (CT)", coreNode.getLabel());
		assertEquals("Frailty MDT", coreNode.getChildren().get(0).getLabel());
	}
}
