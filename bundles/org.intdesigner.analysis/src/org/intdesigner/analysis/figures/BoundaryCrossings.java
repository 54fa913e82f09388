package org.intdesigner.analysis.figures;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.intdesigner.analysis.api.FigureAnalysis;
import org.intdesigner.analysis.api.FigureTable;
import org.intdesigner.model.Allocation;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Organisation;
import org.intdesigner.model.Post;
import org.intdesigner.model.Team;

/**
 * Where a team's work crosses organisational boundaries: posts working in it for another employer
 * than the team's host, and their line management and professional supervision that run across
 * employers. A team of teams works across boundaries by design; these counts show where the
 * arrangements (hosting, supervision) have to carry the weight.
 */
public final class BoundaryCrossings implements FigureAnalysis {

	@Override
	public String id() {
		return "FIG-BOUNDARIES";
	}

	@Override
	public String title() {
		return "Boundary crossings per team";
	}

	@Override
	public String description() {
		return "For each team: posts allocated to it, how many are employed by another organisation than the team's"
				+ " host, and how many of those posts have a line manager or a professional supervisor employed elsewhere"
				+ " than the post itself. Teams without a host count every post as its own.";
	}

	@Override
	public FigureTable compute(IntdModel model) {
		Map<Team, int[]> counts = new LinkedHashMap<>();
		for (TreeIterator<EObject> it = model.eAllContents(); it.hasNext();) {
			if (it.next() instanceof Team team) {
				counts.put(team, new int[4]);
			} else {
				it.prune(); // teams are only in the model's teams and their sub-teams
			}
		}
		for (Post post : model.getPosts()) {
			for (Allocation allocation : post.getAllocations()) {
				int[] c = allocation.getTeam() == null ? null : counts.get(allocation.getTeam());
				if (c == null) {
					continue;
				}
				c[0]++;
				Organisation host = allocation.getTeam().getHost();
				if (host != null && post.getEmployer() != null && host != post.getEmployer()) {
					c[1]++;
				}
				if (crosses(post, post.getLineManager())) {
					c[2]++;
				}
				if (crosses(post, post.getSupervisor())) {
					c[3]++;
				}
			}
		}
		List<List<Object>> rows = new ArrayList<>();
		counts.forEach((team, c) -> rows.add(List.of(team.getName() == null ? "" : team.getName(), c[0], c[1], c[2], c[3])));
		return new FigureTable(title(), List.of("Team", "Posts", "From another employer", "Line managed across employers",
				"Supervised across employers"), rows);
	}

	private static boolean crosses(Post post, Post other) {
		return other != null && post.getEmployer() != null && other.getEmployer() != null
				&& post.getEmployer() != other.getEmployer();
	}
}
