package org.intdesigner.reports.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.intdesigner.analysis.api.Finding;
import org.intdesigner.analysis.api.Severity;
import org.intdesigner.model.AccountabilityItem;
import org.intdesigner.model.Party;
import org.intdesigner.model.csv.raci.RaciMatrix;
import org.intdesigner.model.csv.raci.RaciNames;
import org.intdesigner.reports.Cell;
import org.intdesigner.reports.ReportTable;

/**
 * A RACI matrix as report tables: for the pages, cut into tables of at most {@link #PARTY_COLUMNS}
 * parties each (a wider table cannot be read on a page); for the workbook, whole in one sheet with
 * the findings of each item. An item's name is coloured by its worst finding, as in the matrix
 * editor, where its rows are filled red.
 */
final class RaciTables {

	/**
	 * The most party columns a table on a page holds beside the item's name: a party's name (a post's
	 * includes its employer) takes several lines in a column, and a seventh column no longer fits A4.
	 */
	static final int PARTY_COLUMNS = 6;

	private final Map<EObject, List<Finding>> findings;

	/** @param findings the active findings of each element (ValidationReport.activeByElement) */
	RaciTables(Map<EObject, List<Finding>> findings) {
		this.findings = findings;
	}

	/** "Service director, Riverside Community Health NHS Trust (Post)": what a party column is headed. */
	static String heading(Party party) {
		return RaciNames.of(party) + " (" + RaciNames.kindOf(party) + ")";
	}

	/**
	 * The matrix of {@code items} for pages: one table per {@link #PARTY_COLUMNS} parties, each
	 * titled {@code title}, with "parties 6-9 of 9" when it is cut.
	 */
	List<ReportTable> forPages(String title, RaciMatrix matrix) {
		List<Party> parties = matrix.columns();
		List<ReportTable> tables = new ArrayList<>();
		// as many tables as needed, the parties shared evenly between them (9 parties: 5 and 4, not 6 and 3)
		int parts = Math.max(1, (parties.size() + PARTY_COLUMNS - 1) / PARTY_COLUMNS);
		int each = Math.max(1, (parties.size() + parts - 1) / parts);
		for (int part = 0; part < parts; part++) {
			int from = part * each;
			List<Party> shown = parties.subList(Math.min(parties.size(), from), Math.min(parties.size(), from + each));
			if (shown.isEmpty() && part > 0) {
				break;
			}
			String name = parts == 1 ? title
					: title + ", parties " + (from + 1) + "-" + (from + shown.size()) + " of " + parties.size();
			List<String> columns = new ArrayList<>();
			columns.add("Accountability item");
			shown.forEach(party -> columns.add(heading(party)));
			ReportTable table = new ReportTable(name, columns);
			for (AccountabilityItem item : matrix.rows()) {
				Object[] cells = new Object[columns.size()];
				cells[0] = itemCell(item);
				for (int c = 0; c < shown.size(); c++) {
					cells[c + 1] = RaciMatrix.cellText(item, shown.get(c));
				}
				table.row(cells);
			}
			tables.add(table.shown(ReportTable.Shown.PAGES_ONLY));
		}
		return tables;
	}

	/** The whole matrix in one table for the workbook: id, item, team, every party, then the findings. */
	ReportTable forWorkbook(String title, RaciMatrix matrix) {
		List<String> columns = new ArrayList<>(List.of("Item id", "Accountability item", "Team"));
		matrix.columns().forEach(party -> columns.add(heading(party)));
		columns.add("Findings");
		ReportTable table = new ReportTable(title, columns);
		for (AccountabilityItem item : matrix.rows()) {
			List<Object> cells = new ArrayList<>(columns.size());
			cells.add(item.getId());
			cells.add(itemCell(item));
			cells.add(item.getTeam() == null ? "" : RaciNames.of(item.getTeam()));
			for (Party party : matrix.columns()) {
				cells.add(RaciMatrix.cellText(item, party));
			}
			cells.add(String.join("; ", findingsOf(item).stream().map(Finding::message).toList()));
			table.row(cells.toArray());
		}
		return table.shown(ReportTable.Shown.WORKBOOK_ONLY);
	}

	/** The first {@code limit} findings on the items, most serious first, then in the matrix's order. */
	ReportTable findings(String title, List<AccountabilityItem> items, int limit) {
		ReportTable table = new ReportTable(title, "Accountability item", "Rule", "Severity", "Finding");
		int listed = 0;
		for (Severity severity : Severity.values()) {
			for (AccountabilityItem item : items) {
				for (Finding finding : findingsOf(item)) {
					if (finding.severity() == severity && listed++ < limit) {
						table.row(RaciNames.of(item), finding.ruleId(), FindingTones.cell(severity), finding.message());
					}
				}
			}
		}
		return table;
	}

	List<Finding> findingsOf(AccountabilityItem item) {
		return findings.getOrDefault(item, List.of());
	}

	private Cell itemCell(AccountabilityItem item) {
		Severity worst = FindingTones.worst(findingsOf(item));
		Cell name = Cell.text(RaciNames.of(item));
		return worst == null ? name : name.withTone(FindingTones.of(worst));
	}
}
