package org.intdesigner.diagram.sync;

import org.intdesigner.diagram.spec.Decoration;

/** A decoration shown on a node: the spec's icon with the tooltip its expression gave for this element. */
public record NodeDecoration(Decoration decoration, String iconPath, String tooltip) {
}
