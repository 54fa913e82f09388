package org.intdesigner.diagram.sync;

import org.intdesigner.diagram.notation.NodeView;

/** An edge's identity: its mapping, its link element (none for relation edges) and its two end views. */
record EdgeKey(String mapping, String element, NodeView source, NodeView target) {
}
