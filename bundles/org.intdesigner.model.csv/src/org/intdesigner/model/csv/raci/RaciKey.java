package org.intdesigner.model.csv.raci;

import java.util.List;

import org.intdesigner.model.RaciCode;

/** What each RACI (RASCI) code means, for the key of an exported workbook and for tooltips. */
public final class RaciKey {

	private RaciKey() {
	}

	public static String meaning(RaciCode code) {
		return switch (code) {
		case R -> "Responsible: does the work; at least one per item";
		case A -> "Accountable: answers for the outcome and signs off; exactly one per item";
		case S -> "Support: helps the Responsible party with resources or skills";
		case C -> "Consulted: asked for views before the work or decision (two-way)";
		case I -> "Informed: kept up to date after the work or decision (one-way)";
		};
	}

	/** The rules the validator checks on the codes of one item (ACC-001 to ACC-004). */
	public static List<String> rules() {
		return List.of("ACC-001/002: every item has exactly one Accountable party; several A's are an error.",
				"ACC-003: every item has at least one Responsible party (if none, the A does the work).",
				"ACC-004: a party that is both Accountable and Consulted on one item is a warning.",
				"Cells may hold several codes, written with '/' between them, e.g. \"R/A\".");
	}
}
