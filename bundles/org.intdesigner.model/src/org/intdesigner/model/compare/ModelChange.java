package org.intdesigner.model.compare;

/**
 * One difference between two models, element by element by id: an element added or removed, a feature of it changed
 * (before and after as text: a reference by its target's name), or the element moved (under another parent, or a post
 * to another employer). {@code type} is the element's class (Post, Team, RaciAssignment...), {@code code} its code in
 * the planner's spreadsheet (empty when it has none).
 */
public record ModelChange(Kind change, String type, String id, String code, String name, String feature, String before,
		String after) {

	public enum Kind {
		ADDED, REMOVED, CHANGED, MOVED;

		public String label() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}
	}
}
