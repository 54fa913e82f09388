package org.intdesigner.analysis.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.intdesigner.analysis.api.RuleContext;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Post;

/**
 * The line-management chains of a model, worked out in one pass over the posts (each post is
 * visited once, so the pass is O(n) however long the chains): the level of each post (the top of
 * its chain is level 1), and the loops where line management goes round in a circle. Shared by the
 * rules that need it through {@link RuleContext#shared}, so one validation run walks the chains once.
 */
final class ManagementChains {

	/** The level of a post in or under a loop: its chain has no top. */
	static final int NO_TOP = 0;
	private static final int ON_PATH = -1;

	private final Map<Post, Integer> levels;
	/** Each loop as its posts in reporting order: each reports to the next, the last to the first. */
	private final List<List<Post>> loops = new ArrayList<>();
	private final Map<Post, List<Post>> loopReportedOn = new HashMap<>();

	private ManagementChains(int posts) {
		levels = new HashMap<>(Math.max(16, posts * 2));
	}

	/** The run's chains, worked out on first use. */
	static ManagementChains of(RuleContext context) {
		return context.shared(ManagementChains.class, () -> of(context.model()));
	}

	static ManagementChains of(IntdModel model) {
		ManagementChains chains = new ManagementChains(model.getPosts().size());
		for (Post post : model.getPosts()) {
			chains.walkUp(post);
		}
		chains.chooseWhereLoopsAreReported(model);
		return chains;
	}

	/**
	 * From {@code start} up the line managers until a top, a post already worked out, or a post on
	 * this walk (a loop); then gives every post of the walk its level, top down.
	 */
	private void walkUp(Post start) {
		List<Post> path = new ArrayList<>();
		Post current = start;
		while (current != null && !levels.containsKey(current)) {
			levels.put(current, ON_PATH);
			path.add(current);
			current = current.getLineManager();
		}
		int level;
		if (current == null) {
			level = 0;
		} else if (levels.get(current) == ON_PATH) {
			int loopStart = path.indexOf(current);
			List<Post> loop = List.copyOf(path.subList(loopStart, path.size()));
			loops.add(loop);
			loop.forEach(p -> levels.put(p, NO_TOP));
			path = path.subList(0, loopStart);
			level = NO_TOP;
		} else {
			level = levels.get(current);
		}
		for (int i = path.size() - 1; i >= 0; i--) {
			level = level == NO_TOP && current != null ? NO_TOP : level + 1;
			levels.put(path.get(i), level);
		}
	}

	/** Each loop is reported on its post that comes first in the model, whichever post the walk met first. */
	private void chooseWhereLoopsAreReported(IntdModel model) {
		if (loops.isEmpty()) {
			return;
		}
		Map<Post, List<Post>> loopOf = new HashMap<>();
		loops.forEach(loop -> loop.forEach(post -> loopOf.put(post, loop)));
		Set<List<Post>> placed = Collections.newSetFromMap(new IdentityHashMap<>());
		for (Post post : model.getPosts()) {
			List<Post> loop = loopOf.get(post);
			if (loop != null && placed.add(loop)) {
				loopReportedOn.put(post, loop);
			}
		}
	}

	/**
	 * How far down its chain {@code post} is: 1 for a post without a line manager, 2 for its direct
	 * reports, and so on; {@link #NO_TOP} for a post in or under a loop, or not in the model.
	 */
	int level(Post post) {
		Integer level = levels.get(post);
		return level == null || level < 0 ? NO_TOP : level;
	}

	/** The loop to report on {@code post}, starting at it; empty when none is reported there. */
	List<Post> loopReportedOn(Post post) {
		List<Post> loop = loopReportedOn.get(post);
		if (loop == null) {
			return List.of();
		}
		int start = loop.indexOf(post);
		List<Post> fromPost = new ArrayList<>(loop.subList(start, loop.size()));
		fromPost.addAll(loop.subList(0, start));
		return fromPost;
	}
}
