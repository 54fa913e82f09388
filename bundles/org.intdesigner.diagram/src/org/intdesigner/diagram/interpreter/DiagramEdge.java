package org.intdesigner.diagram.interpreter;

import org.eclipse.emf.ecore.EObject;
import org.intdesigner.diagram.spec.EdgeMapping;

/**
 * An edge of an interpreted diagram. Element-based edges stand for an element of their own (an
 * interaction); relation-based edges for a reference, and have no element.
 */
public record DiagramEdge(EdgeMapping mapping, EObject element, DiagramNode source, DiagramNode target, String label) {
}
