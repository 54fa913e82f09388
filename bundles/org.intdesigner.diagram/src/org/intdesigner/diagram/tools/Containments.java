package org.intdesigner.diagram.tools;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Where an element can live: the containment references of a container, found by name or by the
 * type they accept, and the classes tools name in their specification (typeName "Post" or
 * "intd::Post").
 */
final class Containments {

	private Containments() {
	}

	/** The first changeable containment of {@code container} that accepts elements of {@code type}, or null. */
	static EReference accepting(EObject container, EClass type) {
		for (EReference reference : container.eClass().getEAllContainments()) {
			if (reference.isChangeable() && !reference.isDerived() && reference.getEReferenceType().isSuperTypeOf(type)) {
				return reference;
			}
		}
		return null;
	}

	/** The containment reference of {@code owner} called {@code name}, or null if it has none. */
	static EReference named(EObject owner, String name) {
		EStructuralFeature feature = owner.eClass().getEStructuralFeature(name);
		return feature instanceof EReference reference && reference.isContainment() ? reference : null;
	}

	/**
	 * The concrete class called {@code typeName} among the classes {@code owner} could contain: those
	 * of the owner's package and of the packages its containments' types come from. Null if none.
	 */
	static EClass concreteClass(EObject owner, String typeName) {
		String name = typeName.contains("::") ? typeName.substring(typeName.lastIndexOf(':') + 1) : typeName;
		Set<EPackage> packages = new LinkedHashSet<>();
		packages.add(owner.eClass().getEPackage());
		for (EReference reference : owner.eClass().getEAllContainments()) {
			packages.add(reference.getEReferenceType().getEPackage());
		}
		for (EPackage pkg : packages) {
			EClassifier classifier = pkg.getEClassifier(name);
			if (classifier instanceof EClass eClass && !eClass.isAbstract() && !eClass.isInterface()) {
				return eClass;
			}
		}
		return null;
	}

	/** Puts {@code child} into {@code reference} of {@code container}, moving it from where it was. */
	@SuppressWarnings("unchecked")
	static void add(EObject container, EReference reference, EObject child) {
		if (reference.isMany()) {
			((List<EObject>) container.eGet(reference)).add(child);
		} else {
			container.eSet(reference, child);
		}
	}
}
