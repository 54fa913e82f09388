package org.intdesigner.diagram.interpreter;

import java.util.Map;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;

/**
 * What a model is compared with on its diagrams: the baseline's elements by key (read only, never
 * edited through a diagram) and what changed since, by the key of the element (its id: a scenario
 * keeps its baseline's ids). Keys are as {@link ElementKeys#of} gives them. Two baselines of the same
 * {@code version} have the same content, so what a diagram drew of the first serves for the second (a
 * baseline read from its file never changes; one open in an editor may, and gets a new version each time).
 */
public record Baseline(Function<String, EObject> elements, Map<String, ElementChange> changes, Object version) {

	/** A baseline that may have changed since any other: nothing drawn of it before is reused. */
	public Baseline(Function<String, EObject> elements, Map<String, ElementChange> changes) {
		this(elements, changes, new Object());
	}

	/** This baseline, saying its content is the same whenever {@code version} is. */
	public Baseline withVersion(Object version) {
		return new Baseline(elements, changes, version);
	}

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
