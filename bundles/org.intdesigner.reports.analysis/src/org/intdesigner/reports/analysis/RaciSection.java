package org.intdesigner.reports.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.intdesigner.analysis.api.Finding;
import org.intdesigner.analysis.api.Severity;
import org.intdesigner.model.AccountabilityItem;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.RaciCode;
import org.intdesigner.model.Team;
import org.intdesigner.model.csv.raci.RaciKey;
import org.intdesigner.model.csv.raci.RaciMatrix;
import org.intdesigner.model.csv.raci.RaciNames;
import org.intdesigner.reports.ReportContext;
import org.intdesigner.reports.ReportSection;
import org.intdesigner.reports.ReportTable;
import org.intdesigner.reports.SectionWriter;

/**
 * Accountability (RACI): who answers for, does, supports, is consulted on and is told about each
 * accountability item that concerns the scope, with what the RACI rules (ACC-001 to ACC-004, and any
 * installed rule on accountability items) find on them. The matrix is the one the RACI matrix editor
 * and {@code ./intd export-raci} show (RaciMatrix); on the pages it is cut by team and into tables
 * of a few parties each, and the workbook has it whole.
 */
public final class RaciSection implements ReportSection {

	static final String FULL_SHEET = "RACI matrix";
	static final String FINDINGS_TABLE = "RACI findings";
	/** The heading of the items with no team in scope (place-wide items, or other teams' that name parties in scope). */
	static final String ACROSS_TEAMS = "Across teams";
	/**
	 * About the most items whose matrices the pages show (whole teams are shown, so a few more): a
	 * London-scale place has 700 items between 1,000 parties, some 400 tables nobody reads on paper.
	 */
	static final int PAGE_ITEMS = 150;
	/** A board reads the findings and a sample of the matrix, not every team's. */
	static final int BOARD_PAGE_ITEMS = 40;

	@Override
	public void prepare(ReportContext context) {
		ReportValidation.startEarly(context);
	}

	@Override
	public void write(ReportContext context, SectionWriter out) {
		IntdModel model = context.model();
		ScopeFilter filter = new ScopeFilter(context.scope());
		List<AccountabilityItem> items = model.getAccountabilities().stream().filter(filter::concerns).toList();
		if (items.isEmpty()) {
			out.paragraph("No accountability item concerns " + context.scope().label() + ": none belongs to its teams or names"
					+ " its teams, posts or roles. Record who is accountable for its care functions, decisions and outcomes"
					+ " in the RACI matrix editor (Open RACI Matrix on the model or a team) or import them with ./intd import-csv.");
			return;
		}
		RaciTables tables = new RaciTables(ReportValidation.of(context).activeByElement());
		RaciMatrix whole = RaciMatrix.of(model, identitySet(items)::contains);
		summary(context, items, whole, tables, out);
		int pageItems = context.audience() == org.intdesigner.reports.Audience.BOARD ? BOARD_PAGE_ITEMS : PAGE_ITEMS;
		int shown = 0;
		int teamsLeft = 0;
		for (Map.Entry<String, List<AccountabilityItem>> group : byTeam(context, items).entrySet()) {
			if (shown >= pageItems) {
				teamsLeft++;
				continue;
			}
			out.heading(group.getKey());
			RaciMatrix matrix = RaciMatrix.of(model, identitySet(group.getValue())::contains);
			tables.forPages("RACI: " + group.getKey(), matrix).forEach(out::table);
			shown += group.getValue().size();
		}
		if (shown < items.size()) {
			out.missing("The matrices of " + count(items.size() - shown, "more item") + " (" + count(teamsLeft, "more team")
					+ ") are not shown on these pages. All " + items.size() + " items are in the sheet '" + FULL_SHEET + "' of"
					+ " this pack as an Excel workbook, and in the RACI matrix editor.");
		}
		out.table(tables.forWorkbook(FULL_SHEET, whole));
		out.heading("Findings on these items");
		long found = items.stream().mapToLong(item -> tables.findingsOf(item).size()).sum();
		if (found == 0) {
			out.paragraph("Validation finds nothing wrong with these items: each has one Accountable party and at least one"
					+ " Responsible party.");
			return;
		}
		ReportTable listed = tables.findings(FINDINGS_TABLE, items, FindingsSection.LISTED)
				.note("An item's name is red when it has an error, amber when it has a warning. Fix them in the RACI matrix"
						+ " editor, whose rows with findings are filled red.");
		out.table(found > FindingsSection.LISTED ? listed.shown(ReportTable.Shown.PAGES_ONLY) : listed);
		if (found > FindingsSection.LISTED) {
			out.missing((found - FindingsSection.LISTED) + " more findings on these items are not listed here; the sheet '"
					+ FULL_SHEET + "' of this pack as an Excel workbook has every item's findings in its last column.");
		}
	}

