package org.intdesigner.diagram.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.intdesigner.diagram.notation.EdgeView;
import org.intdesigner.diagram.notation.NodeView;
import org.junit.jupiter.api.Test;

/** Containers whose specification asks for a grid, and labels too long for one line. */
class GridLayoutTest {

	private final TextMeasurer measurer = new ApproximateTextMeasurer();
	private final TestDiagram t = new TestDiagram();

	private List<NodeView> team(String name, int posts) {
		NodeView team = t.container(name, null);
		t.grids.add(team);
		List<NodeView> members = new ArrayList<>();
		for (int i = 0; i < posts; i++) {
			members.add(t.node(name + " post " + (i + 1), team));
		}
		return members;
	}

	private void arrangeAll() {
		new DiagramLayout(measurer).arrangeAll(t.diagram, t).apply();
	}

	@Test
	void twentyPostsOfATeamGoInRowsOfEqualCellsInsideTheTeam() {
		List<NodeView> posts = team("Frailty MDT", 20);
		NodeView team = (NodeView) posts.get(0).eContainer();
		arrangeAll();
		Set<Integer> columns = new HashSet<>();
		Set<Integer> rows = new HashSet<>();
		int header = new NodeSizer(measurer, t).containerFrame(team).headerHeight();
		for (NodeView post : posts) {
			columns.add(post.getX());
			rows.add(post.getY());
			assertEquals(posts.get(0).getWidth(), post.getWidth(), "equal cells");
			assertEquals(posts.get(0).getHeight(), post.getHeight(), "equal cells");
			assertTrue(post.getX() >= 0 && post.getX() + post.getWidth() <= team.getWidth(), "inside the team");
			assertTrue(post.getY() >= header && post.getY() + post.getHeight() <= team.getHeight(), "below the header");
			for (NodeView other : posts) {
				if (other != post) {
					assertFalse(TestDiagram.absolute(post).overlaps(TestDiagram.absolute(other)), post.getElement() + " overlaps");
				}
			}
		}
		assertTrue(columns.size() >= 3 && rows.size() >= 3, columns.size() + " columns, " + rows.size() + " rows");
		assertTrue(team.getWidth() > team.getHeight(), "wider than high, as a screen is");
		assertTrue(team.getWidth() < 3 * team.getHeight(), "but not a long strip: " + team.getWidth() + "x" + team.getHeight());
	}

	@Test
	void edgesToPostsInAGridRunAlongItsChannelsAroundTheOtherPostsAndTeamsAreStillLaidOutByTheirEdges() {
		List<NodeView> core = team("Core team", 6);
		List<NodeView> mdt = team("MDT", 6);
		EdgeView within = t.edge(core.get(0), core.get(4));
		EdgeView across = t.edge(core.get(0), mdt.get(5));
		within.setBendpoints("1,1 2,2");
		arrangeAll();
		assertRoutedAround(List.of(within, across), core, mdt);
		NodeView coreTeam = (NodeView) core.get(0).eContainer();
		NodeView mdtTeam = (NodeView) mdt.get(0).eContainer();
		assertTrue(mdtTeam.getY() >= coreTeam.getY() + coreTeam.getHeight(), "the edge still puts the MDT below the core team");
	}

	@Test
	void whenEdgesFlowRightTheyEnterAndLeaveGridsByTheirSides() {
		List<NodeView> core = team("Core team", 9);
		List<NodeView> mdt = team("MDT", 9);
		EdgeView within = t.edge(core.get(8), core.get(0));
		EdgeView across = t.edge(core.get(4), mdt.get(4));
		new DiagramLayout(measurer, FlowDirection.RIGHT).arrangeAll(t.diagram, t).apply();
		assertRoutedAround(List.of(within, across), core, mdt);
		NodeView coreTeam = (NodeView) core.get(0).eContainer();
		NodeView mdtTeam = (NodeView) mdt.get(0).eContainer();
		assertTrue(mdtTeam.getX() >= coreTeam.getX() + coreTeam.getWidth(), "the edge puts the MDT right of the core team");
	}

