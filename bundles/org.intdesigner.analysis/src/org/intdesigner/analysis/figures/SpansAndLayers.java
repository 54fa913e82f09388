package org.intdesigner.analysis.figures;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.intdesigner.analysis.api.FigureAnalysis;
import org.intdesigner.analysis.api.FigureTable;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Organisation;
import org.intdesigner.model.Post;

/**
 * Spans of control and management layers per employer, as organisation-design tools report them:
 * posts, managers (posts with at least one direct report), average and widest span, and layers
 * (the longest line-management chain inside the employer, counting its top as layer 1).
 */
public final class SpansAndLayers implements FigureAnalysis {

	@Override
	public String id() {
		return "FIG-SPANS";
	}

	@Override
	public String title() {
		return "Spans and layers per organisation";
	}

	@Override
	public String description() {
		return "For each employer: its posts, how many of them manage others, the average and widest span of control,"
				+ " and how many management layers its longest chain has. Direct reports are counted whatever their"
				+ " employer; layers follow line management within the employer.";
	}

	@Override
	public FigureTable compute(IntdModel model) {
		Map<Post, Integer> reports = new HashMap<>();
		for (Post post : model.getPosts()) {
			if (post.getLineManager() != null) {
				reports.merge(post.getLineManager(), 1, Integer::sum);
			}
		}
		Map<Organisation, List<Post>> byEmployer = new LinkedHashMap<>();
		for (Organisation organisation : model.getOrganisations()) {
			byEmployer.put(organisation, new ArrayList<>());
		}
		for (Post post : model.getPosts()) {
			if (post.getEmployer() != null) {
				byEmployer.computeIfAbsent(post.getEmployer(), o -> new ArrayList<>()).add(post);
			}
		}
		Map<Post, Integer> layers = new HashMap<>();
		List<List<Object>> rows = new ArrayList<>();
		for (Map.Entry<Organisation, List<Post>> entry : byEmployer.entrySet()) {
			List<Post> posts = entry.getValue();
			if (posts.isEmpty()) {
				continue;
			}
			int managers = 0;
			int totalSpan = 0;
			int widest = 0;
			int deepest = 0;
			for (Post post : posts) {
				int span = reports.getOrDefault(post, 0);
				if (span > 0) {
					managers++;
					totalSpan += span;
					widest = Math.max(widest, span);
				}
				deepest = Math.max(deepest, layer(post, layers));
			}
			rows.add(List.of(entry.getKey().getName() == null ? "" : entry.getKey().getName(), posts.size(), managers,
					managers == 0 ? 0.0 : Fte.round((double) totalSpan / managers), widest, deepest));
		}
		return new FigureTable(title(), List.of("Organisation", "Posts", "Managers", "Average span", "Widest span", "Layers"), rows);
	}

	/** The post's layer within its employer (its top is 1), memoised; a line-management cycle stops the count. */
	private static int layer(Post post, Map<Post, Integer> layers) {
		Integer known = layers.get(post);
		if (known != null) {
			return known;
		}
		List<Post> chain = new ArrayList<>();
		Set<Post> seen = new HashSet<>();
		Post current = post;
		int base = 0;
		while (current != null && seen.add(current)) {
			Integer cached = layers.get(current);
			if (cached != null) {
				base = cached;
				break;
			}
			chain.add(current);
			Post manager = current.getLineManager();
			current = manager != null && manager.getEmployer() == current.getEmployer() ? manager : null;
		}
		for (int i = chain.size() - 1; i >= 0; i--) {
			base++;
			layers.put(chain.get(i), base);
		}
		return layers.get(post);
	}
}
