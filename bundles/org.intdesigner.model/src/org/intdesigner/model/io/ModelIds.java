package org.intdesigner.model.io;

import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.intdesigner.model.Identified;

/**
 * Stable identifiers. New objects get a random UUID; copies get fresh ones so that an id always
 * names exactly one object in a model.
 */
public final class ModelIds {

	private ModelIds() {
	}

	public static String newId() {
		return UUID.randomUUID().toString();
	}

	/** Gives an id to {@code root} and everything it contains that has none. Returns how many. */
	public static int assignMissing(EObject root) {
		int assigned = 0;
		for (Iterator<EObject> it = selfAndContents(root); it.hasNext();) {
			if (it.next() instanceof Identified identified && isBlank(identified.getId())) {
				identified.setId(newId());
				assigned++;
			}
		}
		return assigned;
	}

	/**
	 * Before {@code objects} are added to {@code target}: gives a new id to each of them (and their
	 * contents) whose id is missing, or already names another object in the target resource or in
	 * the batch itself (a pasted copy). Objects moved within the model keep theirs.
	 */
	public static void assignFreshForAdd(Collection<?> objects, Resource target) {
		Set<String> batch = new HashSet<>();
		for (Object object : objects) {
			if (!(object instanceof EObject eObject)) {
				continue;
			}
			for (Iterator<EObject> it = selfAndContents(eObject); it.hasNext();) {
				if (it.next() instanceof Identified identified) {
					String id = identified.getId();
					boolean taken = !isBlank(id) && target != null && target.getEObject(id) != null
							&& target.getEObject(id) != identified;
					if (isBlank(id) || taken || !batch.add(id)) {
						identified.setId(newId());
						batch.add(identified.getId());
					}
				}
			}
		}
	}

	public static String idOf(EObject object) {
		return object instanceof Identified identified ? identified.getId() : EcoreUtil.getURI(object).fragment();
	}

	private static Iterator<EObject> selfAndContents(EObject root) {
		return EcoreUtil.<EObject>getAllContents(List.of(root), false);
	}


	private static boolean isBlank(String s) {
		return s == null || s.isBlank();
	}
}
