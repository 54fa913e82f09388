package org.intdesigner.planning.scenarios;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Post;
import org.intdesigner.planning.pay.PayTable;
import org.intdesigner.planning.scenarios.SideBySide.Unit;

/**
 * What the posts cost a year with on-costs, from each model's own pay table: in all and by employer, with the posts
 * that cannot be costed counted by the reason (a missing band, a band the table lacks), so a lower cost is never
 * read as a saving when it is only posts left out.
 */
final class CostSection {

	static final String TITLE = "Annual cost";
	static final String ALL_POSTS = "All posts";
	static final String COST = "annual cost";
	static final String COSTED = "posts costed";
	static final String NOT_COSTED = "posts not costed";
	private static final Object TOTAL = new Object();

	private CostSection() {
	}

	static SideBySide.Section of(List<SideBySideModel> models) {
		int n = models.size();
		Tally totals = new Tally(n);
		Tally byEmployer = new Tally(n);
		Tally reasons = new Tally(n);
		List<String> notes = new ArrayList<>();
		boolean[] hasTable = new boolean[n];
		for (int i = 0; i < n; i++) {
			IntdModel model = models.get(i).model();
			PayTable table = PayTable.of(model);
			hasTable[i] = !table.isEmpty();
			if (!hasTable[i]) {
				notes.add(models.get(i).name() + " has no pay table: add its pay bands (scale, band, annual cost) to cost its posts.");
			}
			totals.add(i, TOTAL, ALL_POSTS, COST, Unit.MONEY, 0);
			totals.add(i, TOTAL, ALL_POSTS, COSTED, Unit.COUNT, 0);
			totals.add(i, TOTAL, ALL_POSTS, NOT_COSTED, Unit.COUNT, 0);
			for (Post post : model.getPosts()) {
				OptionalDouble cost = table.annualCost(post);
				if (cost.isPresent()) {
					totals.add(i, TOTAL, ALL_POSTS, COST, Unit.MONEY, cost.getAsDouble());
					totals.add(i, TOTAL, ALL_POSTS, COSTED, Unit.COUNT, 1);
					Object key = post.getEmployer() == null ? "(no employer)" : RowLabels.keyOf(post.getEmployer());
					String label = post.getEmployer() == null ? "(no employer)" : RowLabels.of(post.getEmployer());
					byEmployer.add(i, key, label, COST, Unit.MONEY, cost.getAsDouble());
				} else {
					totals.add(i, TOTAL, ALL_POSTS, NOT_COSTED, Unit.COUNT, 1);
					String why = hasTable[i] ? table.whyNoCost(post) : "the model has no pay table";
					reasons.add(i, why, "Not costed: " + why, NOT_COSTED, Unit.COUNT, 1);
				}
			}
		}
		// no table: the cost is unknown, not nothing
		totals.unknownWhereMissing(TOTAL, ALL_POSTS, COST, Unit.MONEY, hasTable);
		List<SideBySide.Row> rows = new ArrayList<>(totals.rows());
		rows.addAll(byEmployer.rows());
		rows.addAll(reasons.rows());
		return new SideBySide.Section(TITLE, "Posts", rows, notes);
	}
}
