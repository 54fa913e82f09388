package org.intdesigner.diagram.sync;

import java.util.List;

import org.intdesigner.diagram.notation.NodeView;

/**
 * What a synchronisation changed in the notation: views made for new elements (they need a place),
 * views dropped because their element is gone or no longer shown.
 */
public record SyncReport(List<NodeView> addedNodes, int addedEdges, int removedNodes, int removedEdges) {

	public boolean changedNotation() {
		return !addedNodes.isEmpty() || addedEdges > 0 || removedNodes > 0 || removedEdges > 0;
	}
}
