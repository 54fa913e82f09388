package org.intdesigner.diagram.registry;

import org.intdesigner.diagram.spec.DiagramDescription;
import org.intdesigner.diagram.spec.Viewpoint;

/**
 * A diagram type the registry offers: its description, the viewpoint it belongs to, and where it
 * came from.
 *
 * @param id stable across sessions, {@code <viewpoint name>/<description name>}: what diagram
 *           notation records to find its description again
 * @param bundle the contributing bundle
 * @param file the specification file, as problems name it
 */
public record ContributedDiagram(String id, DiagramDescription description, Viewpoint viewpoint, String bundle,
		String file) {

	public static String idOf(Viewpoint viewpoint, DiagramDescription description) {
		return viewpoint.getName() + "/" + description.getName();
	}
}
