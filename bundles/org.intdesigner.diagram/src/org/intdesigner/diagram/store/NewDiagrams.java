package org.intdesigner.diagram.store;

import java.util.UUID;

import org.eclipse.emf.ecore.EObject;
import org.intdesigner.diagram.notation.Diagram;
import org.intdesigner.diagram.notation.NotationFactory;
import org.intdesigner.diagram.spec.DiagramDescription;
import org.intdesigner.diagram.spec.Filter;
import org.intdesigner.diagram.spec.Layer;
import org.intdesigner.diagram.spec.Viewpoint;

/** Makes the notation of a new diagram: which description, on which element, with the default layers and filters. */
public final class NewDiagrams {

	private NewDiagrams() {
	}

	/** The stable id of a description: "viewpoint/description". */
	public static String idOf(DiagramDescription description) {
		String viewpoint = description.eContainer() instanceof Viewpoint v ? v.getName() : "";
		return viewpoint + "/" + description.getName();
	}

	public static Diagram create(DiagramDescription description, EObject root, String name) {
		Diagram diagram = NotationFactory.eINSTANCE.createDiagram();
		diagram.setId(UUID.randomUUID().toString());
		diagram.setName(name);
		diagram.setDescription(idOf(description));
		diagram.setElement(root.eResource().getURIFragment(root));
		for (int i = 1; i < description.getLayers().size(); i++) {
			Layer layer = description.getLayers().get(i);
			if (layer.isActiveByDefault()) {
				diagram.getActiveLayers().add(layer.getName());
			}
		}
		for (Layer layer : description.getLayers()) {
			for (Filter filter : layer.getFilters()) {
				if (filter.isActiveByDefault()) {
					diagram.getActiveFilters().add(filter.getName());
				}
			}
		}
		return diagram;
	}
}
