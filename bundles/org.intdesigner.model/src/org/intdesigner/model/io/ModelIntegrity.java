package org.intdesigner.model.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.intdesigner.model.Identified;
import org.intdesigner.model.IntdModel;

/**
 * The load-time integrity check: what must hold for the editor to work on a model at all (every
 * object has an id that names only it, every reference points into the model). It is separate
 * from the user-facing validation of INT design rules, and it is one pass over the model.
 */
public final class ModelIntegrity {

	/**
	 * What the check found: ids it had to give out, problems the user should know about, and references
	 * into other documents (which no load may follow: see {@link ModelFiles#load}).
	 */
	public record Report(int objects, int idsAssigned, List<String> problems, List<ForeignReference> foreign) {
		public boolean isClean() {
			return idsAssigned == 0 && problems.isEmpty() && foreign.isEmpty();
		}
	}

	/** A reference of {@code owner} to {@code target}, an address outside the model's own file. */
	public record ForeignReference(EObject owner, EReference reference, URI target) {
	}

	private ModelIntegrity() {
	}

	public static Report check(IntdModel model) {
		Map<String, EObject> seen = new HashMap<>();
		List<String> problems = new ArrayList<>();
		List<ForeignReference> foreign = new ArrayList<>();
		Resource resource = model.eResource();
		int objects = 1;
		int assigned = checkId(model, seen, problems);
		checkReferences(model, resource, problems, foreign);
		checkValues(model, problems);
		for (TreeIterator<EObject> it = model.eAllContents(); it.hasNext();) {
			EObject object = it.next();
			objects++;
			assigned += checkId(object, seen, problems);
			checkReferences(object, resource, problems, foreign);
			checkValues(object, problems);
		}
		return new Report(objects, assigned, problems, foreign);
	}

	/** Gives {@code object} an id when it has none or one already seen; returns 1 when it did. */
	private static int checkId(EObject object, Map<String, EObject> seen, List<String> problems) {
		if (!(object instanceof Identified identified)) {
			return 0;
		}
		String id = identified.getId();
		if (id == null || id.isBlank()) {
			identified.setId(ModelIds.newId());
			return 1;
		}
		if (seen.putIfAbsent(id, object) == null) {
			return 0;
		}
		String fresh = ModelIds.newId();
		problems.add(Labels.describe(object) + " had the id " + id + " of " + Labels.describe(seen.get(id))
				+ "; it was given the new id " + fresh + " (references to " + id + " may mean either: check them)");
		identified.setId(fresh);
		return 1;
	}

	/** Numbers that cannot be negative (an FTE of -0.5) are flagged: nothing downstream could make sense of them. */
	private static void checkValues(EObject object, List<String> problems) {
		for (EAttribute attribute : Quantities.NOT_NEGATIVE) {
			if (attribute.getEContainingClass().isInstance(object) && object.eGet(attribute) instanceof Number number
					&& number.doubleValue() < 0) {
				problems.add(Labels.describe(object) + ": its " + attribute.getName() + " is " + number
						+ ", which cannot be negative; correct it in the Properties view");
			}
		}
		for (EAttribute attribute : Quantities.AT_LEAST_ONE) {
			if (attribute.getEContainingClass().isInstance(object) && object.eGet(attribute) instanceof Number number
					&& number.intValue() < 1) {
				problems.add(Labels.describe(object) + ": its " + attribute.getName() + " is " + number
						+ ", but it must be at least 1; correct it in the Properties view");
			}
		}
		for (EAttribute attribute : Quantities.PERCENTAGES) {
			if (attribute.getEContainingClass().isInstance(object) && object.eGet(attribute) instanceof Number number
					&& number.doubleValue() > 100) {
				problems.add(Labels.describe(object) + ": its " + attribute.getName() + " is " + number
						+ " %, over 100 %; correct it in the Properties view");
			}
		}
	}

	private static void checkReferences(EObject object, Resource resource, List<String> problems,
			List<ForeignReference> foreign) {
		for (EReference reference : object.eClass().getEAllReferences()) {
			if (reference.isContainment() || reference.isContainer() || reference.isDerived()
					|| !object.eIsSet(reference)) {
				continue;
			}
			Object value = object.eGet(reference, false);
			if (value instanceof List<?> list) {
				for (Object target : list) {
					checkTarget(object, reference, (EObject) target, resource, problems, foreign);
				}
			} else if (value != null) {
				checkTarget(object, reference, (EObject) value, resource, problems, foreign);
			}
		}
	}

	private static void checkTarget(EObject owner, EReference reference, EObject target, Resource resource,
			List<String> problems, List<ForeignReference> foreign) {
		if (target.eIsProxy() && resource != null) {
			URI address = ((InternalEObject) target).eProxyURI();
			if (!address.trimFragment().equals(resource.getURI())) {
				foreign.add(new ForeignReference(owner, reference, address));
				return;
			}
		}
		if (target.eIsProxy() || target.eResource() != resource) {
			problems.add(Labels.describe(owner) + ": its " + reference.getName()
					+ " points outside the model (" + (target.eIsProxy() ? "unresolved" : "detached") + ")");
		}
	}
}
