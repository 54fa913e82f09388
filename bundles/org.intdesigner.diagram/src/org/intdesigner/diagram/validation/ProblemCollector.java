package org.intdesigner.diagram.validation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.intdesigner.diagram.validation.SpecificationProblem.Severity;

/**
 * The problems found in one file, each remembered by element and feature so that EMF's generic
 * check does not repeat, in its own words, what a specific check already said.
 */
final class ProblemCollector {

	private record Subject(EObject element, EStructuralFeature feature) {
	}

	private final String file;
	private final List<SpecificationProblem> problems = new ArrayList<>();
	private final Set<Subject> reported = new HashSet<>();

	ProblemCollector(String file) {
		this.file = file;
	}

	void error(EObject element, EStructuralFeature feature, String message) {
		add(Severity.ERROR, element, feature, message);
	}

	void warning(EObject element, EStructuralFeature feature, String message) {
		add(Severity.WARNING, element, feature, message);
	}

	/** Adds the problem unless one was already reported for the same element and feature. */
	void addUnlessReported(Severity severity, EObject element, EStructuralFeature feature, String message) {
		if (!reported.contains(new Subject(element, feature))) {
			add(severity, element, feature, message);
		}
	}

	private void add(Severity severity, EObject element, EStructuralFeature feature, String message) {
		reported.add(new Subject(element, feature));
		problems.add(new SpecificationProblem(severity, file,
				element == null ? "" : SpecificationElements.label(element), message));
	}

	List<SpecificationProblem> problems() {
		return List.copyOf(problems);
	}
}