	/** Each edge starts at its source post, ends at its target post and runs through no other post. */
	private void assertRoutedAround(List<EdgeView> edges, List<NodeView> core, List<NodeView> mdt) {
		for (EdgeView edge : edges) {
			List<BendPoints.Point> route = BendPoints.parse(edge.getBendpoints());
			assertTrue(route.size() >= 2, "routed: " + edge.getBendpoints());
			assertTrue(touches(TestDiagram.absolute(edge.getSource()), route.get(0)), "starts at its post: " + edge.getBendpoints());
			assertTrue(touches(TestDiagram.absolute(edge.getTarget()), route.get(route.size() - 1)), "ends at its post: " + edge.getBendpoints());
			for (NodeView post : concat(core, mdt)) {
				if (post != edge.getSource() && post != edge.getTarget()) {
					for (int i = 0; i + 1 < route.size(); i++) {
						assertFalse(crosses(TestDiagram.absolute(post), route.get(i), route.get(i + 1)),
								edge.getBendpoints() + " runs through " + post.getElement());
					}
				}
			}
		}
	}

	private static List<NodeView> concat(List<NodeView> a, List<NodeView> b) {
		List<NodeView> all = new ArrayList<>(a);
		all.addAll(b);
		return all;
	}

	/** True if the point lies on the box's border. */
	private static boolean touches(TestDiagram.Box box, BendPoints.Point p) {
		boolean inX = p.x() >= box.x() && p.x() <= box.x() + box.width();
		boolean inY = p.y() >= box.y() && p.y() <= box.y() + box.height();
		return inX && (p.y() == box.y() || p.y() == box.y() + box.height()) || inY && (p.x() == box.x() || p.x() == box.x() + box.width());
	}

	/** True if the orthogonal segment runs through the inside of the box. */
	private static boolean crosses(TestDiagram.Box box, BendPoints.Point a, BendPoints.Point b) {
		int left = Math.min(a.x(), b.x());
		int right = Math.max(a.x(), b.x());
		int top = Math.min(a.y(), b.y());
		int bottom = Math.max(a.y(), b.y());
		return left < box.x() + box.width() && right > box.x() && top < box.y() + box.height() && bottom > box.y();
	}

	@Test
	void besideASubTeamTheOtherPostsOfATeamGoInAGridOfTheirOwn() {
		List<NodeView> posts = team("Core team", 12);
		NodeView core = (NodeView) posts.get(0).eContainer();
		NodeView sub = t.container("Sub-team", core);
		NodeView nurse = t.node("Nurse", sub);
		t.edge(posts.get(0), nurse);
		arrangeAll();
		assertFalse(new NodeSizer(measurer, t).packsChildren(core), "not all of the team is one grid");
		Set<Integer> columns = new HashSet<>();
		Set<Integer> rows = new HashSet<>();
		for (NodeView post : posts) {
			columns.add(post.getX());
			rows.add(post.getY());
			assertTrue(post.getX() >= 0 && post.getX() + post.getWidth() <= core.getWidth(), "inside the team");
			assertTrue(post.getY() >= 0 && post.getY() + post.getHeight() <= core.getHeight(), "inside the team");
			assertFalse(TestDiagram.absolute(post).overlaps(TestDiagram.absolute(sub)), post.getElement() + " overlaps the sub-team");
		}
		assertTrue(columns.size() >= 2 && rows.size() >= 2, columns.size() + " columns, " + rows.size() + " rows");
		assertTrue(sub.getX() >= 0 && sub.getX() + sub.getWidth() <= core.getWidth(), "the sub-team inside the team");
	}

	@Test
	void aLongLabelIsWrappedOntoMoreLinesNotOneWideNode() {
		NodeView post = t.node("Population health analyst 1, North Thames Integrated Care Board and partners", null);
		NodeView shortPost = t.node("Nurse", null);
		arrangeAll();
		assertTrue(post.getWidth() <= NodeSizer.MAX_LABEL_WIDTH + 2 * NodeSizer.LABEL_MARGIN_X, post.getWidth() + " wide");
		assertTrue(post.getHeight() > shortPost.getHeight(), "taller for its lines");
		int line = measurer.measure("Ag", false)[1];
		assertTrue(post.getHeight() >= 2 * line + 2 * NodeSizer.LABEL_MARGIN_Y, "at least two lines");
	}
}
