package org.intdesigner.model.csv.raci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.intdesigner.model.AccountabilityItem;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Organisation;
import org.intdesigner.model.Party;
import org.intdesigner.model.Post;
import org.intdesigner.model.RaciAssignment;
import org.intdesigner.model.RaciCode;
import org.intdesigner.model.Role;
import org.intdesigner.model.Team;
import org.junit.jupiter.api.Test;

/** Rows, columns and cells of the matrix, and the command that sets one cell. */
class RaciMatrixTest {

	private final IntdModel model = RaciTestModels.example();

	@Test
	void rowsAreTheItemsInModelOrder() {
		assertEquals(RaciTestModels.ids(model.getAccountabilities()), RaciTestModels.ids(RaciMatrix.of(model).rows()));
	}

	@Test
	void columnsAreThePartiesHoldingCodesGroupedTeamsPostsRolesOrganisations() {
		RaciMatrix matrix = RaciMatrix.of(model);
		List<Party> used = new ArrayList<>();
		model.getAccountabilities().forEach(i -> i.getAssignments().forEach(a -> {
			if (!used.contains(a.getParty())) {
				used.add(a.getParty());
			}
		}));
		assertEquals(used.size(), matrix.columns().size());
		assertTrue(matrix.columns().containsAll(used));
		List<Integer> groups = matrix.columns().stream().map(RaciMatrixTest::group).toList();
		assertEquals(groups.stream().sorted().toList(), groups, "teams, then posts, roles, organisations");
		List<Post> posts = matrix.columns().stream().filter(Post.class::isInstance).map(Post.class::cast).toList();
		assertEquals(posts.stream().sorted((a, b) -> model.getPosts().indexOf(a) - model.getPosts().indexOf(b)).toList(),
				posts, "posts in model order");
	}

	private static int group(Party party) {
		return party instanceof Team ? 0 : party instanceof Post ? 1 : party instanceof Role ? 2 : party instanceof Organisation ? 3 : 4;
	}

	@Test
	void cellsShowEveryCodeOfTheParty() {
		AccountabilityItem item = RaciTestModels.item(model, "riverside-clinical-governance");
		RaciAssignment first = item.getAssignments().get(0);
		Set<RaciCode> expected = EnumSet.noneOf(RaciCode.class);
		item.getAssignments().stream().filter(a -> a.getParty() == first.getParty()).forEach(a -> expected.add(a.getCode()));
		assertEquals(expected, RaciMatrix.codes(item, first.getParty()));
		assertEquals(RaciCellText.format(expected), RaciMatrix.cellText(item, first.getParty()));
	}

	@Test
	void aTeamsMatrixHasOnlyItsItems() {
		AccountabilityItem some = model.getAccountabilities().stream().filter(i -> i.getTeam() != null).findFirst().orElseThrow();
		RaciMatrix matrix = RaciMatrix.ofTeam(model, some.getTeam());
		assertTrue(matrix.rows().contains(some));
		assertTrue(matrix.rows().stream().allMatch(i -> i.getTeam() == some.getTeam()));
		assertTrue(matrix.rows().size() < model.getAccountabilities().size());
	}

	@Test
	void cellTextReadsWhatPeopleTypeAndWritesInRaciOrder() {
		assertEquals(EnumSet.of(RaciCode.R, RaciCode.A), RaciCellText.parse(" a / r "));
		assertEquals(EnumSet.of(RaciCode.C, RaciCode.I), RaciCellText.parse("I,C"));
		assertTrue(RaciCellText.parse("").isEmpty());
		assertEquals("R/A", RaciCellText.format(EnumSet.of(RaciCode.A, RaciCode.R)));
		assertEquals("", RaciCellText.format(Set.of()));
		IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> RaciCellText.parse("R/X"));
		assertTrue(bad.getMessage().contains("\"X\""), bad.getMessage());
	}

	@Test
	void settingACellIsOneUndoableCommandThatKeepsAssignmentsItDoesNotChange() {
		EditingDomain domain = RaciTestModels.domainOf(model);
		AccountabilityItem item = RaciTestModels.item(model, "riverside-clinical-governance");
		RaciAssignment kept = item.getAssignments().get(0);
		Party party = kept.getParty();
		Set<RaciCode> before = RaciMatrix.codes(item, party);
		Set<RaciCode> wanted = EnumSet.copyOf(before);
		wanted.add(before.contains(RaciCode.I) ? RaciCode.S : RaciCode.I);
		Command command = RaciCellChange.command(domain, item, party, wanted);
		domain.getCommandStack().execute(command);
		assertEquals(wanted, RaciMatrix.codes(item, party));
		assertTrue(item.getAssignments().contains(kept), "the assignment kept is the same object");
		assertFalse(item.getAssignments().stream().anyMatch(a -> a.getId() == null || a.getId().isBlank()));
		domain.getCommandStack().undo();
		assertEquals(before, RaciMatrix.codes(item, party));
		assertNull(RaciCellChange.command(domain, item, party, before), "no command for no change");
		domain.getCommandStack().execute(RaciCellChange.command(domain, item, party, Set.of()));
		assertTrue(RaciMatrix.codes(item, party).isEmpty());
	}
}
