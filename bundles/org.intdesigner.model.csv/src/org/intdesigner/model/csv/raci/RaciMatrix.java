package org.intdesigner.model.csv.raci;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.intdesigner.model.AccountabilityItem;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Party;
import org.intdesigner.model.RaciAssignment;
import org.intdesigner.model.RaciCode;
import org.intdesigner.model.Team;

/**
 * Who holds which RACI codes on which accountability items, as a table: rows are the items in model
 * order, columns the parties that hold a code on any of them, grouped as teams, posts, roles and
 * organisations (each group in model order, so the columns stay put while people edit). Rows and
 * columns are fixed when the matrix is made; cells are read from the model each time, so a matrix
 * is cheap to make again after an edit.
 */
public final class RaciMatrix {

	private final List<AccountabilityItem> rows;
	private final List<Party> columns;

	private RaciMatrix(List<AccountabilityItem> rows, List<Party> columns) {
		this.rows = List.copyOf(rows);
		this.columns = List.copyOf(columns);
	}

	/** Every accountability item of the model. */
	public static RaciMatrix of(IntdModel model) {
		return of(model, item -> true);
	}

	/** The accountability items of one team (its own, not its sub-teams'). */
	public static RaciMatrix ofTeam(IntdModel model, Team team) {
		return of(model, item -> item.getTeam() == team);
	}

	public static RaciMatrix of(IntdModel model, Predicate<AccountabilityItem> rowFilter) {
		List<AccountabilityItem> rows = model.getAccountabilities().stream().filter(rowFilter).toList();
		Set<Party> used = new LinkedHashSet<>();
		for (AccountabilityItem item : rows) {
			for (RaciAssignment assignment : item.getAssignments()) {
				if (assignment.getParty() != null) {
					used.add(assignment.getParty());
				}
			}
		}
		return new RaciMatrix(rows, inModelOrder(model, used));
	}

	/** Teams (depth first, as nested), posts, roles, organisations; parties outside the model last. */
	private static List<Party> inModelOrder(IntdModel model, Set<Party> used) {
		List<Party> ordered = new ArrayList<>();
		addTeams(model.getTeams(), used, ordered);
		model.getPosts().stream().filter(used::contains).forEach(ordered::add);
		model.getRoles().stream().filter(used::contains).forEach(ordered::add);
		model.getOrganisations().stream().filter(used::contains).forEach(ordered::add);
		used.stream().filter(p -> !ordered.contains(p)).forEach(ordered::add);
		return ordered;
	}

	private static void addTeams(List<Team> teams, Set<Party> used, List<Party> ordered) {
		for (Team team : teams) {
			if (used.contains(team)) {
				ordered.add(team);
			}
			addTeams(team.getSubTeams(), used, ordered);
		}
	}

	public List<AccountabilityItem> rows() {
		return rows;
	}

	public List<Party> columns() {
		return columns;
	}

	/** The codes {@code party} holds on {@code item}, as the model has them now. */
	public static Set<RaciCode> codes(AccountabilityItem item, Party party) {
		Set<RaciCode> codes = EnumSet.noneOf(RaciCode.class);
		for (RaciAssignment assignment : item.getAssignments()) {
			if (assignment.getParty() == party && assignment.getCode() != null) {
				codes.add(assignment.getCode());
			}
		}
		return codes;
	}

	public static String cellText(AccountabilityItem item, Party party) {
		return RaciCellText.format(codes(item, party));
	}
}
