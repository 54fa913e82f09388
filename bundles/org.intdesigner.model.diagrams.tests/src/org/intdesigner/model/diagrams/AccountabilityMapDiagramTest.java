package org.intdesigner.model.diagrams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.intdesigner.diagram.interpreter.DiagramEdge;
import org.intdesigner.diagram.interpreter.DiagramNode;
import org.intdesigner.diagram.notation.EdgeView;
import org.intdesigner.diagram.notation.NodeView;
import org.intdesigner.diagram.spec.CreateEdgeTool;
import org.intdesigner.diagram.spec.CreateNodeTool;
import org.intdesigner.diagram.spec.DeleteTool;
import org.intdesigner.diagram.spec.DirectEditTool;
import org.intdesigner.diagram.tools.ToolCommand;
import org.intdesigner.diagram.tools.ToolCommands;
import org.intdesigner.diagram.validation.SpecificationProblem;
import org.intdesigner.analysis.engine.LatestFindings;
import org.intdesigner.analysis.engine.RuleSettings;
import org.intdesigner.analysis.engine.ValidationReport;
import org.intdesigner.analysis.engine.Validator;
import org.intdesigner.analysis.rules.BuiltInRules;
import org.intdesigner.model.AccountabilityItem;
import org.intdesigner.model.AccountabilityKind;
import org.intdesigner.model.IntdFactory;
import org.intdesigner.model.Party;
import org.intdesigner.model.Post;
import org.intdesigner.model.RaciAssignment;
import org.intdesigner.model.RaciCode;
import org.intdesigner.model.Role;
import org.intdesigner.model.Team;
import org.junit.jupiter.api.Test;

/** The accountability map, as contributed, drawn headless over the example place and edited with its tools. */
class AccountabilityMapDiagramTest {

	private static final String ID = "IntAccountability/AccountabilityMap";

	private final DiagramTestSupport t = new DiagramTestSupport(ID);

	@Test
	void theContributedSpecificationLoadsWithoutProblems() {
		List<SpecificationProblem> ours = t.registry.getProblems().stream()
				.filter(p -> String.valueOf(p.file()).contains("accountability.intdspec")).toList();
		assertTrue(ours.isEmpty(), ours.toString());
		assertTrue(t.registry.applicableTo(t.model).stream().anyMatch(d -> d.id().equals(ID)));
	}

	@Test
	void itemsAndAssignedPartiesAreNodesAndEachAssignmentAnEdgeLabelledWithItsCode() {
		t.diagram.refresh();
		assertTrue(t.diagram.getProblems().isEmpty(), t.diagram.getProblems().toString());
		List<DiagramNode> items = nodes("item");
		List<DiagramNode> parties = nodes("party");
		assertEquals(t.model.getAccountabilities().size(), items.size());
		assertFalse(items.isEmpty(), "the example has accountabilities");
		Set<Party> assigned = new LinkedHashSet<>();
		t.model.getAccountabilities().forEach(i -> i.getAssignments().forEach(a -> assigned.add(a.getParty())));
		assigned.remove(null);
		assertEquals(assigned, parties.stream().map(DiagramNode::getElement).collect(Collectors.toSet()),
				"only parties with an assignment, each once");
		assertEquals(t.notation.getNodes().size(), items.size() + parties.size());

		Map<String, Long> expected = t.model.getAccountabilities().stream().flatMap(i -> i.getAssignments().stream())
				.filter(a -> a.getParty() != null && a.getCode() != null)
				.collect(Collectors.groupingBy(a -> a.getCode().getLiteral(), TreeMap::new, Collectors.counting()));
		Map<String, Long> drawn = t.diagram.getNotation().getEdges().stream().map(t.diagram::edgeOf)
				.collect(Collectors.groupingBy(DiagramEdge::label, TreeMap::new, Collectors.counting()));
		assertEquals(expected, drawn, "edges per code");
		assertTrue(expected.keySet().containsAll(List.of("R", "A")), expected.toString());
		for (EdgeView view : t.notation.getEdges()) {
			DiagramEdge edge = t.diagram.edgeOf(view);
			RaciAssignment assignment = (RaciAssignment) edge.element();
			assertEquals("raci" + assignment.getCode().getLiteral(), edge.mapping().getName());
			assertSame(assignment.eContainer(), edge.source().getElement(), "from the item holding the assignment");
			assertSame(assignment.getParty(), edge.target().getElement());
		}
	}

