package org.intdesigner.model.diagrams;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.intdesigner.diagram.interpreter.DiagramNode;
import org.intdesigner.diagram.layout.ApproximateTextMeasurer;
import org.intdesigner.diagram.layout.DiagramLayout;
import org.intdesigner.diagram.layout.LayoutHints;
import org.intdesigner.diagram.notation.Diagram;
import org.intdesigner.diagram.notation.NodeView;
import org.intdesigner.diagram.registry.SpecificationRegistry;
import org.intdesigner.diagram.spec.ContainerMapping;
import org.intdesigner.diagram.spec.DiagramDescription;
import org.intdesigner.diagram.spec.Layer;
import org.intdesigner.diagram.spec.Tool;
import org.intdesigner.diagram.store.NewDiagrams;
import org.intdesigner.diagram.sync.LiveDiagram;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.io.ModelFiles;
import org.intdesigner.model.samples.ExamplePlace;

/** The example place in an editing domain, a contributed diagram of it, and checks shared by the diagram tests. */
final class DiagramTestSupport {

	final SpecificationRegistry registry = SpecificationRegistry.getDefault();
	final AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(
			new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE), new BasicCommandStack());
	final IntdModel model = ExamplePlace.create();
	final DiagramDescription description;
	final Diagram notation;
	final LiveDiagram diagram;

	DiagramTestSupport(String id) {
		Resource resource = ModelFiles.createResource(domain.getResourceSet(), Paths.get("example.intd"));
		resource.getContents().add(model);
		description = registry.find(id).orElseThrow().description();
		notation = NewDiagrams.create(description, model, "Riverside");
		diagram = new LiveDiagram(description, notation, model, registry.getExpressions());
	}

	@SuppressWarnings("unchecked")
	<T extends Tool> T tool(String name) {
		for (Layer layer : description.getLayers()) {
			for (Tool tool : layer.getTools()) {
				if (name.equals(tool.getName())) {
					return (T) tool;
				}
			}
		}
		throw new AssertionError("no tool " + name);
	}

	/** Lays the diagram out as the editor's Arrange All does and checks no two top-level nodes overlap. */
	void layOutWithoutOverlaps() {
		new DiagramLayout(new ApproximateTextMeasurer()).arrangeAll(notation, hints(diagram)).apply();
		List<NodeView> nodes = new ArrayList<>(notation.getNodes());
		for (int i = 0; i < nodes.size(); i++) {
			for (int j = i + 1; j < nodes.size(); j++) {
				NodeView a = nodes.get(i);
				NodeView b = nodes.get(j);
				boolean apart = a.getX() + a.getWidth() <= b.getX() || b.getX() + b.getWidth() <= a.getX()
						|| a.getY() + a.getHeight() <= b.getY() || b.getY() + b.getHeight() <= a.getY();
				assertTrue(apart, label(a) + " overlaps " + label(b));
			}
		}
	}

	private String label(NodeView view) {
		DiagramNode node = diagram.nodeOf(view);
		return (node == null ? "?" : node.getLabel()) + " at " + view.getX() + "," + view.getY() + " " + view.getWidth()
				+ "x" + view.getHeight();
	}

	/** Hints as the editor gives them, with fixed minimum sizes: labels from the diagram, containers by mapping. */
	static LayoutHints hints(LiveDiagram diagram) {
		return new LayoutHints() {
			@Override
			public String label(NodeView node) {
				DiagramNode shown = diagram.nodeOf(node);
				return shown == null ? "" : shown.getLabel();
			}

			@Override
			public boolean isContainer(NodeView node) {
				return diagram.nodeOf(node) != null && diagram.nodeOf(node).getMapping() instanceof ContainerMapping;
			}

			@Override
			public boolean packsChildren(NodeView node) {
				DiagramNode shown = diagram.nodeOf(node);
				return shown != null && shown.getMapping() instanceof ContainerMapping container
						&& container.getChildrenLayout() == org.intdesigner.diagram.spec.ChildrenLayout.GRID;
			}

			@Override
			public int minWidth(NodeView node) {
				return 120;
			}

			@Override
			public int minHeight(NodeView node) {
				return 46;
			}
		};
	}
}
