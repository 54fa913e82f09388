package org.intdesigner.diagram.registry;

import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.intdesigner.diagram.spec.Viewpoint;
import org.intdesigner.diagram.validation.SpecificationProblem;

/**
 * A specification file after loading and validation: its viewpoint (null when the file could not
 * be read) and its problems.
 */
public record LoadedSpecification(String file, URI uri, Viewpoint viewpoint, List<SpecificationProblem> problems) {

	public LoadedSpecification {
		problems = List.copyOf(problems);
	}

	/** Whether its diagrams can be offered: it was read and has no errors (warnings are fine). */
	public boolean isUsable() {
		return viewpoint != null && errors().isEmpty();
	}

	public List<SpecificationProblem> errors() {
		return problems.stream().filter(SpecificationProblem::isError).toList();
	}
}
