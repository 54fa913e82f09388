package org.intdesigner.planning.scenarios;

import java.util.List;
import java.util.function.Function;

import org.intdesigner.model.Element;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Post;
import org.intdesigner.planning.scenarios.SideBySide.Unit;

/** Posts and FTE by organisation (the post's employer) and by role: every post of the model, vacant ones included. */
final class StaffingSections {

	static final String BY_ORGANISATION = "Posts and FTE by organisation";
	static final String BY_ROLE = "Posts and FTE by role";
	static final String POSTS = "posts";
	static final String FTE = "FTE";
	private static final String TOTAL = "\u0000total";

	private StaffingSections() {
	}

	static SideBySide.Section byOrganisation(List<IntdModel> models) {
		return section(BY_ORGANISATION, "Organisation", "All organisations", "(no employer)", models, Post::getEmployer);
	}

	static SideBySide.Section byRole(List<IntdModel> models) {
		return section(BY_ROLE, "Role", "All roles", "(no role)", models, Post::getRole);
	}

	private static SideBySide.Section section(String title, String heading, String totalLabel, String noneLabel,
			List<IntdModel> models, Function<Post, ? extends Element> groupOf) {
		Tally tally = new Tally(models.size());
		Tally total = new Tally(models.size());
		for (int i = 0; i < models.size(); i++) {
			for (Post post : models.get(i).getPosts()) {
				Element group = groupOf.apply(post);
				Object key = group == null ? TOTAL + noneLabel : RowLabels.keyOf(group);
				String label = group == null ? noneLabel : RowLabels.of(group);
				tally.add(i, key, label, POSTS, Unit.COUNT, 1);
				tally.add(i, key, label, FTE, Unit.FTE, post.getFte());
				total.add(i, TOTAL, totalLabel, POSTS, Unit.COUNT, 1);
				total.add(i, TOTAL, totalLabel, FTE, Unit.FTE, post.getFte());
			}
		}
		List<SideBySide.Row> rows = new java.util.ArrayList<>(tally.rows());
		rows.addAll(total.rows());
		return new SideBySide.Section(title, heading, rows, List.of());
	}
}
