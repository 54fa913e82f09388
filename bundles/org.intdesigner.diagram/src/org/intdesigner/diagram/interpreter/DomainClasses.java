package org.intdesigner.diagram.interpreter;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EPackage;

/**
 * What a domain class name in a specification stands for. Specifications name classes as
 * {@code Team} or, where two packages share a class name, {@code intd::Team}; an element is of a
 * domain class when its class or one of its supertypes has that name. Several classes separated by
 * spaces ({@code "IntdModel Team Area"}) take an element of any of them: a diagram that can be drawn
 * of a whole model or of one of its parts.
 */
public final class DomainClasses {

	private static final String SEPARATOR = "::";

	/** Compiled once: matches runs for every candidate object of a diagram, 40,000 posts in a London model. */
	private static final Pattern SPACES = Pattern.compile("\\s+");

	private DomainClasses() {
	}

	/** Whether objects of {@code eClass} are of {@code domainClass}; a blank domain class takes anything. */
	public static boolean matches(String domainClass, EClass eClass) {
		if (domainClass == null || domainClass.isBlank()) {
			return true;
		}
		for (String name : names(domainClass)) {
			if (isNamed(eClass, name) || eClass.getEAllSuperTypes().stream().anyMatch(c -> isNamed(c, name))) {
				return true;
			}
		}
		return false;
	}

	/** The class names of a domain class ("Team", or "IntdModel Team Area"). */
	public static List<String> names(String domainClass) {
		return domainClass == null || domainClass.isBlank() ? List.of() : List.of(SPACES.split(domainClass.strip()));
	}

	/**
	 * The class {@code domainClass} names among the packages of {@code packages}, or null when none
	 * has it. Packages already loaded are searched first; only then are descriptors resolved,
	 * which loads the generated code of packages no one has used yet.
	 */
	public static EClass resolve(String domainClass, EPackage.Registry packages) {
		if (domainClass == null || domainClass.isBlank()) {
			return null;
		}
		// a copy of the keys: resolving a descriptor replaces its entry in the registry
		List<String> nsURIs = new ArrayList<>(packages.keySet());
		for (boolean loadDescriptors : new boolean[] { false, true }) {
			for (String nsURI : nsURIs) {
				Object entry = packages.get(nsURI);
				EPackage pkg = entry instanceof EPackage loaded ? loaded
						: loadDescriptors ? packageOrNull(packages, nsURI) : null;
				EClass found = pkg == null ? null : classIn(pkg, domainClass.strip());
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private static EClass classIn(EPackage pkg, String domainClass) {
		for (EClassifier classifier : pkg.getEClassifiers()) {
			if (classifier instanceof EClass eClass && isNamed(eClass, domainClass)) {
				return eClass;
			}
		}
		return null;
	}

	private static boolean isNamed(EClass eClass, String domainClass) {
		int separator = domainClass.lastIndexOf(SEPARATOR);
		if (separator < 0) {
			return domainClass.equals(eClass.getName());
		}
		return domainClass.substring(separator + SEPARATOR.length()).equals(eClass.getName())
				&& eClass.getEPackage() != null
				&& domainClass.substring(0, separator).equals(eClass.getEPackage().getName());
	}

	private static EPackage packageOrNull(EPackage.Registry packages, String nsURI) {
		try {
			return packages.getEPackage(nsURI);
		} catch (RuntimeException e) {
			// a contributed package whose bundle cannot load: it cannot hold a domain class either
			return null;
		}
	}
}
