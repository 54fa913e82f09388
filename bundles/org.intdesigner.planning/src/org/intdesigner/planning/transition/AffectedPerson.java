package org.intdesigner.planning.transition;

/**
 * A post a wave changes and who holds it before and after the wave: a holder's name, "vacant", or "no post" when the
 * post does not exist on that side (a new post before, a closed post after).
 */
public record AffectedPerson(String postId, String code, String post, String before, String after) {

	public static final String VACANT = "vacant";
	public static final String NO_POST = "no post";
}
