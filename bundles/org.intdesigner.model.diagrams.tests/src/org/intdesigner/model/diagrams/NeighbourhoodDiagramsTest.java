package org.intdesigner.model.diagrams;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.ECrossReferenceAdapter;
import org.intdesigner.diagram.layout.ApproximateTextMeasurer;
import org.intdesigner.diagram.layout.DiagramLayout;
import org.intdesigner.diagram.layout.FlowDirection;
import org.intdesigner.diagram.notation.Diagram;
import org.intdesigner.diagram.notation.NodeView;
import org.intdesigner.diagram.registry.SpecificationRegistry;
import org.intdesigner.diagram.spec.DiagramDescription;
import org.intdesigner.diagram.store.NewDiagrams;
import org.intdesigner.diagram.sync.LiveDiagram;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.io.ModelFiles;
import org.intdesigner.model.samples.SyntheticModels;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every INT diagram type over a synthetic neighbourhood of 300 posts: drawn without failures, laid out without overlaps. */
class NeighbourhoodDiagramsTest {

	@ParameterizedTest
	@ValueSource(strings = { "IntStructure/TeamStructure", "IntBoundaries/BoundaryMap",
			"IntAccountability/AccountabilityMap", "IntLineManagement/LineManagementChart" })
	void drawsAndLaysOutANeighbourhoodOf300Posts(String id) {
		IntdModel model = SyntheticModels.generate(SyntheticModels.Scale.NEIGHBOURHOOD, 7L);
		Resource resource = ModelFiles.createResource(ModelFiles.newResourceSet(), Paths.get("neighbourhood.intd"));
		resource.getContents().add(model);
		resource.getResourceSet().eAdapters().add(new ECrossReferenceAdapter());
		assertTrue(model.getPosts().size() >= 290, "about 300 posts: " + model.getPosts().size());
		SpecificationRegistry registry = SpecificationRegistry.getDefault();
		DiagramDescription description = registry.find(id).orElseThrow().description();
		Diagram notation = NewDiagrams.create(description, model, id);
		LiveDiagram diagram = new LiveDiagram(description, notation, model, registry.getExpressions());
		long start = System.nanoTime();
		diagram.refresh();
		long interpreted = System.nanoTime() - start;
		assertTrue(diagram.getProblems().isEmpty(), id + ": " + diagram.getProblems());
		assertFalse(notation.getNodes().isEmpty());
		FlowDirection direction = description.getLayoutDirection() == org.intdesigner.diagram.spec.LayoutDirection.RIGHT
				? FlowDirection.RIGHT : FlowDirection.DOWN;
		start = System.nanoTime();
		new DiagramLayout(new ApproximateTextMeasurer(), direction).arrangeAll(notation, DiagramTestSupport.hints(diagram)).apply();
		long laidOut = System.nanoTime() - start;
		List<NodeView> nodes = new ArrayList<>(notation.getNodes());
		for (int i = 0; i < nodes.size(); i++) {
			for (int j = i + 1; j < nodes.size(); j++) {
				NodeView a = nodes.get(i);
				NodeView b = nodes.get(j);
				assertTrue(a.getX() + a.getWidth() <= b.getX() || b.getX() + b.getWidth() <= a.getX()
						|| a.getY() + a.getHeight() <= b.getY() || b.getY() + b.getHeight() <= a.getY(), id + ": overlap");
			}
		}
		System.out.printf("%s over %d posts: %d views, %d edges; interpreted in %d ms, laid out in %d ms%n", id,
				model.getPosts().size(), count(notation), notation.getEdges().size(), interpreted / 1_000_000, laidOut / 1_000_000);
	}

	private static int count(Diagram notation) {
		int[] count = { 0 };
		notation.eAllContents().forEachRemaining(o -> {
			if (o instanceof NodeView) {
				count[0]++;
			}
		});
		return count[0];
	}
}
