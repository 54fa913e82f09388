package org.intdesigner.planning.ui.scenarios;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
final class ChangeTreeContext {

	static final ChangeTreeContext NONE = new ChangeTreeContext(Map.of(), Map.of());

	private final Map<String, String> labels;
	/** An element added (or removed) inside another element added (or removed): its id to that element's id. */
	private final Map<String, String> wholeParents;

	private ChangeTreeContext(Map<String, String> labels, Map<String, String> wholeParents) {
		this.labels = labels;
		this.wholeParents = wholeParents;
	}

	static ChangeTreeContext of(IntdModel before, IntdModel after, List<ModelChange> changes, ComposedAdapterFactory adapters) {
		Set<String> wantedBefore = new HashSet<>();
		Set<String> wantedAfter = new HashSet<>();
		Map<ModelChange.Kind, Set<String>> whole = new HashMap<>();
		for (ModelChange change : changes) {
			boolean wholeChange = change.change() == ModelChange.Kind.ADDED || change.change() == ModelChange.Kind.REMOVED;
			if (wholeChange) {
				whole.computeIfAbsent(change.change(), k -> new HashSet<>()).add(change.id());
			}
			if (wholeChange || unnamed(change)) {
				(change.change() == ModelChange.Kind.REMOVED ? wantedBefore : wantedAfter).add(change.id());
			}
		}
		if (wantedBefore.isEmpty() && wantedAfter.isEmpty()) {
			return NONE;
		}
		Map<String, EObject> inBefore = find(before, wantedBefore);
		Map<String, EObject> inAfter = find(after, wantedAfter);
		Map<String, String> labels = new HashMap<>();
		Map<String, String> parents = new HashMap<>();
		AdapterFactoryItemDelegator items = new AdapterFactoryItemDelegator(adapters);
		for (ModelChange change : changes) {
			EObject element = (change.change() == ModelChange.Kind.REMOVED ? inBefore : inAfter).get(change.id());
			if (element == null) {
				continue;
			}
			if (unnamed(change) && !labels.containsKey(change.id())) {
				String label = items.getText(element);
				if (label != null && !label.isBlank()) {
					labels.put(change.id(), label);
				}
			}
			Set<String> sameKind = whole.get(change.change());
			if (sameKind != null) {
				for (EObject up = element.eContainer(); up != null; up = up.eContainer()) {
					if (up instanceof Identified identified && sameKind.contains(identified.getId())) {
						parents.put(change.id(), identified.getId());
						break;
					}
				}
			}
		}
		return new ChangeTreeContext(labels, parents);
	}

	/** Named by the comparison as "Allocation 2f69ed3c-...": it has no name of its own. */
	private static boolean unnamed(ModelChange change) {
		return change.name().equals(change.type() + " " + change.id());
	}

	/**
	 * The elements of {@code model} with the ids wanted, in one walk that keeps only those: a London-scale model has a
	 * quarter of a million objects, and an index of them all cost as much as the comparison itself.
	 */
	private static Map<String, EObject> find(IntdModel model, Set<String> wanted) {
		Map<String, EObject> found = new HashMap<>();
		if (model == null || wanted.isEmpty()) {
			return found;
		}
		if (wanted.contains(model.getId())) {
			found.put(model.getId(), model);
		}
		for (var contents = model.eAllContents(); contents.hasNext() && found.size() < wanted.size();) {
			if (contents.next() instanceof Identified identified && identified.getId() != null
					&& wanted.contains(identified.getId())) {
				found.put(identified.getId(), identified);
			}
		}
		return found;
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
