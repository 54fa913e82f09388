package org.intdesigner.planning.transition;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.intdesigner.model.Identified;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.compare.ModelChange;

/**
 * The model after each wave: a copy of the baseline with the changes of the waves so far applied, element by element
 * by id and reflectively, so that every class of the metamodel is covered. An added element is copied from the scenario
 * into the element of the same id that holds it there (without what it holds that a later wave adds), a removed one is
 * deleted with every reference to it, a changed feature is set to the scenario's value, a moved element goes under its
 * new holder. References of what was added or changed follow the scenario, resolved to the state's own elements by id
 * after every wave, so a reference to an element a later wave adds is empty until that wave. An addition or move whose
 * new holder comes only later waits for it. Applying every change leaves a model equal to the scenario.
 */
final class WaveStates {

	/** A reference of one element whose targets follow the scenario. */
	private record Binding(String id, EReference reference) {
	}

	private final Map<String, Identified> scenarioById;
	private final Set<String> addedIds = new HashSet<>();
	private final Set<String> dueAdds = new HashSet<>();
	private final List<ModelChange> waiting = new ArrayList<>();
	private final Set<Binding> bound = new LinkedHashSet<>();
	private IntdModel state;

	WaveStates(IntdModel baseline, IntdModel scenario, List<ModelChange> changes) {
		this.scenarioById = index(scenario);
		this.state = EcoreUtil.copy(baseline);
		changes.stream().filter(c -> c.change() == ModelChange.Kind.ADDED).forEach(c -> addedIds.add(c.id()));
	}

	/** The model after the changes applied so far (the baseline's copy before any). */
	IntdModel current() {
		return state;
	}

	/** A new model: the current one with {@code changes} applied; the current one is left as it was. */
	IntdModel apply(List<ModelChange> changes) {
		IntdModel next = EcoreUtil.copy(state);
		Map<String, Identified> ids = index(next);
		changes.stream().filter(c -> c.change() == ModelChange.Kind.ADDED).forEach(c -> dueAdds.add(c.id()));
		for (ModelChange change : changes) {
			if (change.change() == ModelChange.Kind.REMOVED) {
				remove(ids, change.id());
			}
		}
		List<ModelChange> placing = new ArrayList<>(waiting);
		waiting.clear();
		changes.stream().filter(c -> c.change() == ModelChange.Kind.ADDED || isContainmentMove(c)).forEach(placing::add);
		boolean progress = true;
		while (progress && !placing.isEmpty()) {
			progress = placing.removeIf(change -> place(next, ids, change));
		}
		waiting.addAll(placing);
		for (ModelChange change : changes) {
			if (change.change() == ModelChange.Kind.CHANGED || change.change() == ModelChange.Kind.MOVED && !isContainmentMove(change)) {
				setFeature(ids, change);
			}
		}
		for (Binding binding : bound) {
			resolve(ids, binding);
		}
		state = next;
		return next;
	}

	private void remove(Map<String, Identified> ids, String id) {
		Identified element = ids.get(id);
		if (element == null || element.eContainer() == null) {
			return; // went with what held it
		}
		ids.remove(id);
		element.eAllContents().forEachRemaining(o -> {
			if (o instanceof Identified inner) {
				ids.remove(inner.getId());
			}
		});
		EcoreUtil.delete(element, true);
	}

	/** Adds or moves the element under its scenario holder; false while that holder is not in the state yet. */
	private boolean place(IntdModel next, Map<String, Identified> ids, ModelChange change) {
		Identified wanted = scenarioById.get(change.id());
		EObject holder = holderIn(next, ids, wanted);
		if (holder == null) {
			return false;
		}
		EObject element;
		if (change.change() == ModelChange.Kind.ADDED) {
			if (ids.containsKey(change.id())) {
				return true; // came with the element holding it
			}
			element = copyDue(wanted);
			element.eAllContents().forEachRemaining(o -> indexAndBind(ids, o));
			indexAndBind(ids, element);
		} else {
			element = ids.get(change.id());
			if (element == null) {
				return true; // removed meanwhile
			}
		}
		put(holder, wanted.eContainingFeature(), element);
		return true;
	}

