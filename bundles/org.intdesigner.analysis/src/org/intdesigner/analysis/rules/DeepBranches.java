package org.intdesigner.analysis.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Post;

/**
 * Where line management goes deeper than a limit: for each manager at the deepest allowed level
 * that still has direct reports, how many posts are below it and which is the deepest. Worked out
 * in O(n) from the levels of {@link ManagementChains}, deepest posts first, each post handing its
 * count up to its manager once.
 */
final class DeepBranches {

	/** The posts below one manager at the limit: how many, and the deepest of them with its level. */
	static final class Branch {
		int posts;
		Post deepest;
		int deepestLevel;

		void add(Post post, int level) {
			posts++;
			if (level > deepestLevel) {
				deepest = post;
				deepestLevel = level;
			}
		}

		void add(Branch below) {
			posts += below.posts;
			if (below.deepestLevel > deepestLevel) {
				deepest = below.deepest;
				deepestLevel = below.deepestLevel;
			}
		}
	}

	private DeepBranches() {
	}

	/** The branches below managers at level {@code maxLevel}, keyed by the manager. */
	static Map<Post, Branch> below(IntdModel model, ManagementChains chains, int maxLevel) {
		List<List<Post>> byLevel = new ArrayList<>();
		for (Post post : model.getPosts()) {
			int level = chains.level(post);
			if (level > maxLevel) {
				while (byLevel.size() <= level - maxLevel) {
					byLevel.add(new ArrayList<>());
				}
				byLevel.get(level - maxLevel).add(post);
			}
		}
		Map<Post, Branch> partial = new HashMap<>();
		Map<Post, Branch> atLimit = new HashMap<>();
		for (int offset = byLevel.size() - 1; offset >= 1; offset--) {
			int level = maxLevel + offset;
			for (Post post : byLevel.get(offset)) {
				Branch branch = partial.computeIfAbsent(post, p -> new Branch());
				branch.add(post, level);
				Map<Post, Branch> target = offset == 1 ? atLimit : partial;
				target.computeIfAbsent(post.getLineManager(), m -> new Branch()).add(branch);
			}
		}
		return atLimit;
	}
}