	@Test
	void partiesAndItemsAreStyledByTheirKind() {
		t.diagram.refresh();
		Map<String, String> borderByClass = new TreeMap<>();
		for (DiagramNode party : nodes("party")) {
			String previous = borderByClass.put(party.getElement().eClass().getName(), party.getStyle().getBorderColor());
			assertTrue(previous == null || previous.equals(party.getStyle().getBorderColor()));
		}
		assertTrue(borderByClass.size() >= 2, "the example assigns more than one class of party: " + borderByClass);
		assertEquals(borderByClass.size(), Set.copyOf(borderByClass.values()).size(), "one style per class of party");
		Map<AccountabilityKind, String> borderByKind = new TreeMap<>();
		for (DiagramNode item : nodes("item")) {
			borderByKind.put(((AccountabilityItem) item.getElement()).getKind(), item.getStyle().getBorderColor());
		}
		assertEquals(borderByKind.size(), Set.copyOf(borderByKind.values()).size(), "one style per kind: " + borderByKind);
	}

	@Test
	void aFilterPerCodeHidesExactlyTheEdgesOfThatCode() {
		t.diagram.refresh();
		for (RaciCode code : RaciCode.VALUES) {
			t.notation.getActiveFilters().clear();
			t.notation.getActiveFilters().add("hide" + code.getLiteral());
			assertFalse(t.diagram.refresh().changedNotation());
			int hidden = 0;
			for (EdgeView view : t.notation.getEdges()) {
				boolean ofCode = t.diagram.edgeOf(view).label().equals(code.getLiteral());
				assertEquals(ofCode, t.diagram.isHidden(view), code + " filter on " + t.diagram.edgeOf(view).label());
				hidden += ofCode ? 1 : 0;
			}
			for (NodeView node : t.notation.getNodes()) {
				assertFalse(t.diagram.isHidden(node), "nodes stay");
			}
			if (code == RaciCode.A) {
				assertTrue(hidden > 0);
			}
		}
		t.notation.getActiveFilters().clear();
		t.diagram.refresh();
		assertTrue(t.notation.getEdges().stream().noneMatch(t.diagram::isHidden));
	}

