package org.intdesigner.model.edit;

import org.intdesigner.model.Allocation;
import org.intdesigner.model.CapabilityLevel;
import org.intdesigner.model.Element;
import org.intdesigner.model.Post;
import org.intdesigner.model.Property;
import org.intdesigner.model.RaciAssignment;

/**
 * Labels for the objects that have no name of their own: they read as what they say
 * ("A: Clinical lead", "0.5 FTE in Frailty MDT"), and posts show who holds them.
 */
public final class ItemLabels {

	private ItemLabels() {
	}

	public static String nameOf(Element element) {
		return element == null ? "(none)" : element.getName() == null || element.getName().isBlank()
				? "(unnamed " + element.eClass().getName().toLowerCase() + ")" : element.getName();
	}

	public static String post(Post post) {
		String holder = post.isVacant() ? "vacant" : post.getHolder();
		return nameOf(post) + " (" + holder + ")";
	}

	public static String allocation(Allocation allocation) {
		return format(allocation.getFte()) + " FTE in " + nameOf(allocation.getTeam());
	}

	public static String raci(RaciAssignment assignment) {
		return (assignment.getCode() == null ? "?" : assignment.getCode().getLiteral()) + ": "
				+ nameOf(assignment.getParty());
	}

	public static String capabilityLevel(CapabilityLevel level) {
		return nameOf(level.getCapability()) + " (" + (level.getLevel() == null ? "?" : level.getLevel().getLiteral())
				+ ")";
	}

	public static String property(Property property) {
		return property.getKey() + " = " + (property.getValue() == null ? "" : property.getValue());
	}

	private static String format(double value) {
		return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
	}
}
