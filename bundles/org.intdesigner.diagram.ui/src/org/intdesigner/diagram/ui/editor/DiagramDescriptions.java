package org.intdesigner.diagram.ui.editor;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.intdesigner.diagram.expressions.Expressions;
import org.intdesigner.diagram.registry.ContributedDiagram;
import org.intdesigner.diagram.registry.SpecificationRegistry;
import org.intdesigner.diagram.spec.DiagramDescription;

/** The installed diagram types, as the editor and menus ask for them. */
public final class DiagramDescriptions {

	private DiagramDescriptions() {
	}

	/** The description with the given "viewpoint/description" id, or null if none is installed and valid. */
	public static DiagramDescription find(String id) {
		return id == null ? null
				: SpecificationRegistry.getDefault().find(id).map(ContributedDiagram::description).orElse(null);
	}

	/** The descriptions whose root class fits {@code element}. */
	public static List<DiagramDescription> applicableTo(EObject element) {
		return SpecificationRegistry.getDefault().applicableTo(element).stream().map(ContributedDiagram::description).toList();
	}

	/** Expressions that know the services extenders registered. */
	public static Expressions expressions() {
		return SpecificationRegistry.getDefault().getExpressions();
	}

	public static String label(DiagramDescription description) {
		return description.getLabel() != null && !description.getLabel().isBlank() ? description.getLabel()
				: description.getName();
	}
}
