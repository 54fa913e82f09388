package org.intdesigner.model.diagrams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;

import org.eclipse.emf.ecore.util.ECrossReferenceAdapter;
import org.intdesigner.diagram.interpreter.DiagramEdge;
import org.intdesigner.diagram.interpreter.DiagramNode;
import org.intdesigner.diagram.notation.EdgeView;
import org.intdesigner.diagram.notation.NodeView;
import org.intdesigner.diagram.spec.CreateEdgeTool;
import org.intdesigner.diagram.spec.LineStyle;
import org.intdesigner.diagram.tools.ToolCommands;
import org.intdesigner.diagram.validation.SpecificationProblem;
import org.intdesigner.model.Post;
import org.junit.jupiter.api.Test;

/** The line-management and supervision chart, as contributed, drawn headless over the example place. */
class LineManagementChartDiagramTest {

	private static final String ID = "IntLineManagement/LineManagementChart";

	private final DiagramTestSupport t = new DiagramTestSupport(ID);
	private final LineManagementServices services = new LineManagementServices();

	@Test
	void theContributedSpecificationLoadsWithoutProblems() {
		List<SpecificationProblem> ours = t.registry.getProblems().stream()
				.filter(p -> String.valueOf(p.file()).contains("linemanagement.intdspec")).toList();
		assertTrue(ours.isEmpty(), ours.toString());
		assertTrue(t.registry.applicableTo(t.model).stream().anyMatch(d -> d.id().equals(ID)));
	}

	@Test
	void everyPostIsDrawnWithLineManagementSolidAndSupervisionDashed() {
		t.diagram.refresh();
		assertTrue(t.diagram.getProblems().isEmpty(), t.diagram.getProblems().toString());
		assertEquals(t.model.getPosts().size(), t.notation.getNodes().size());
		long managed = t.model.getPosts().stream().filter(p -> p.getLineManager() != null).count();
		long supervised = t.model.getPosts().stream().filter(p -> p.getSupervisor() != null).count();
		assertTrue(managed > 0 && supervised > 0, managed + " managed, " + supervised + " supervised");
		assertEquals(managed, edges("managesReport").size());
		assertEquals(supervised, edges("supervises").size());
		for (DiagramEdge edge : edges("managesReport")) {
			assertSame(edge.source().getElement(), ((Post) edge.target().getElement()).getLineManager(),
					"drawn from the manager (on top) to the report");
			assertEquals(LineStyle.SOLID, edge.mapping().getStyle().getLineStyle());
		}
		for (DiagramEdge edge : edges("supervises")) {
			assertSame(edge.source().getElement(), ((Post) edge.target().getElement()).getSupervisor());
			assertEquals(LineStyle.DASHED, edge.mapping().getStyle().getLineStyle());
		}
	}

	@Test
	void eachManagerShowsItsSpanOfControl() {
		t.diagram.refresh();
		Post widest = t.model.getPosts().stream().max(Comparator.comparingInt(services::span)).orElseThrow();
		int span = (int) t.model.getPosts().stream().filter(p -> p.getLineManager() == widest).count();
		assertTrue(span >= 2, "the example has a manager of several posts");
		DiagramNode node = t.diagram.nodeOf(t.diagram.viewsOf(widest).get(0));
		assertTrue(node.getLabel().startsWith(widest.getName() + " (span " + span + ")"), node.getLabel());
		Post report = t.model.getPosts().stream().filter(p -> p.getLineManager() == widest).findFirst().orElseThrow();
		if (services.span(report) == 0) {
			assertFalse(t.diagram.nodeOf(t.diagram.viewsOf(report).get(0)).getLabel().contains("(span"));
		}
		for (Post post : t.model.getPosts()) {
			if (post.isVacant()) {
				DiagramNode vacant = t.diagram.nodeOf(t.diagram.viewsOf(post).get(0));
				assertTrue(vacant.getLabel().endsWith("(vacant)"), vacant.getLabel());
				assertEquals("#d5281b", vacant.getStyle().getBorderColor());
			} else if (post.isTopOfOrganisation()) {
				assertTrue(t.diagram.nodeOf(t.diagram.viewsOf(post).get(0)).getStyle().isLabelBold());
			}
		}
	}

