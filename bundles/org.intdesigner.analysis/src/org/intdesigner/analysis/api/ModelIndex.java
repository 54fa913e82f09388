package org.intdesigner.analysis.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.intdesigner.model.Allocation;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Post;
import org.intdesigner.model.Team;

/**
 * Relations the metamodel stores one way, turned round once per validation run: a manager's
 * direct reports, the posts working in a team. Built on first use; valid for one run only.
 */
public final class ModelIndex {

	private final IntdModel model;
	private Map<Post, List<Post>> directReports;
	private Map<Team, List<Post>> postsInTeam;

	public ModelIndex(IntdModel model) {
		this.model = model;
	}

	/** The posts whose line manager is {@code manager}, in model order. */
	public List<Post> directReports(Post manager) {
		if (directReports == null) {
			directReports = new HashMap<>();
			for (Post post : model.getPosts()) {
				if (post.getLineManager() != null) {
					directReports.computeIfAbsent(post.getLineManager(), m -> new ArrayList<>()).add(post);
				}
			}
		}
		return directReports.getOrDefault(manager, List.of());
	}

	/** The posts with an allocation to {@code team}, in model order. */
	public List<Post> postsIn(Team team) {
		if (postsInTeam == null) {
			postsInTeam = new HashMap<>();
			for (Post post : model.getPosts()) {
				for (Allocation allocation : post.getAllocations()) {
					if (allocation.getTeam() != null) {
						List<Post> posts = postsInTeam.computeIfAbsent(allocation.getTeam(), t -> new ArrayList<>());
						if (posts.isEmpty() || posts.get(posts.size() - 1) != post) {
							posts.add(post);
						}
					}
				}
			}
		}
		return postsInTeam.getOrDefault(team, List.of());
	}
}
