package org.intdesigner.analysis.api;

/**
 * A number a user may set for a rule (a span limit, a depth), kept in preferences: its key within
 * the rule, what the preference page calls it, its default and the values it may take.
 */
public record Parameter(String key, String label, int defaultValue, int min, int max) {
}
