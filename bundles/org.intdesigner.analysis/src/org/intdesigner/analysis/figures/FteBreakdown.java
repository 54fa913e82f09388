package org.intdesigner.analysis.figures;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.intdesigner.analysis.api.FigureAnalysis;
import org.intdesigner.analysis.api.FigureTable;
import org.intdesigner.model.Allocation;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Post;
import org.intdesigner.model.Team;

/**
 * FTE by role, by sector and by team: contracted FTE and how much of it is vacant (posts without a
 * holder) per role and per employer sector, and the FTE allocated to each team.
 */
public final class FteBreakdown implements FigureAnalysis {

	@Override
	public String id() {
		return "FIG-FTE";
	}

	@Override
	public String title() {
		return "FTE by role, sector and team";
	}

	@Override
	public String description() {
		return "Contracted FTE and vacant FTE (posts with no holder) by role and by the employer's sector, and the FTE"
				+ " allocated to each team with the part of it that is vacant. One table: the first column says which"
				+ " grouping a row belongs to.";
	}

	@Override
	public FigureTable compute(IntdModel model) {
		Map<String, double[]> byRole = new LinkedHashMap<>();
		Map<String, double[]> bySector = new LinkedHashMap<>();
		Map<Team, double[]> byTeam = new LinkedHashMap<>();
		for (Post post : model.getPosts()) {
			String role = post.getRole() == null || post.getRole().getName() == null ? "(no role)" : post.getRole().getName();
			String sector = post.getEmployer() == null || post.getEmployer().getSector() == null ? "(no employer)"
					: post.getEmployer().getSector().getLiteral();
			add(byRole, role, post);
			add(bySector, sector, post);
			for (Allocation allocation : post.getAllocations()) {
				if (allocation.getTeam() != null) {
					double[] fte = byTeam.computeIfAbsent(allocation.getTeam(), t -> new double[2]);
					fte[0] += allocation.getFte();
					if (post.isVacant()) {
						fte[1] += allocation.getFte();
					}
				}
			}
		}
		List<List<Object>> rows = new ArrayList<>();
		byRole.forEach((role, fte) -> rows.add(List.of("Role", role, Fte.round(fte[0]), Fte.round(fte[1]))));
		bySector.forEach((sector, fte) -> rows.add(List.of("Sector", sector, Fte.round(fte[0]), Fte.round(fte[1]))));
		byTeam.forEach((team, fte) -> rows.add(List.of("Team", team.getName() == null ? "" : team.getName(), Fte.round(fte[0]),
				Fte.round(fte[1]))));
		return new FigureTable(title(), List.of("By", "Name", "FTE", "Vacant FTE"), rows);
	}

	private static void add(Map<String, double[]> totals, String key, Post post) {
		double[] fte = totals.computeIfAbsent(key, k -> new double[2]);
		fte[0] += post.getFte();
		if (post.isVacant()) {
			fte[1] += post.getFte();
		}
	}
}