	@Test
	void toolsCreateAnItemAssignPartiesByCodeRenameAndDelete() {
		ToolCommands tools = new ToolCommands(t.domain, t.registry.getExpressions());
		t.diagram.refresh();
		int itemsBefore = t.model.getAccountabilities().size();
		ToolCommand create = tools.createNode(t.<CreateNodeTool>tool("createItem"), t.model);
		assertTrue(create.canExecute(), create.getProblem());
		t.domain.getCommandStack().execute(create);
		assertEquals(itemsBefore + 1, t.model.getAccountabilities().size());
		AccountabilityItem item = t.model.getAccountabilities().get(itemsBefore);
		assertEquals("New accountability", item.getName());
		assertEquals(AccountabilityKind.CARE_FUNCTION, item.getKind());

		Post post = t.model.getPosts().get(0);
		Team team = t.model.getTeams().get(0);
		Role role = t.model.getRoles().get(0);
		t.domain.getCommandStack().execute(tools.createEdge(t.<CreateEdgeTool>tool("assignA"), item, post));
		t.domain.getCommandStack().execute(tools.createEdge(t.<CreateEdgeTool>tool("assignR"), item, team));
		t.domain.getCommandStack().execute(tools.createEdge(t.<CreateEdgeTool>tool("assignC"), item, role));
		assertEquals(3, item.getAssignments().size());
		assertSame(post, item.getAssignments().get(0).getParty());
		assertEquals(RaciCode.A, item.getAssignments().get(0).getCode());
		assertEquals(RaciCode.R, item.getAssignments().get(1).getCode());
		assertEquals(RaciCode.C, item.getAssignments().get(2).getCode());
		assertFalse(tools.createEdge(t.<CreateEdgeTool>tool("assignS"), post, item).canExecute(),
				"an assignment goes from an item to a party");

		t.diagram.refresh();
		assertTrue(t.diagram.getProblems().isEmpty(), t.diagram.getProblems().toString());
		List<String> codes = t.notation.getEdges().stream().map(t.diagram::edgeOf)
				.filter(e -> e.source().getElement() == item).map(DiagramEdge::label).sorted().toList();
		assertEquals(List.of("A", "C", "R"), codes);
		assertEquals(1, t.diagram.viewsOf(role).size(), "a newly assigned party is drawn once");

		t.domain.getCommandStack().execute(tools.directEdit(t.<DirectEditTool>tool("renameItem"), item, "Falls response"));
		assertEquals("Falls response", item.getName());
		RaciAssignment consulted = item.getAssignments().get(2);
		t.domain.getCommandStack().execute(tools.delete(t.<DeleteTool>tool("deleteItemOrAssignment"), consulted));
		assertEquals(2, item.getAssignments().size());
		assertFalse(item.getAssignments().contains(consulted));
		t.domain.getCommandStack().undo();
		assertEquals(3, item.getAssignments().size(), "undone as one command");
	}

	@Test
	void theMapLaysOutWithoutOverlappingNodes() {
		t.diagram.refresh();
		t.layOutWithoutOverlaps();
	}

	@Test
	void itemsWithNoOrSeveralAccountablePartiesAreDecoratedAsErrors() {
		AccountabilityItem none = IntdFactory.eINSTANCE.createAccountabilityItem();
		none.setName("Nobody answers for this");
		t.model.getAccountabilities().add(none);
		AccountabilityItem two = IntdFactory.eINSTANCE.createAccountabilityItem();
		two.setName("Two answer for this");
		for (Post post : t.model.getPosts().subList(0, 2)) {
			RaciAssignment accountable = IntdFactory.eINSTANCE.createRaciAssignment();
			accountable.setParty(post);
			accountable.setCode(RaciCode.A);
			two.getAssignments().add(accountable);
		}
		t.model.getAccountabilities().add(two);
		ValidationReport report = new Validator(BuiltInRules.create(), RuleSettings.defaults()).validate(t.model);
		LatestFindings.publish(t.model, report);
		try {
			t.diagram.refresh();
			assertTrue(t.diagram.getProblems().isEmpty(), t.diagram.getProblems().toString());
			for (AccountabilityItem item : List.of(none, two)) {
				List<String> decorations = t.diagram.decorationsOf(t.diagram.viewsOf(item).get(0)).stream()
						.map(d -> d.decoration().getName()).toList();
				assertEquals(List.of("itemErrors"), decorations, item.getName());
			}
			assertTrue(t.diagram.decorationsOf(t.diagram.viewsOf(none).get(0)).get(0).tooltip().contains("ACC-001"));
			assertTrue(t.diagram.decorationsOf(t.diagram.viewsOf(two).get(0)).get(0).tooltip().contains("ACC-002"));
			for (DiagramNode node : nodes("item")) {
				boolean flagged = report.active().stream().anyMatch(f -> f.element() == node.getElement()
						&& (f.ruleId().equals("ACC-001") || f.ruleId().equals("ACC-002")));
				if (flagged) {
					assertFalse(t.diagram.decorationsOf(t.diagram.viewsOf(node.getElement()).get(0)).isEmpty());
				}
			}
		} finally {
			LatestFindings.forget(t.model);
		}
	}

	private List<DiagramNode> nodes(String mapping) {
		return t.notation.getNodes().stream().map(t.diagram::nodeOf).filter(n -> n.getMapping().getName().equals(mapping))
				.toList();
	}
}
