package org.intdesigner.analysis.engine;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.ECrossReferenceAdapter;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.intdesigner.model.IntdModel;

/**
 * What a local rule may see differently after some elements changed: the elements themselves and
 * what they contain, their containers (below the model), what they refer to, and what refers to
 * them (when the model keeps a cross-reference index, as the workbench does). Elements no longer in
 * the model are left out: their findings simply go.
 */
final class Neighbourhood {

	private Neighbourhood() {
	}

	static Set<EObject> of(IntdModel model, Collection<? extends EObject> changed) {
		Set<EObject> near = new LinkedHashSet<>();
		ECrossReferenceAdapter index = ECrossReferenceAdapter.getCrossReferenceAdapter(model);
		for (EObject element : changed) {
			if (element == null || element == model || !EcoreUtil.isAncestor(model, element)) {
				continue;
			}
			near.add(element);
			// what it holds (an allocation, an assignment) and what that refers to (the allocation's team)
			element.eAllContents().forEachRemaining(content -> {
				near.add(content);
				for (EObject referenced : content.eCrossReferences()) {
					if (EcoreUtil.isAncestor(model, referenced)) {
						near.add(referenced);
					}
				}
			});
			for (EObject container = element.eContainer(); container != null && container != model; container = container.eContainer()) {
				near.add(container);
			}
			for (EObject referenced : element.eCrossReferences()) {
				if (EcoreUtil.isAncestor(model, referenced)) {
					near.add(referenced);
				}
			}
			if (index != null) {
				for (EStructuralFeature.Setting setting : index.getInverseReferences(element, false)) {
					EObject referrer = setting.getEObject();
					if (referrer != model && EcoreUtil.isAncestor(model, referrer)) {
						near.add(referrer);
						// an allocation or an assignment speaks for the element that holds it
						if (referrer.eContainer() != null && referrer.eContainer() != model) {
							near.add(referrer.eContainer());
						}
					}
				}
			}
		}
		return near;
	}
}
