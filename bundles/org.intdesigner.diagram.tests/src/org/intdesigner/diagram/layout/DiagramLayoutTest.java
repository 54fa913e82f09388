package org.intdesigner.diagram.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.intdesigner.diagram.layout.BendPoints.Point;
import org.intdesigner.diagram.layout.TestDiagram.Box;
import org.intdesigner.diagram.notation.EdgeView;
import org.intdesigner.diagram.notation.NodeView;
import org.junit.jupiter.api.Test;

/**
 * Arrange all on a small organisation: two teams (one with a sub-team), a director outside them, a
 * collapsed archive team, and line management edges within and across teams.
 */
class DiagramLayoutTest {

	private final TextMeasurer measurer = new ApproximateTextMeasurer();
	private final TestDiagram t = new TestDiagram();

	private final NodeView teamA = t.container("Community services and long-term care", null);
	private final NodeView a1 = t.node("Head of community services", teamA);
	private final NodeView a2 = t.node("Nurse", teamA);
	private final NodeView a3 = t.node("Physiotherapist", teamA);
	private final NodeView subTeam = t.container("District nursing", teamA);
	private final NodeView a4 = t.node("District nurse", subTeam);
	private final NodeView a5 = t.node("Healthcare assistant", subTeam);
	private final NodeView teamB = t.container("Mental health", null);
	private final NodeView b1 = t.node("Psychiatrist", teamB);
	private final NodeView b2 = t.node("Psychologist", teamB);
	private final NodeView director = t.node("Director", null);
	private final NodeView archive = t.container("Archive", null);
	private final NodeView c1 = t.node("Retired post", archive);
	private final NodeView c2 = t.node("Frozen post", archive);

	private final EdgeView acrossTeams;
	private final EdgeView intoArchive;
	private final EdgeView insideArchive;

	DiagramLayoutTest() {
		t.edge(a1, a2);
		t.edge(a1, a3);
		t.edge(a1, a4);
		t.edge(a4, a5);
		acrossTeams = t.edge(a5, b1);
		t.edge(director, a1);
		t.edge(director, b2);
		intoArchive = t.edge(director, c1);
		archive.setCollapsed(true);
		TestDiagram.place(archive, 500, 400, 120, 40);
		TestDiagram.place(c1, 10, 30, 100, 30);
		TestDiagram.place(c2, 130, 30, 100, 30);
		insideArchive = t.edge(c1, c2);
		insideArchive.setBendpoints("610,445 640,445");
	}

	private LayoutResult arrangeAll() {
		LayoutResult result = new DiagramLayout(measurer).arrangeAll(t.diagram, t);
		result.apply();
		return result;
	}

	@Test
	void nodesDoNotOverlapAfterArrangeAll() {
		arrangeAll();
		List<NodeView> drawn = t.drawnNodes();
		for (NodeView a : drawn) {
			for (NodeView b : drawn) {
				if (a != b && !NotationTree.isWithin(a, b) && !NotationTree.isWithin(b, a)) {
					assertFalse(TestDiagram.absolute(a).overlaps(TestDiagram.absolute(b)),
							a.getElement() + " overlaps " + b.getElement());
				}
			}
		}
	}

	@Test
	void childrenLieInsideTheirContainerBelowItsHeader() {
		arrangeAll();
		NodeSizer sizer = new NodeSizer(measurer, t);
		for (NodeView container : List.of(teamA, subTeam, teamB)) {
			int header = sizer.containerFrame(container).headerHeight();
			assertTrue(header > 16, "the header holds the label");
			for (NodeView child : container.getChildren()) {
				String where = child.getElement() + " in " + container.getElement();
				assertTrue(child.getX() >= 0 && child.getX() + child.getWidth() <= container.getWidth(), where);
				assertTrue(child.getY() >= header && child.getY() + child.getHeight() <= container.getHeight(), where);
			}
		}
	}

	@Test
	void nodesFitTheirLabelsAndContainersTheirHeaders() {
		arrangeAll();
		int labelWidth = measurer.measure(a1.getElement(), false)[0];
		assertEquals(labelWidth + 2 * NodeSizer.LABEL_MARGIN_X, a1.getWidth());
		assertEquals(TestDiagram.MIN_WIDTH, a2.getWidth(), "short labels keep the minimum width");
		assertEquals(measurer.measure("Nurse", false)[1] + 2 * NodeSizer.LABEL_MARGIN_Y, a2.getHeight(),
				"the label is taller than the minimum height");
		int headerWidth = measurer.measure(teamA.getElement(), true)[0];
		assertTrue(teamA.getWidth() >= headerWidth + 2 * NodeSizer.CONTAINER_INSET, "the header label fits");
	}

	@Test
	void aContainerIsNeverNarrowerThanItsHeaderInEitherDirection() {
		for (FlowDirection direction : FlowDirection.values()) {
			TestDiagram wide = new TestDiagram();
			NodeView team = wide.container("A team whose name is far longer than anything inside it", null);
			NodeView post = wide.node("Post", team);
			new DiagramLayout(measurer, direction).arrangeAll(wide.diagram, wide).apply();
			NodeSizer.ContainerFrame frame = new NodeSizer(measurer, wide).containerFrame(team);
			assertEquals(frame.minWidth(), team.getWidth(), direction.toString());
			assertTrue(frame.minWidth() > 3 * post.getWidth(), "the label, not the child, sets the width");
			assertEquals(frame.topPadding() + post.getHeight() + NodeSizer.CONTAINER_INSET, team.getHeight(),
					direction + ": the child's height sets the height");
		}
	}

