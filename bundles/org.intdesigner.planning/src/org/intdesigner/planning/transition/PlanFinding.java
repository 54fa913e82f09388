package org.intdesigner.planning.transition;

/**
 * A validation finding that a wave brings: present on the model after the wave and not before it (the baseline's own
 * findings are never a wave's). {@code id} and {@code name} are the element's, empty when the finding has none.
 */
public record PlanFinding(String rule, String severity, String id, String name, String message) {
}
