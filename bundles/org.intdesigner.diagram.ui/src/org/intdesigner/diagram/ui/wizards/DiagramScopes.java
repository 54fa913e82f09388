package org.intdesigner.diagram.ui.wizards;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.intdesigner.diagram.spec.DiagramDescription;
import org.intdesigner.diagram.ui.editor.DiagramDescriptions;
import org.intdesigner.diagram.ui.session.SemanticModel;

/**
 * What a diagram of a model can be drawn of: the whole model first, then every element some installed
 * diagram type can be drawn of (for INT models: each area, organisation and team), grouped by kind and
 * sorted by name, so a neighbourhood or one team can be drawn on its own.
 */
final class DiagramScopes {

	/** One part of the model: how the wizard lists it, its name, where it is in the model, what can be drawn of it. */
	record Scope(String label, String name, String fragment, List<DiagramDescription> types, boolean isWholeModel) {
	}

	private DiagramScopes() {
	}

	static List<Scope> of(SemanticModel model) {
		EObject root = model.getRoot();
		List<Scope> scopes = new ArrayList<>();
		scopes.add(scope(model, root, "The whole model: " + name(model, root), true));
		Map<EClass, List<Scope>> byKind = new LinkedHashMap<>();
		root.eAllContents().forEachRemaining(element -> {
			if (!DiagramDescriptions.applicableTo(element).isEmpty()) {
				String kind = element.eClass().getName();
				byKind.computeIfAbsent(element.eClass(), k -> new ArrayList<>())
						.add(scope(model, element, kind + ": " + name(model, element), false));
			}
		});
		for (List<Scope> kind : byKind.values()) {
			kind.sort(Comparator.comparing(Scope::label, String.CASE_INSENSITIVE_ORDER));
			scopes.addAll(kind);
		}
		return scopes;
	}

	private static Scope scope(SemanticModel model, EObject element, String label, boolean whole) {
		return new Scope(label, name(model, element), element.eResource().getURIFragment(element),
				DiagramDescriptions.applicableTo(element), whole);
	}

	/** The element's name as the model editor shows it. */
	private static String name(SemanticModel model, EObject element) {
		var feature = element.eClass().getEStructuralFeature("name");
		Object name = feature == null ? null : element.eGet(feature);
		return name != null && !name.toString().isBlank() ? name.toString() : model.getText(element);
	}
}
