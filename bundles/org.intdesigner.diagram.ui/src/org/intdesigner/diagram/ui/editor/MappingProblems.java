package org.intdesigner.diagram.ui.editor;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.intdesigner.diagram.notation.Diagram;
import org.intdesigner.diagram.sync.LiveDiagram;
import org.osgi.framework.FrameworkUtil;

/**
 * Mappings of the specification that could not draw some elements: each problem goes to the Error
 * Log once per editor (a refresh after every command would repeat it), and the info bar says the
 * diagram is incomplete and where the details are.
 */
final class MappingProblems {

	private final Set<String> logged = new HashSet<>();

	/** Logs each new problem of the diagram's mappings and tells the user the diagram is incomplete. */
	void report(LiveDiagram live, Diagram notation, InfoBar infoBar) {
		Map<String, String> problems = new HashMap<>(live.getProblems());
		if (problems.isEmpty()) {
			return;
		}
		ILog log = ILog.of(FrameworkUtil.getBundle(getClass()));
		for (Map.Entry<String, String> problem : problems.entrySet()) {
			if (logged.add(problem.getKey() + problem.getValue())) {
				log.log(new Status(IStatus.WARNING, FrameworkUtil.getBundle(getClass()).getSymbolicName(),
						"Diagram '" + notation.getName() + "' (" + notation.getDescription() + "), mapping '"
								+ problem.getKey() + "': " + problem.getValue()));
			}
		}
		String first = problems.keySet().iterator().next();
		infoBar.show("Some elements could not be drawn as the specification says (mapping '" + first + "': "
				+ problems.get(first) + "). They are marked in red; details are in the Error Log.");
	}
}