	@Test
	void anEdgeBetweenContainersRunsFromBorderToBorderInDiagramCoordinates() {
		arrangeAll();
		List<Point> route = BendPoints.parse(acrossTeams.getBendpoints());
		assertTrue(route.size() >= 2, acrossTeams.getBendpoints());
		assertTrue(TestDiagram.absolute(a5).distanceToBorder(route.get(0)) <= 1, "starts on the source: " + route);
		assertTrue(TestDiagram.absolute(b1).distanceToBorder(route.get(route.size() - 1)) <= 1, "ends on the target: " + route);
		for (EdgeView edge : t.diagram.getEdges()) {
			assertOrthogonal(edge);
		}
	}

	private static void assertOrthogonal(EdgeView edge) {
		List<Point> route = BendPoints.parse(edge.getBendpoints());
		for (int i = 1; i < route.size(); i++) {
			Point a = route.get(i - 1);
			Point b = route.get(i);
			assertTrue(a.x() == b.x() || a.y() == b.y(), "orthogonal: " + edge.getBendpoints());
		}
	}

	@Test
	void aCollapsedContainerIsAPlainNodeAndKeepsItsChildrenUntouched() {
		Box before = TestDiagram.absolute(archive);
		LayoutResult result = arrangeAll();
		assertNull(result.boundsOf(c1), "hidden children are not laid out");
		assertEquals(new NodeBounds(10, 30, 100, 30), new NodeBounds(c1.getX(), c1.getY(), c1.getWidth(), c1.getHeight()));
		assertEquals(new NodeBounds(130, 30, 100, 30), new NodeBounds(c2.getX(), c2.getY(), c2.getWidth(), c2.getHeight()));
		int[] plain = new NodeSizer(measurer, t).plainSize(archive);
		assertEquals(plain[0], archive.getWidth());
		assertEquals(plain[1], archive.getHeight());

		List<Point> route = BendPoints.parse(intoArchive.getBendpoints());
		assertTrue(TestDiagram.absolute(archive).distanceToBorder(route.get(route.size() - 1)) <= 1,
				"an edge to a hidden child ends on the collapsed container: " + route);
		Box after = TestDiagram.absolute(archive);
		int dx = after.x() - before.x();
		int dy = after.y() - before.y();
		assertEquals(BendPoints.translate("610,445 640,445", dx, dy), insideArchive.getBendpoints(),
				"a hidden edge moves with its collapsed container");
	}

	@Test
	void nothingChangesUntilTheResultIsAppliedThenEveryValueIsWritten() {
		String before = t.snapshot();
		LayoutResult result = new DiagramLayout(measurer).arrangeAll(t.diagram, t);
		assertEquals(before, t.snapshot());
		assertEquals(12, result.nodeBounds().size(), "every drawn node");
		result.apply();
		for (Map.Entry<NodeView, NodeBounds> entry : result.nodeBounds().entrySet()) {
			NodeView node = entry.getKey();
			assertEquals(entry.getValue(), new NodeBounds(node.getX(), node.getY(), node.getWidth(), node.getHeight()));
		}
		for (Map.Entry<EdgeView, String> entry : result.edgeBendpoints().entrySet()) {
			assertEquals(entry.getValue(), entry.getKey().getBendpoints());
		}
		assertNotNull(result.bendpointsOf(acrossTeams));
		assertNotEquals(before, t.snapshot());
	}

	@Test
	void topLevelNodesStartAtTheDiagramMargin() {
		arrangeAll();
		int left = Integer.MAX_VALUE;
		int top = Integer.MAX_VALUE;
		for (NodeView node : t.diagram.getNodes()) {
			left = Math.min(left, node.getX());
			top = Math.min(top, node.getY());
		}
		assertEquals((int) ElkLayered.DIAGRAM_MARGIN, left);
		assertEquals((int) ElkLayered.DIAGRAM_MARGIN, top);
	}

	@Test
	void theDirectionIsAParameter() {
		TestDiagram chain = new TestDiagram();
		NodeView p = chain.node("p", null);
		NodeView q = chain.node("q", null);
		chain.edge(p, q);
		new DiagramLayout(measurer).arrangeAll(chain.diagram, chain).apply();
		assertTrue(q.getY() > p.getY() + p.getHeight(), "down by default");
		new DiagramLayout(measurer, FlowDirection.RIGHT).arrangeAll(chain.diagram, chain).apply();
		assertTrue(q.getX() > p.getX() + p.getWidth(), "right when asked");
	}

	@Test
	void anEdgeFromAContainerToItsOwnChildIsRouted() {
		EdgeView toChild = t.edge(teamB, b2);
		arrangeAll();
		assertFalse(toChild.getBendpoints() == null || toChild.getBendpoints().isEmpty());
		assertOrthogonal(toChild);
	}
}
