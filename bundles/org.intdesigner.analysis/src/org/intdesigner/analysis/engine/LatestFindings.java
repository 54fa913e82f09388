package org.intdesigner.analysis.engine;

import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.intdesigner.analysis.api.Finding;
import org.intdesigner.analysis.api.Severity;
import org.intdesigner.model.IntdModel;

/**
 * The last validation report of each open model, for those who show findings without running
 * validation themselves (diagram decorations through an expression service, label decorations).
 * Held weakly: a closed model's report goes with it.
 */
public final class LatestFindings {

	private static final Map<IntdModel, Map<EObject, List<Finding>>> BY_MODEL = new WeakHashMap<>();

	private LatestFindings() {
	}

	public static synchronized void publish(IntdModel model, ValidationReport report) {
		BY_MODEL.put(model, report.activeByElement());
	}

	public static synchronized void forget(IntdModel model) {
		BY_MODEL.remove(model);
	}

	/** The active findings on {@code element} in the last report of its model; none if it was never validated. */
	public static synchronized List<Finding> of(EObject element) {
		if (element == null || !(EcoreUtil.getRootContainer(element) instanceof IntdModel model)) {
			return List.of();
		}
		Map<EObject, List<Finding>> byElement = BY_MODEL.get(model);
		return byElement == null ? List.of() : byElement.getOrDefault(element, List.of());
	}

	/** The most serious severity among the element's findings, or null. */
	public static Severity worst(EObject element) {
		Severity worst = null;
		for (Finding finding : of(element)) {
			if (worst == null || finding.severity().atLeast(worst)) {
				worst = finding.severity();
			}
		}
		return worst;
	}
}
