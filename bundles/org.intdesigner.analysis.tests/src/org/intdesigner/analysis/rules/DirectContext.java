package org.intdesigner.analysis.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EObject;
import org.intdesigner.analysis.api.FindingSink;
import org.intdesigner.analysis.api.ModelIndex;
import org.intdesigner.analysis.api.RuleContext;
import org.intdesigner.model.IntdModel;

/**
 * A rule context for calling a rule's check directly, on elements the engine would not reach (a
 * team cut off from the model by a nesting loop); it records what the rule reports.
 */
final class DirectContext implements RuleContext, FindingSink {

	record Reported(EObject element, String message, List<EObject> related) {
	}

	private final IntdModel model;
	private final ModelIndex index;
	private final Map<Object, Object> shared = new HashMap<>();
	final List<Reported> reported = new ArrayList<>();

	DirectContext(IntdModel model) {
		this.model = model;
		this.index = new ModelIndex(model);
	}

	@Override
	public void report(EObject element, String message, EObject... related) {
		reported.add(new Reported(element, message, List.of(related)));
	}

	@Override
	public IntdModel model() {
		return model;
	}

	@Override
	public int parameter(String key) {
		throw new UnsupportedOperationException("no parameters here");
	}

	@Override
	public ModelIndex index() {
		return index;
	}

	@Override
	@SuppressWarnings("unchecked")
	public <T> T shared(Object key, Supplier<T> compute) {
		return (T) shared.computeIfAbsent(key, k -> compute.get());
	}
}
