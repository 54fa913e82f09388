package org.intdesigner.diagram.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.intdesigner.diagram.expressions.Expressions;
import org.intdesigner.diagram.validation.SpecificationProblem;
import org.intdesigner.diagram.validation.SpecificationValidator;
import org.junit.jupiter.api.Test;

/** Loading one file from the test fragment, without the extension registry. */
class SpecificationLoaderTest {

	static final String FRAGMENT = "org.intdesigner.diagram.tests";

	private final SpecificationLoader loader = new SpecificationLoader(new SpecificationValidator(new Expressions()));

	private LoadedSpecification load(String path) {
		return loader.load(new SpecificationContribution(FRAGMENT, path));
	}

	@Test
	void aValidFileGivesItsViewpoint() {
		LoadedSpecification loaded = load("specs/test-teams.intdspec");
		assertEquals(List.of(), loaded.problems());
		assertTrue(loaded.isUsable());
		assertEquals("Test", loaded.viewpoint().getName());
		assertEquals(FRAGMENT + "/specs/test-teams.intdspec", loaded.file());
	}

	@Test
	void unparseableXmlIsReportedWithFileAndLine() {
		LoadedSpecification loaded = load("testdata/not-xml.intdspec");
		assertFalse(loaded.isUsable());
		assertNull(loaded.viewpoint());
		SpecificationProblem problem = loaded.errors().get(0);
		assertEquals(FRAGMENT + "/testdata/not-xml.intdspec", problem.file());
		assertEquals("line 5, column 3", problem.element());
		assertTrue(problem.message().contains("must be terminated by the matching end-tag"), problem.toString());
	}

	@Test
	void aReferenceToAMissingMappingIsReportedWithItsLine() {
		LoadedSpecification loaded = load("testdata/unresolved-reference.intdspec");
		assertFalse(loaded.isUsable());
		SpecificationProblem problem = loaded.errors().get(0);
		assertTrue(problem.element().startsWith("line 9, column "), problem.toString());
		assertTrue(problem.message().contains("'noSuchMapping'"), problem.toString());
		assertFalse(problem.message().contains("platform:/"), "the file is named once, by the problem: " + problem);
	}

	@Test
	void aMissingFileIsReportedWithItsName() {
		LoadedSpecification loaded = load("testdata/no-such-file.intdspec");
		assertFalse(loaded.isUsable());
		assertEquals(1, loaded.problems().size(), loaded.problems().toString());
		SpecificationProblem problem = loaded.problems().get(0);
		assertEquals(FRAGMENT + "/testdata/no-such-file.intdspec", problem.file());
		assertTrue(problem.message().startsWith("cannot be read"), problem.toString());
	}

	@Test
	void aFileThatDoesNotValidateNamesItsMappings() {
		LoadedSpecification loaded = load("testdata/invalid-mappings.intdspec");
		assertNotNull(loaded.viewpoint(), "it was read");
		assertFalse(loaded.isUsable(), "but it has errors");
		List<String> elements = loaded.errors().stream().map(SpecificationProblem::element).distinct().toList();
		assertEquals(List.of("NodeMapping 'brokenPost'", "RelationEdgeMapping 'endlessEdge'"), elements,
				loaded.errors().toString());
	}
}
