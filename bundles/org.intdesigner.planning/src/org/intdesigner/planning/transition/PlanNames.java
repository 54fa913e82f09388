package org.intdesigner.planning.transition;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.intdesigner.model.Allocation;
import org.intdesigner.model.Element;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Post;
import org.intdesigner.model.io.Labels;

/**
 * Names in a transition plan. A post is named by what it is, not who holds it ("Care coordinator post, Riverside
 * PCN"), since its holder is one of the things that change; the people are listed on their own.
 */
final class PlanNames {

	private PlanNames() {
	}

	static String of(EObject object) {
		if (object == null) {
			return "none";
		}
		if (object instanceof Post post) {
			return post(post);
		}
		if (object instanceof Element element && text(element.getName())) {
			return element.getName();
		}
		return Labels.readable(object);
	}

	static String post(Post post) {
		if (text(post.getName())) {
			return post.getName();
		}
		String role = post.getRole() != null && text(post.getRole().getName()) ? post.getRole().getName() + " post" : "post";
		return post.getEmployer() != null && text(post.getEmployer().getName()) ? role + ", " + post.getEmployer().getName()
				: role;
	}

	/** The code the planner gave the element, or empty. */
	static String code(EObject object) {
		String code = object == null ? null : Labels.code(object);
		return code == null ? "" : code;
	}

	/** "Docklands MDT (0.5 FTE) and Frailty MDT (0.5 FTE)", or "no team". */
	static String teams(Post post) {
		List<Allocation> allocations = post.getAllocations();
		if (allocations.isEmpty()) {
			return "no team";
		}
		return allocations.stream().map(a -> of(a.getTeam()) + " (" + number(a.getFte()) + " FTE)")
				.collect(Collectors.joining(" and "));
	}

	/** Where a team sits: the team holding it, or the top level. */
	static String holder(EObject element) {
		EObject holder = element == null ? null : element.eContainer();
		return holder == null || holder instanceof IntdModel ? "the top level" : of(holder);
	}

	/** 1.0 as "1", 0.80 as "0.8". */
	static String number(double value) {
		return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
	}

	/** Text from a comparison's before or after, "none" when empty. */
	static String orNone(String text) {
		return text == null || text.isEmpty() ? "none" : text;
	}

	static boolean text(String text) {
		return text != null && !text.isBlank();
	}
}
