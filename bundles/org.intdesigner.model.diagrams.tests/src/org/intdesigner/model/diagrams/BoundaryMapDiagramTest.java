package org.intdesigner.model.diagrams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.intdesigner.diagram.notation.Diagram;
import org.intdesigner.diagram.notation.EdgeView;
import org.intdesigner.diagram.notation.NodeView;
import org.intdesigner.diagram.registry.SpecificationRegistry;
import org.intdesigner.diagram.spec.DiagramDescription;
import org.intdesigner.diagram.store.NewDiagrams;
import org.intdesigner.diagram.sync.LiveDiagram;
import org.intdesigner.diagram.validation.SpecificationProblem;
import org.intdesigner.model.Allocation;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Organisation;
import org.intdesigner.model.Post;
import org.intdesigner.model.io.ModelFiles;
import org.intdesigner.model.samples.ExamplePlace;
import org.junit.jupiter.api.Test;

/** The boundary map over the example place: regions per organisation, and the lines that cross them. */
class BoundaryMapDiagramTest {

	private static final String ID = "IntBoundaries/BoundaryMap";

	private final SpecificationRegistry registry = SpecificationRegistry.getDefault();
	private final BoundaryServices services = new BoundaryServices();

	@Test
	void theExamplePlaceIsDrawnByEmployerWithItsCrossingsHighlighted() {
		List<SpecificationProblem> problems = registry.getProblems().stream()
				.filter(p -> String.valueOf(p.file()).contains("boundaries")).toList();
		assertTrue(problems.isEmpty(), problems.toString());
		IntdModel model = ExamplePlace.create();
		Resource resource = ModelFiles.createResource(ModelFiles.newResourceSet(), java.nio.file.Paths.get("example.intd"));
		resource.getContents().add(model);
		DiagramDescription description = registry.find(ID).orElseThrow().description();
		Diagram notation = NewDiagrams.create(description, model, "Boundaries");
		LiveDiagram diagram = new LiveDiagram(description, notation, model, registry.getExpressions());
		diagram.refresh();
		assertTrue(diagram.getProblems().isEmpty(), diagram.getProblems().toString());

		long regions = notation.getNodes().stream().filter(v -> diagram.elementOf(v) instanceof Organisation).count();
		assertEquals(model.getOrganisations().size(), regions, "one region per organisation");
		for (var it = notation.eAllContents(); it.hasNext();) {
			if (it.next() instanceof NodeView view && diagram.elementOf(view) instanceof Post post) {
				assertSame(post.getEmployer(), diagram.elementOf(view.eContainer()), post.getName() + " sits in its employer");
			}
		}
		long crossingAllocations = model.getPosts().stream().flatMap(p -> p.getAllocations().stream())
				.filter(services::allocationCrosses).count();
		assertTrue(crossingAllocations > 0, "the example works across organisations");
		long drawn = notation.getEdges().stream().filter(e -> diagram.elementOf(e) instanceof Allocation).count();
		assertEquals(crossingAllocations, drawn, "each allocation across organisations is an edge");
		long lines = notation.getEdges().stream().filter(e -> "lineCrossing".equals(e.getMapping())).count();
		assertEquals(model.getPosts().stream().filter(services::lineManagementCrosses).count(), lines);
		for (EdgeView edge : notation.getEdges()) {
			assertTrue(edge.getSource() != null && edge.getTarget() != null);
		}
	}
}