	@Test
	void directReportsAreTheSameWithOrWithoutTheWorkbenchsIndex() {
		Post widest = t.model.getPosts().stream().max(Comparator.comparingInt(services::span)).orElseThrow();
		List<Post> scanned = services.directReports(widest);
		t.domain.getResourceSet().eAdapters().add(new ECrossReferenceAdapter());
		List<Post> indexed = services.directReports(widest);
		assertEquals(new HashSet<>(scanned), new HashSet<>(indexed));
		Post gone = indexed.get(0);
		t.model.getPosts().remove(gone);
		assertFalse(services.directReports(widest).contains(gone), "a deleted post no longer counts");
		assertEquals(scanned.size() - 1, services.span(widest));
	}

	@Test
	void drawingAnEdgeSetsTheLineManagerOrTheSupervisor() {
		ToolCommands tools = new ToolCommands(t.domain, t.registry.getExpressions());
		Post manager = t.model.getPosts().get(0);
		Post report = t.model.getPosts().stream().filter(p -> p != manager && p.getLineManager() != manager
				&& p.getSupervisor() != manager && manager.getLineManager() != p).findFirst().orElseThrow();
		int spanBefore = services.span(manager);
		t.domain.getCommandStack().execute(tools.createEdge(t.<CreateEdgeTool>tool("setChartLineManager"), report, manager));
		assertSame(manager, report.getLineManager());
		t.domain.getCommandStack().execute(tools.createEdge(t.<CreateEdgeTool>tool("setChartSupervisor"), report, manager));
		assertSame(manager, report.getSupervisor());
		assertFalse(tools.createEdge(t.<CreateEdgeTool>tool("setChartLineManager"), report, report).canExecute(),
				"nobody manages themselves");
		t.diagram.refresh();
		assertTrue(edges("managesReport").stream().anyMatch(e -> e.source().getElement() == manager
				&& e.target().getElement() == report));
		assertTrue(edges("supervises").stream().anyMatch(e -> e.source().getElement() == manager
				&& e.target().getElement() == report));
		assertTrue(t.diagram.nodeOf(t.diagram.viewsOf(manager).get(0)).getLabel().contains("(span " + (spanBefore + 1) + ")"));
	}

	@Test
	void theSupervisionFilterHidesOnlySupervisionEdges() {
		t.diagram.refresh();
		t.notation.getActiveFilters().add("hideSupervision");
		t.diagram.refresh();
		for (EdgeView view : t.notation.getEdges()) {
			assertEquals(t.diagram.edgeOf(view).mapping().getName().equals("supervises"), t.diagram.isHidden(view));
		}
		for (NodeView node : t.notation.getNodes()) {
			assertFalse(t.diagram.isHidden(node));
		}
	}

	@Test
	void theChartLaysOutTopDownWithoutOverlappingNodes() {
		t.diagram.refresh();
		t.layOutWithoutOverlaps();
		int above = 0;
		List<DiagramEdge> lines = edges("managesReport");
		for (DiagramEdge edge : lines) {
			NodeView manager = t.diagram.viewsOf(edge.source().getElement()).get(0);
			NodeView report = t.diagram.viewsOf(edge.target().getElement()).get(0);
			above += manager.getY() < report.getY() ? 1 : 0;
		}
		assertTrue(above * 10 >= lines.size() * 9, "managers sit above their reports: " + above + " of " + lines.size());
	}

	private List<DiagramEdge> edges(String mapping) {
		return t.notation.getEdges().stream().map(t.diagram::edgeOf).filter(e -> e.mapping().getName().equals(mapping))
				.toList();
	}
}