	private static void summary(ReportContext context, List<AccountabilityItem> items, RaciMatrix whole, RaciTables tables,
			SectionWriter out) {
		long withFindings = items.stream().filter(item -> !tables.findingsOf(item).isEmpty()).count();
		List<Finding> found = items.stream().flatMap(item -> tables.findingsOf(item).stream()).toList();
		long errors = found.stream().filter(f -> f.severity() == Severity.ERROR).count();
		long warnings = found.stream().filter(f -> f.severity() == Severity.WARNING).count();
		out.paragraph(count(items.size(), "accountability item") + " concern " + context.scope().label() + ", between "
				+ count(whole.columns().size(), "party", "parties") + " (teams, posts, roles and organisations). "
				+ (withFindings == 0 ? "None has a finding."
						: count(withFindings, "item") + " " + (withFindings == 1 ? "has" : "have") + " findings: "
								+ count(errors, "error") + " and " + count(warnings, "warning") + "."));
		List<String> key = new ArrayList<>();
		for (RaciCode code : RaciCode.values()) {
			key.add(code.getLiteral() + " = " + RaciKey.meaning(code));
		}
		out.paragraph("Key: " + String.join("; ", key) + ". A cell may hold several codes, such as R/A.");
		if (whole.columns().size() > RaciTables.PARTY_COLUMNS) {
			out.paragraph("On these pages the matrix is shown team by team, " + RaciTables.PARTY_COLUMNS + " parties at a time;"
					+ " the Excel workbook of this pack has it whole in the sheet '" + FULL_SHEET + "', with each item's findings.");
		}
	}

	/** The items by the team in scope they belong to, in the scope's order; the rest last, "across teams". */
	private static Map<String, List<AccountabilityItem>> byTeam(ReportContext context, List<AccountabilityItem> items) {
		Map<Team, List<AccountabilityItem>> byTeam = new IdentityHashMap<>();
		List<AccountabilityItem> across = new ArrayList<>();
		Set<Team> inScope = identitySet(context.scope().teams());
		for (AccountabilityItem item : items) {
			if (item.getTeam() != null && inScope.contains(item.getTeam())) {
				byTeam.computeIfAbsent(item.getTeam(), team -> new ArrayList<>()).add(item);
			} else {
				across.add(item);
			}
		}
		Map<String, List<AccountabilityItem>> groups = new LinkedHashMap<>();
		for (Team team : context.scope().teams()) {
			if (byTeam.containsKey(team)) {
				groups.merge(RaciNames.of(team), byTeam.get(team), RaciSection::joined);
			}
		}
		if (!across.isEmpty()) {
			groups.merge(ACROSS_TEAMS, across, RaciSection::joined);
		}
		return groups;
	}

	private static List<AccountabilityItem> joined(List<AccountabilityItem> a, List<AccountabilityItem> b) {
		List<AccountabilityItem> both = new ArrayList<>(a);
		both.addAll(b);
		return both;
	}

	private static <T> Set<T> identitySet(List<? extends T> elements) {
		Set<T> set = Collections.newSetFromMap(new IdentityHashMap<>());
		set.addAll(elements);
		return set;
	}

	static String count(long n, String noun) {
		return count(n, noun, noun + "s");
	}

	static String count(long n, String one, String many) {
		return n + " " + (n == 1 ? one : many);
	}
}
