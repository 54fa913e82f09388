package org.intdesigner.examples.reports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.intdesigner.analysis.api.ModelIndex;
import org.intdesigner.model.Post;
import org.intdesigner.reports.Cell;
import org.intdesigner.reports.MissingData;
import org.intdesigner.reports.ReportContext;
import org.intdesigner.reports.ReportSection;
import org.intdesigner.reports.ReportTable;
import org.intdesigner.reports.SectionWriter;
import org.intdesigner.reports.Tone;
import org.intdesigner.reports.charts.Charts;

/**
 * Span of control: each line manager in the report's scope with the number of posts reporting to them,
 * flagged against the limits the validation rules use (SPAN-001 too wide, SPAN-002 narrow; DOMAIN.md: warn
 * under 3 or over 15 for knowledge work). The managers are the scope's posts that manage others and the
 * managers of its posts; a manager's reports are counted across the whole model, not only in scope: a manager
 * with reports in two places still manages all of them. The figures are the
 * model's posts (the establishment), not people from the workforce store, so none is suppressed.
 */
public final class SpanOfControlSection implements ReportSection {

	@Override
	public void write(ReportContext context, SectionWriter out) throws MissingData {
		SpanLimits limits = SpanLimits.ofRules();
		List<Span> spans = spans(context);
		if (spans.isEmpty()) {
			throw new MissingData("No post of " + context.scope().label() + " has a line manager or manages another: set each post's line"
					+ " manager in the model (a post's Line manager in the workbench, or the line_manager_id column of"
					+ " posts.csv) to see spans of control here.");
		}
		long wide = spans.stream().filter(span -> span.reports() > limits.most()).count();
		long narrow = spans.stream().filter(span -> span.reports() < limits.fewest()).count();
		out.paragraph(spans.size() + " posts line-manage the posts of " + context.scope().label() + ". " + wide
				+ " manage more than " + limits.most() + " (too wide for one manager to supervise and appraise well) and " + narrow
				+ " fewer than " + limits.fewest() + " (a narrow span: a management layer for few people). The limits are the"
				+ " validation rules' defaults (SPAN-001, SPAN-002); no universal norm exists.");
		out.table(summary(spans, limits, wide, narrow));
		out.figure(Charts.bars("Line managers by number of direct reports", "line managers", histogram(spans, limits)));
		out.table(managers(spans, limits));
	}

	/** One manager in scope and the number of posts they line-manage. */
	record Span(Post manager, int reports) {
	}

	/**
	 * The line managers of the scope, widest span first: its posts that manage others, and the managers of its posts
	 * from outside it (a PCN manager without a team of their own still manages the ARRS staff in the place's teams).
	 */
	static List<Span> spans(ReportContext context) {
		ModelIndex index = new ModelIndex(context.model());
		Set<Post> managers = new LinkedHashSet<>();
		for (Post post : context.scope().posts()) {
			if (!index.directReports(post).isEmpty()) {
				managers.add(post);
			}
			if (post.getLineManager() != null) {
				managers.add(post.getLineManager());
			}
		}
		List<Span> spans = new ArrayList<>();
		for (Post manager : managers) {
			spans.add(new Span(manager, index.directReports(manager).size()));
		}
		spans.sort(Comparator.comparingInt(Span::reports).reversed());
		return spans;
	}

	private static ReportTable summary(List<Span> spans, SpanLimits limits, long wide, long narrow) {
		int[] sorted = spans.stream().mapToInt(Span::reports).sorted().toArray();
		double median = sorted.length % 2 == 1 ? sorted[sorted.length / 2]
				: (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2.0;
		ReportTable table = new ReportTable("Spans of control", "Measure", "Value");
		table.row("Line managers", spans.size());
		table.row("Within " + limits.fewest() + " to " + limits.most() + " direct reports",
				Cell.number(spans.size() - wide - narrow, String.valueOf(spans.size() - wide - narrow), Tone.GREEN));
		table.row("Over " + limits.most() + " (too wide)", Cell.number(wide, String.valueOf(wide), wide > 0 ? Tone.RED : Tone.GREEN));
		table.row("Under " + limits.fewest() + " (narrow)",
				Cell.number(narrow, String.valueOf(narrow), narrow > 0 ? Tone.AMBER : Tone.GREEN));
		table.row("Median direct reports", median);
		table.row("Most direct reports", sorted[sorted.length - 1]);
		return table;
	}

	/** Managers counted in bands of span: under the narrow limit, three bands within the limits, over the wide one. */
	static Map<String, Double> histogram(List<Span> spans, SpanLimits limits) {
		int low = limits.fewest();
		int high = limits.most();
		int width = Math.max(1, (high - low + 1) / 3);
		List<int[]> bands = new ArrayList<>();
		if (low > 1) {
			bands.add(new int[] { 1, low - 1 });
		}
		for (int band = 0, from = low; band < 3 && from <= high; band++) {
			int to = band == 2 ? high : Math.min(high, from + width - 1);
			bands.add(new int[] { from, to });
			from = to + 1;
		}
		bands.add(new int[] { high + 1, Integer.MAX_VALUE });
		Map<String, Double> counts = new LinkedHashMap<>();
		for (int[] band : bands) {
			String name = band[1] == Integer.MAX_VALUE ? band[0] + " or more" : band[0] == band[1] ? String.valueOf(band[0])
					: band[0] + " to " + band[1];
			counts.put(name, (double) spans.stream().filter(span -> span.reports() >= band[0] && span.reports() <= band[1]).count());
		}
		return counts;
	}

	private static ReportTable managers(List<Span> spans, SpanLimits limits) {
		ReportTable table = new ReportTable("Line managers, widest span first", "Post", "Code", "Role", "Organisation", "Team",
				"Direct reports", "Span");
		for (Span span : spans) {
			Post post = span.manager();
			Tone tone = span.reports() > limits.most() ? Tone.RED : span.reports() < limits.fewest() ? Tone.AMBER : Tone.GREEN;
			String verdict = tone == Tone.RED ? "too wide" : tone == Tone.AMBER ? "narrow" : "within limits";
			table.row(post.getName(), post.getCode(), post.getRole() == null ? "" : post.getRole().getName(),
					post.getEmployer() == null ? "" : post.getEmployer().getName(),
					post.getAllocations().isEmpty() || post.getAllocations().get(0).getTeam() == null ? ""
							: post.getAllocations().get(0).getTeam().getName(),
					Cell.number(span.reports(), String.valueOf(span.reports()), tone), Cell.text(verdict).withTone(tone));
		}
		return table.note("Direct reports are the posts whose line manager the post is, anywhere in the model; vacant posts"
				+ " count, as a manager will have to supervise them once filled.");
	}
}
