package org.intdesigner.diagram.layout;

/**
 * A node's new place and size in the notation's convention: x and y relative to the parent node's
 * top-left corner, or to the diagram origin for a top-level node.
 */
public record NodeBounds(int x, int y, int width, int height) {
}
