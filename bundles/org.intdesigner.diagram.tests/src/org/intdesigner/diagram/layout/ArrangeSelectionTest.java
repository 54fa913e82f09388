package org.intdesigner.diagram.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.intdesigner.diagram.notation.EdgeView;
import org.intdesigner.diagram.notation.NodeView;
import org.junit.jupiter.api.Test;

/** Arrange selection: a team's posts scattered by hand, then three of them arranged again. */
class ArrangeSelectionTest {

	private final TextMeasurer measurer = new ApproximateTextMeasurer();
	private final TestDiagram t = new TestDiagram();

	private final NodeView team = t.container("Community services", null);
	private final NodeView head = t.node("Head of service", team);
	private final NodeView nurse = t.node("Nurse", team);
	private final NodeView therapist = t.node("Therapist", team);
	private final NodeView assistant = t.node("Assistant", team);
	private final NodeView director = t.node("Director", null);

	private final EdgeView headToNurse = t.edge(head, nurse);
	private final EdgeView nurseToTherapist = t.edge(nurse, therapist);
	private final EdgeView headToAssistant = t.edge(head, assistant);
	private final EdgeView directorToHead = t.edge(director, head);
	private final EdgeView directorToAssistant = t.edge(director, assistant);

	ArrangeSelectionTest() {
		TestDiagram.place(team, 40, 60, 900, 700);
		TestDiagram.place(head, 300, 420, 100, 30);
		TestDiagram.place(nurse, 210, 500, 100, 30);
		TestDiagram.place(therapist, 620, 150, 100, 30);
		TestDiagram.place(assistant, 20, 40, 100, 30);
		TestDiagram.place(director, 400, 0, 100, 30);
		for (EdgeView edge : t.diagram.getEdges()) {
			edge.setBendpoints("1,2 3,2");
		}
	}

	@Test
	void onlyTheSelectedNodesMoveAndTheGroupKeepsItsTopLeftCorner() {
		Map<NodeView, NodeBounds> others = new HashMap<>();
		for (NodeView node : List.of(team, assistant, director)) {
			others.put(node, new NodeBounds(node.getX(), node.getY(), node.getWidth(), node.getHeight()));
		}
		LayoutResult result = new DiagramLayout(measurer).arrangeSelection(t.diagram, List.of(therapist, nurse, head), t);
		assertEquals(Set.of(head, nurse, therapist), result.nodeBounds().keySet());
		result.apply();

		assertEquals(210, Math.min(head.getX(), Math.min(nurse.getX(), therapist.getX())), "left edge kept");
		assertEquals(150, Math.min(head.getY(), Math.min(nurse.getY(), therapist.getY())), "top edge kept");
		others.forEach((node, bounds) -> assertEquals(bounds,
				new NodeBounds(node.getX(), node.getY(), node.getWidth(), node.getHeight()), node.getElement() + " stays"));
		assertTrue(head.getY() < nurse.getY() && nurse.getY() < therapist.getY(), "arranged as a chain, downwards");
		for (NodeView a : List.of(head, nurse, therapist)) {
			for (NodeView b : List.of(head, nurse, therapist)) {
				assertTrue(a == b || !TestDiagram.absolute(a).overlaps(TestDiagram.absolute(b)));
			}
		}
	}

	@Test
	void edgesAmongTheSelectionAreRoutedEdgesLeavingItAreCleared() {
		LayoutResult result = new DiagramLayout(measurer).arrangeSelection(t.diagram, List.of(head, nurse, therapist), t);
		result.apply();
		for (EdgeView inside : List.of(headToNurse, nurseToTherapist)) {
			List<BendPoints.Point> route = BendPoints.parse(inside.getBendpoints());
			assertTrue(route.size() >= 2);
			assertTrue(TestDiagram.absolute(inside.getSource()).distanceToBorder(route.get(0)) <= 1,
					"routes are in diagram coordinates: " + route);
		}
		assertEquals("", headToAssistant.getBendpoints());
		assertEquals("", directorToHead.getBendpoints());
		assertNull(result.bendpointsOf(directorToAssistant), "an edge not touching the selection is left alone");
		assertEquals("1,2 3,2", directorToAssistant.getBendpoints());
	}

	@Test
	void aNodeInsideASelectedContainerIsArrangedWithIt() {
		LayoutResult result = new DiagramLayout(measurer).arrangeSelection(t.diagram, List.of(nurse, team), t);
		assertEquals(Set.of(team, head, nurse, therapist, assistant), result.nodeBounds().keySet());
		assertEquals(40, result.boundsOf(team).x());
		assertEquals(60, result.boundsOf(team).y());
		assertFalse(result.edgeBendpoints().get(headToAssistant).isEmpty(), "routed inside the container");
		assertEquals("", result.bendpointsOf(directorToHead));
	}
}
