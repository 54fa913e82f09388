package org.intdesigner.analysis.engine;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

/**
 * Visits the elements of some classes in a model without walking into contents that cannot hold
 * any of them: model-wide rules about posts need not look inside each post's allocations and
 * capability levels, which are most of a big model.
 */
final class ContentWalk {

	private final Set<EClass> targets;
	private final Map<EClass, Boolean> mayHold = new HashMap<>();

	ContentWalk(Collection<EClass> targets) {
		this.targets = Set.copyOf(targets);
	}

	void visit(EObject root, Consumer<EObject> visitor) {
		for (EObject child : root.eContents()) {
			if (isTarget(child.eClass())) {
				visitor.accept(child);
			}
			if (mayHold(child.eClass())) {
				visit(child, visitor);
			}
		}
	}

	private boolean isTarget(EClass eClass) {
		for (EClass target : targets) {
			if (target == eClass || target.isSuperTypeOf(eClass)) {
				return true;
			}
		}
		return false;
	}

	/** Can an element of this class contain, at any depth, an element of a target class? */
	private boolean mayHold(EClass eClass) {
		Boolean known = mayHold.get(eClass);
		if (known == null) {
			known = reaches(eClass, new HashSet<>());
			mayHold.put(eClass, known);
		}
		return known;
	}

	private boolean reaches(EClass eClass, Set<EClass> seen) {
		if (!seen.add(eClass)) {
			return false;
		}
		for (EReference containment : eClass.getEAllContainments()) {
			EClass type = containment.getEReferenceType();
			if (isTarget(type) || targets.stream().anyMatch(type::isSuperTypeOf) || reaches(type, seen)) {
				return true;
			}
		}
		return false;
	}
}
