package org.intdesigner.diagram.layout;

import org.eclipse.elk.core.options.Direction;

/** Which way edges flow after an arrange. */
public enum FlowDirection {

	/** Sources above targets: organisation charts, line management. The default. */
	DOWN(Direction.DOWN),
	/** Sources left of targets: flows and processes. */
	RIGHT(Direction.RIGHT);

	private final Direction elk;

	FlowDirection(Direction elk) {
		this.elk = elk;
	}

	Direction toElk() {
		return elk;
	}
}
