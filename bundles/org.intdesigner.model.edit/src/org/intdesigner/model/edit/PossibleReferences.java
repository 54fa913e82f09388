package org.intdesigner.model.edit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

/**
 * The values a single reference may take without making the model impossible: never the object
 * itself, and, for a reference between objects of one kind (a post's line manager or supervisor),
 * nothing that already depends on the object through the same reference, which would close a
 * loop (a post cannot be managed by someone it manages, directly or further down).
 */
public final class PossibleReferences {

	private PossibleReferences() {
	}

	public static List<Object> of(EObject owner, EReference reference, Collection<?> candidates) {
		List<Object> possible = new ArrayList<>(candidates.size());
		boolean sameKind = !reference.isMany() && reference.getEReferenceType().isSuperTypeOf(owner.eClass());
		for (Object candidate : candidates) {
			if (candidate == owner || sameKind && candidate instanceof EObject other && leadsTo(other, reference, owner)) {
				continue;
			}
			possible.add(candidate);
		}
		return possible;
	}

	/** Whether following {@code reference} from {@code start} reaches {@code target}. */
	private static boolean leadsTo(EObject start, EReference reference, EObject target) {
		Set<EObject> seen = new HashSet<>();
		for (EObject step = start; step != null && seen.add(step);) {
			if (step == target) {
				return true;
			}
			step = step.eClass().getEAllReferences().contains(reference) ? (EObject) step.eGet(reference) : null;
		}
		return false;
	}
}