	/** The state's element of the id that holds {@code wanted} in the scenario, or null. */
	private static EObject holderIn(IntdModel next, Map<String, Identified> ids, Identified wanted) {
		EObject holder = wanted.eContainer();
		if (holder instanceof IntdModel) {
			return next;
		}
		return holder instanceof Identified identified ? ids.get(identified.getId()) : null;
	}

	/** A copy of an added element without what it holds that a later wave adds. */
	private EObject copyDue(Identified wanted) {
		EObject copy = EcoreUtil.copy(wanted);
		List<EObject> later = new ArrayList<>();
		copy.eAllContents().forEachRemaining(o -> {
			if (o instanceof Identified inner && addedIds.contains(inner.getId()) && !dueAdds.contains(inner.getId())) {
				later.add(o);
			}
		});
		later.forEach(EcoreUtil::remove);
		return copy;
	}

	@SuppressWarnings("unchecked")
	private static void put(EObject holder, EStructuralFeature feature, EObject element) {
		if (feature.isMany()) {
			((List<EObject>) holder.eGet(feature)).add(element);
		} else {
			holder.eSet(feature, element);
		}
	}

	/** Indexes a copied element and binds its references, which still point into the scenario, to be resolved. */
	private void indexAndBind(Map<String, Identified> ids, EObject object) {
		if (!(object instanceof Identified identified)) {
			return;
		}
		ids.put(identified.getId(), identified);
		for (EReference reference : object.eClass().getEAllReferences()) {
			if (!reference.isContainment() && !reference.isContainer() && reference.isChangeable() && !reference.isDerived()) {
				bound.add(new Binding(identified.getId(), reference));
			}
		}
	}

	private void setFeature(Map<String, Identified> ids, ModelChange change) {
		Identified element = ids.get(change.id());
		Identified wanted = scenarioById.get(change.id());
		if (element == null || wanted == null) {
			return;
		}
		EStructuralFeature feature = element.eClass().getEStructuralFeature(change.feature());
		if (feature instanceof EAttribute) {
			if (!wanted.eIsSet(feature)) {
				element.eUnset(feature);
			} else if (feature.isMany()) {
				element.eSet(feature, new ArrayList<>((Collection<?>) wanted.eGet(feature)));
			} else {
				element.eSet(feature, wanted.eGet(feature));
			}
		} else if (feature instanceof EReference reference) {
			bound.add(new Binding(change.id(), reference));
		}
	}

	/** Sets a bound reference to the state's elements of the ids the scenario's element points to (those there are). */
	private void resolve(Map<String, Identified> ids, Binding binding) {
		Identified element = ids.get(binding.id());
		Identified wanted = scenarioById.get(binding.id());
		if (element == null || wanted == null) {
			return;
		}
		EReference reference = binding.reference();
		if (reference.isMany()) {
			List<EObject> targets = new ArrayList<>();
			for (Object target : (Collection<?>) wanted.eGet(reference)) {
				EObject found = inState(ids, (EObject) target);
				if (found != null) {
					targets.add(found);
				}
			}
			element.eSet(reference, targets);
		} else {
			EObject found = inState(ids, (EObject) wanted.eGet(reference));
			if (found == null) {
				element.eUnset(reference);
			} else {
				element.eSet(reference, found);
			}
		}
	}

	private static EObject inState(Map<String, Identified> ids, EObject scenarioTarget) {
		return scenarioTarget instanceof Identified identified ? ids.get(identified.getId()) : null;
	}

	/** A move under another holder (not a post's new employer, which is a reference). */
	private static boolean isContainmentMove(ModelChange change) {
		if (change.change() != ModelChange.Kind.MOVED) {
			return false;
		}
		return !(feature(change) instanceof EReference reference && !reference.isContainment());
	}

	private static EStructuralFeature feature(ModelChange change) {
		org.eclipse.emf.ecore.EClassifier type = org.intdesigner.model.IntdPackage.eINSTANCE.getEClassifier(change.type());
		return type instanceof org.eclipse.emf.ecore.EClass eClass ? eClass.getEStructuralFeature(change.feature()) : null;
	}

	static Map<String, Identified> index(IntdModel model) {
		Map<String, Identified> byId = new HashMap<>();
		if (model.getId() != null) {
			byId.put(model.getId(), model);
		}
		model.eAllContents().forEachRemaining(o -> {
			if (o instanceof Identified identified && identified.getId() != null) {
				byId.put(identified.getId(), identified);
			}
		});
		return byId;
	}
}
