package org.intdesigner.planning.transition;

/**
 * One change of a transition plan: its type, the element it is about (the post, team or accountability item: id,
 * its code in the planner's spreadsheet or empty, and its name) and what changes, in words ("from Docklands MDT to
 * Docklands North MDT", "band 6 -> 7").
 */
public record PlanChange(ChangeType type, String id, String code, String name, String detail) {
}
