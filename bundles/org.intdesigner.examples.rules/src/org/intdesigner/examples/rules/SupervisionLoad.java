package org.intdesigner.examples.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.intdesigner.analysis.api.FigureAnalysis;
import org.intdesigner.analysis.api.FigureTable;
import org.intdesigner.analysis.api.FindingWords;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Organisation;
import org.intdesigner.model.Post;

/**
 * An example for extenders: a figure analysis. Professional supervision (of clinicians, social
 * workers) is arranged apart from line management, and in an INT it often runs across employers; a
 * supervisor with many supervisees, or many from other employers, carries an arrangement that needs
 * agreeing between partners. The line-management spans are the built-in "Spans and layers".
 * Contributed in this bundle's plugin.xml; it then shows in the Figures view and in
 * {@code ./intd check MODEL --figures} like the built-in analyses.
 */
public class SupervisionLoad implements FigureAnalysis {

	static final String ID = "EXM-FIG-SUPERVISION";

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String title() {
		return "Professional supervision load";
	}

	@Override
	public String description() {
		return "For each post that professionally supervises others: how many posts it supervises, and how many of those"
				+ " work for another employer than the supervisor's. Most supervisees first.";
	}

	@Override
	public FigureTable compute(IntdModel model) {
		Map<Post, int[]> load = new LinkedHashMap<>();
		for (Post post : model.getPosts()) {
			Post supervisor = post.getSupervisor();
			if (supervisor != null) {
				int[] counts = load.computeIfAbsent(supervisor, s -> new int[2]);
				counts[0]++;
				if (!sameEmployer(post, supervisor)) {
					counts[1]++;
				}
			}
		}
		List<List<Object>> rows = new ArrayList<>();
		load.entrySet().stream().sorted((a, b) -> Integer.compare(b.getValue()[0], a.getValue()[0]))
				.forEach(entry -> rows.add(List.of(FindingWords.name(entry.getKey()), employer(entry.getKey()),
						entry.getValue()[0], entry.getValue()[1])));
		return new FigureTable(title(), List.of("Supervisor", "Employer", "Supervisees", "From another employer"), rows);
	}

	private static boolean sameEmployer(Post post, Post supervisor) {
		return post.getEmployer() != null && post.getEmployer() == supervisor.getEmployer();
	}

	private static String employer(Post post) {
		Organisation employer = post.getEmployer();
		return employer == null || employer.getName() == null ? "(no employer)" : employer.getName();
	}
}
