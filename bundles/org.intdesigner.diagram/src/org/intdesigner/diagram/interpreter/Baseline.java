package org.intdesigner.diagram.interpreter;

import java.util.Map;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;

/**
 * What a model is compared with on its diagrams: the baseline's elements by key (read only, never
 * edited through a diagram) and what changed since, by the key of the element (its id: a scenario
 * keeps its baseline's ids). Keys are as {@link ElementKeys#of} gives them.
 */
public record Baseline(Function<String, EObject> elements, Map<String, ElementChange> changes) {

	/** The baseline's element with this key, or null. */
	public EObject element(String key) {
		return key == null || key.isEmpty() ? null : elements.apply(key);
	}

	public ElementChange changeOf(String key) {
		return changes.get(key);
	}

	public boolean isRemoved(String key) {
		ElementChange change = changes.get(key);
		return change != null && change.is(ElementChange.Kind.REMOVED);
	}
}
