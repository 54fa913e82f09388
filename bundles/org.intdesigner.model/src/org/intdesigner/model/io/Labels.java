package org.intdesigner.model.io;

import org.eclipse.emf.ecore.EObject;
import org.intdesigner.model.Allocation;
import org.intdesigner.model.Element;
import org.intdesigner.model.Identified;
import org.intdesigner.model.Post;

/**
 * Names model objects in messages. {@link #describe} says what and which ("Team 'Frailty MDT'");
 * {@link #readable} names an element the way a planner knows it, which for a post is who holds it and
 * what it is ("Amy Jones, Care coordinator, Riverside PCN"; "vacant Care coordinator post, Riverside PCN"):
 * posts read from a spreadsheet usually have no name of their own.
 */
public final class Labels {

	private Labels() {
	}

	public static String describe(EObject object) {
		String type = object.eClass().getName();
		if (object instanceof Element element && hasText(element.getName())) {
			return type + " '" + element.getName() + "'";
		}
		if (object instanceof Identified identified && identified.getId() != null) {
			return type + " " + identified.getId();
		}
		return type;
	}

	/**
	 * A label a person recognises: the element's name; for a post, its holder (or "vacant") with its
	 * name, or with its role and employer when it has no name; for an allocation, its post and team;
	 * for anything else without a name, "unnamed" and its kind ("unnamed team").
	 */
	public static String readable(EObject object) {
		if (object == null) {
			return null;
		}
		if (object instanceof Post post) {
			return post(post);
		}
		if (object instanceof Allocation allocation && allocation.eContainer() instanceof Post post) {
			return post(post) + " in " + readable(allocation.getTeam());
		}
		if (object instanceof Element element && hasText(element.getName())) {
			return element.getName();
		}
		return "unnamed " + kind(object);
	}

	/** "accountability item", "post": the class name as words. */
	public static String kind(EObject object) {
		return object.eClass().getName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
	}

	/** The code a planner gave the element (their own id), or null. */
	public static String code(EObject object) {
		return object instanceof Element element && hasText(element.getCode()) ? element.getCode() : null;
	}

	private static String post(Post post) {
		String employer = post.getEmployer() != null && hasText(post.getEmployer().getName()) ? post.getEmployer().getName()
				: null;
		if (hasText(post.getName())) {
			return (post.isVacant() ? "vacant: " : post.getHolder() + ", ") + post.getName();
		}
		String role = post.getRole() != null && hasText(post.getRole().getName()) ? post.getRole().getName() : null;
		StringBuilder label = new StringBuilder();
		if (post.isVacant()) {
			label.append("vacant ").append(role == null ? "post" : role + " post");
		} else {
			label.append(post.getHolder()).append(", ").append(role == null ? "post" : role);
		}
		if (employer != null) {
			label.append(", ").append(employer);
		}
		return label.toString();
	}

	private static boolean hasText(String text) {
		return text != null && !text.isBlank();
	}
}
