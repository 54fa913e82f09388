package org.intdesigner.planning.ui.scenarios;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.AdapterFactoryItemDelegator;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.intdesigner.model.Identified;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.compare.ModelChange;

/**
 * What the tree needs of the two models beyond the changes: an element without a name (an allocation, a RACI
 * assignment, a capability level) by the label the model editor gives it, and the element added or removed inside
 * another added or removed element (a closed post's allocations), so that it is listed under that one rather than
 * on its own. Elements are looked up by id in the model they are in: removed ones in the first, others in the second.
 */
final class ChangeContext {

	static final ChangeContext NONE = new ChangeContext(Map.of(), Map.of());

	private final Map<String, String> labels;
	/** An element added (or removed) inside another element added (or removed): its id to that element's id. */
	private final Map<String, String> wholeParents;

	private ChangeContext(Map<String, String> labels, Map<String, String> wholeParents) {
		this.labels = labels;
		this.wholeParents = wholeParents;
	}

	static ChangeContext of(IntdModel before, IntdModel after, List<ModelChange> changes, ComposedAdapterFactory adapters) {
		if (changes.isEmpty()) {
			return NONE;
		}
		Map<String, EObject> beforeById = null;
		Map<String, EObject> afterById = null;
		Map<String, String> labels = new HashMap<>();
		Map<String, String> parents = new HashMap<>();
		AdapterFactoryItemDelegator items = new AdapterFactoryItemDelegator(adapters);
		Map<ModelChange.Kind, java.util.Set<String>> whole = new HashMap<>();
		changes.stream().filter(c -> c.change() == ModelChange.Kind.ADDED || c.change() == ModelChange.Kind.REMOVED)
				.forEach(c -> whole.computeIfAbsent(c.change(), k -> new java.util.HashSet<>()).add(c.id()));
		for (ModelChange change : changes) {
			boolean removed = change.change() == ModelChange.Kind.REMOVED;
			boolean unnamed = change.name().equals(change.type() + " " + change.id());
			boolean wholeChange = removed || change.change() == ModelChange.Kind.ADDED;
			if (!unnamed && !wholeChange) {
				continue;
			}
			Map<String, EObject> index;
			if (removed) {
				index = beforeById = beforeById == null ? index(before) : beforeById;
			} else {
				index = afterById = afterById == null ? index(after) : afterById;
			}
			EObject element = index.get(change.id());
			if (element == null) {
				continue;
			}
			if (unnamed && !labels.containsKey(change.id())) {
				String label = items.getText(element);
				if (label != null && !label.isBlank()) {
					labels.put(change.id(), label);
				}
			}
			if (wholeChange) {
				java.util.Set<String> sameKind = whole.get(change.change());
				for (EObject up = element.eContainer(); up != null; up = up.eContainer()) {
					if (up instanceof Identified identified && sameKind.contains(identified.getId())) {
						parents.put(change.id(), identified.getId());
						break;
					}
				}
			}
		}
		return new ChangeContext(labels, parents);
	}

	private static Map<String, EObject> index(IntdModel model) {
		Map<String, EObject> byId = new HashMap<>();
		if (model == null) {
			return byId;
		}
		byId.put(model.getId(), model);
		model.eAllContents().forEachRemaining(object -> {
			if (object instanceof Identified identified && identified.getId() != null) {
				byId.put(identified.getId(), object);
			}
		});
		return byId;
	}

	/** The element's name as the comparison gives it, or the model editor's label when it has no name of its own. */
	String name(ModelChange change) {
		return labels.getOrDefault(change.id(), change.name());
	}

	/** The added or removed element that {@code id} was added or removed inside, or null. */
	String wholeParent(String id) {
		return wholeParents.get(id);
	}
}
