package org.intdesigner.model.diagrams;

import java.nio.file.Paths;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.ECrossReferenceAdapter;
import org.intdesigner.diagram.layout.ApproximateTextMeasurer;
import org.intdesigner.diagram.layout.DiagramLayout;
import org.intdesigner.diagram.layout.FlowDirection;
import org.intdesigner.diagram.layout.SpecLayoutHints;
import org.intdesigner.diagram.layout.TextMeasurer;
import org.intdesigner.diagram.notation.Diagram;
import org.intdesigner.diagram.registry.SpecificationRegistry;
import org.intdesigner.diagram.spec.DiagramDescription;
import org.intdesigner.diagram.store.NewDiagrams;
import org.intdesigner.diagram.sync.LiveDiagram;
import org.intdesigner.diagram.render.DiagramReadability;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.samples.ExamplePlace;
import org.intdesigner.model.samples.SyntheticModels;

/**
 * One diagram type over one place, drawn and laid out as the editor does on a first open (Arrange
 * All with the specification's hints), then checked for readability ({@link DiagramReadability}).
 * Shared by {@link DiagramReadabilityTest} and {@link DiagramReadabilityBenchmark}.
 */
final class ReadabilityRun {

	/** Every diagram type contributed for INT models. */
	static final String[] DIAGRAM_TYPES = { "IntStructure/TeamStructure", "IntBoundaries/BoundaryMap",
			"IntAccountability/AccountabilityMap", "IntLineManagement/LineManagementChart" };

	/** The places checked: the example and a synthetic neighbourhood of 300 posts. */
	enum Place {
		EXAMPLE("example place (Riverside)"), NEIGHBOURHOOD("300-post neighbourhood");

		final String title;

		Place(String title) {
			this.title = title;
		}

		IntdModel create() {
			return this == EXAMPLE ? ExamplePlace.create() : SyntheticModels.generate(SyntheticModels.Scale.NEIGHBOURHOOD, 7L);
		}
	}

	final LiveDiagram diagram;
	final long layoutNanos;
	final DiagramReadability.Report report;

	ReadabilityRun(String id, Place place) {
		this(id, place.create());
	}

	ReadabilityRun(String id, IntdModel model) {
		Resource resource = org.intdesigner.model.io.ModelFiles.createResource(org.intdesigner.model.io.ModelFiles.newResourceSet(),
				Paths.get("place.intd"));
		resource.getContents().add(model);
		resource.getResourceSet().eAdapters().add(new ECrossReferenceAdapter());
		SpecificationRegistry registry = SpecificationRegistry.getDefault();
		DiagramDescription description = registry.find(id).orElseThrow().description();
		Diagram notation = NewDiagrams.create(description, model, id);
		diagram = new LiveDiagram(description, notation, model, registry.getExpressions());
		diagram.refresh();
		TextMeasurer measurer = new ApproximateTextMeasurer();
		FlowDirection direction = description.getLayoutDirection() == org.intdesigner.diagram.spec.LayoutDirection.RIGHT
				? FlowDirection.RIGHT : FlowDirection.DOWN;
		long start = System.nanoTime();
		new DiagramLayout(measurer, direction).arrangeAll(notation, new SpecLayoutHints(diagram)).apply();
		layoutNanos = System.nanoTime() - start;
		report = DiagramReadability.check(diagram, measurer);
	}
}
