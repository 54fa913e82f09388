package org.intdesigner.model.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.intdesigner.model.Element;
import org.intdesigner.model.Identified;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.IntdPackage;
import org.intdesigner.model.Post;

/**
 * Compares two models element by element by id (a scenario keeps the ids of what it did not change): elements only in
 * the second are added, only in the first removed; of the elements in both, each attribute and each reference that
 * differs is changed (references compared by the ids they point to), and an element under another parent, or a post
 * with another employer, is moved. Containment is not a change of its own: the children added or removed are.
 */
public final class ModelComparison {

	/** What says which file or version a model is, not what it designs. */
	private static final java.util.Set<EStructuralFeature> NOT_DESIGN = java.util.Set.of(IntdPackage.Literals.IDENTIFIED__ID,
			IntdPackage.Literals.INTD_MODEL__BASELINE, IntdPackage.Literals.INTD_MODEL__FORMAT_VERSION);

	private ModelComparison() {
	}

	/**
	 * @throws IllegalArgumentException when the models share no id at all: they are not versions of one design
	 */
	public static List<ModelChange> compare(IntdModel before, IntdModel after) {
		Map<String, Identified> unmatched = byId(before);
		int total = unmatched.size();
		Map<EClass, List<EStructuralFeature>> compared = new HashMap<>();
		List<ModelChange> changes = new ArrayList<>();
		List<ModelChange> added = new ArrayList<>();
		for (Identified now : identified(after)) {
			Identified old = unmatched.remove(now.getId());
			if (old == null) {
				added.add(change(ModelChange.Kind.ADDED, now, null, null, null));
			} else if (old.eClass() != now.eClass()) {
				changes.add(change(ModelChange.Kind.REMOVED, old, null, null, null));
				added.add(change(ModelChange.Kind.ADDED, now, null, null, null));
			} else {
				compareFeatures(old, now, compared.computeIfAbsent(old.eClass(), ModelComparison::comparedFeatures), changes);
			}
		}
		if (total > 0 && unmatched.size() == total && !added.isEmpty()) {
			throw new IllegalArgumentException("The two models share no element ids, so they are not versions of one design"
					+ " (a scenario keeps its baseline's ids). Compare models made from one another (./intd scenario new),"
					+ " or export both as CSV and compare the files by code.");
		}
		unmatched.values().forEach(old -> changes.add(change(ModelChange.Kind.REMOVED, old, null, null, null)));
		changes.addAll(added);
		return changes;
	}

	/** The model and every element in it with an id, in document order. */
	private static List<Identified> identified(IntdModel model) {
		List<Identified> all = new ArrayList<>();
		if (model.getId() != null) {
			all.add(model);
		}
		model.eAllContents().forEachRemaining(object -> {
			if (object instanceof Identified identified && identified.getId() != null) {
				all.add(identified);
			}
		});
		return all;
	}

	/** The features of a class that say something about the design: not derived, transient, containment or bookkeeping. */
	private static List<EStructuralFeature> comparedFeatures(EClass eClass) {
		List<EStructuralFeature> features = new ArrayList<>();
		for (EStructuralFeature feature : eClass.getEAllStructuralFeatures()) {
			if (!feature.isDerived() && !feature.isTransient() && !NOT_DESIGN.contains(feature)
					&& !(feature instanceof EReference reference && reference.isContainment())) {
				features.add(feature);
			}
		}
		return features;
	}

	/** Every element with an id, in document order. */
	static Map<String, Identified> byId(IntdModel model) {
		Map<String, Identified> byId = new java.util.LinkedHashMap<>();
		identified(model).forEach(identified -> byId.put(identified.getId(), identified));
		return byId;
	}

	private static void compareFeatures(Identified old, Identified now, List<EStructuralFeature> features,
			List<ModelChange> changes) {
		if (!Objects.equals(idOf(old.eContainer()), idOf(now.eContainer()))) {
			changes.add(change(ModelChange.Kind.MOVED, now, old.eContainingFeature().getName(), nameOf(old.eContainer()),
					nameOf(now.eContainer())));
		}
		for (EStructuralFeature feature : features) {
			if (feature instanceof EAttribute) {
				Object a = old.eGet(feature);
				Object b = now.eGet(feature);
				if (!Objects.equals(a, b)) {
					changes.add(change(ModelChange.Kind.CHANGED, now, feature.getName(), text(a), text(b)));
				}
			} else if (!sameTargets((EReference) feature, old, now)) {
				ModelChange.Kind kind = feature == IntdPackage.Literals.POST__EMPLOYER ? ModelChange.Kind.MOVED
						: ModelChange.Kind.CHANGED;
				changes.add(change(kind, now, feature.getName(), targets((EReference) feature, old),
						targets((EReference) feature, now)));
			}
		}
	}

	private static boolean sameTargets(EReference reference, EObject old, EObject now) {
		if (!reference.isMany()) {
			return Objects.equals(idOf((EObject) old.eGet(reference)), idOf((EObject) now.eGet(reference)));
		}
		EList<?> a = (EList<?>) old.eGet(reference);
		EList<?> b = (EList<?>) now.eGet(reference);
		if (a.size() != b.size()) {
			return false;
		}
		for (int i = 0; i < a.size(); i++) {
			if (!Objects.equals(idOf((EObject) a.get(i)), idOf((EObject) b.get(i)))) {
				return false;
			}
		}
		return true;
	}

	private static String targets(EReference reference, EObject object) {
		if (!reference.isMany()) {
			return nameOf((EObject) object.eGet(reference));
		}
		List<String> names = new ArrayList<>();
		for (Object target : (EList<?>) object.eGet(reference)) {
			names.add(nameOf((EObject) target));
		}
		return String.join("; ", names);
	}

	private static String idOf(EObject object) {
		return object instanceof Identified identified ? identified.getId() : null;
	}

	/** An element by its name, else its class and id; the empty text for none. */
	static String nameOf(EObject object) {
		if (object == null) {
			return "";
		}
		if (object instanceof Element element && element.getName() != null && !element.getName().isBlank()) {
			return element.getName();
		}
		if (object instanceof Post post && post.getRole() != null) {
			return post.getRole().getName() + " post";
		}
		return object.eClass().getName() + " " + idOf(object);
	}

	private static String text(Object value) {
		return value == null ? "" : value.toString();
	}

	private static ModelChange change(ModelChange.Kind kind, Identified element, String feature, String before, String after) {
		String code = element instanceof Element e && e.getCode() != null ? e.getCode() : "";
		return new ModelChange(kind, element.eClass().getName(), element.getId(), code, nameOf(element),
				feature == null ? "" : feature, before == null ? "" : before, after == null ? "" : after);
	}

	/** Counts of changes by kind, for a summary line. */
	public static Map<ModelChange.Kind, Integer> counts(List<ModelChange> changes) {
		Map<ModelChange.Kind, Integer> counts = new HashMap<>();
		changes.forEach(change -> counts.merge(change.change(), 1, Integer::sum));
		return counts;
	}
}
