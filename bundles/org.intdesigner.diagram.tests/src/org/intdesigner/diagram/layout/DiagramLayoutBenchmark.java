package org.intdesigner.diagram.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.intdesigner.diagram.notation.NodeView;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Not a test: how much arrange all adds to ELK Layered itself. A synthetic organisation of 1,000
 * posts in 50 teams (some nested two and three deep) with 2,000 random edges (fixed seed) is laid
 * out (a) by ELK alone, on an equivalent ELK graph built directly with the same sizes and options,
 * timing only the layout, and (b) by {@link DiagramLayout#arrangeAll} plus {@link LayoutResult#apply()}
 * on the notation, timing everything. Median of 3 after a warm-up; the goal is a ratio of at most
 * 1.2. Prints the figures and writes them to target/benchmarks/layout.txt. Excluded from the
 * normal test run by its tag. The sizes and rounds can be made smaller with the system properties
 * intd.bench.posts, intd.bench.teams (at least 5) and intd.bench.runs ({@code ./intd bench-diagram --quick}).
 */
@Tag("benchmark")
class DiagramLayoutBenchmark {

	private static final long SEED = 42L;
	private static final int TEAMS = Integer.getInteger("intd.bench.teams", 50);
	private static final int POSTS = Integer.getInteger("intd.bench.posts", 1_000);
	private static final int EDGES = 2 * POSTS;
	private static final int ROUNDS = Integer.getInteger("intd.bench.runs", 3);
	/** Teams below this index are top level, those below {@link #MIDDLE} inside them, the rest inside those. */
	private static final int TOP = TEAMS * 3 / 5;
	private static final int MIDDLE = TEAMS * 9 / 10;

	/** The organisation as plain numbers, so both sides build the same graph. */
	private record Organisation(int[] teamParent, int[] postTeam, int[][] edges) {
	}

	private final TextMeasurer measurer = new ApproximateTextMeasurer();

	@Test
	void arrangeAllAgainstElkAlone() throws IOException {
		Organisation organisation = generate();
		layOutWithElkAlone(organisation);
		arrangeAll(organisation);
		long[] elk = new long[ROUNDS];
		long[] arrange = new long[ROUNDS];
		for (int round = 0; round < ROUNDS; round++) {
			elk[round] = layOutWithElkAlone(organisation);
			arrange[round] = arrangeAll(organisation);
		}
		long elkMs = median(elk) / 1_000_000;
		long arrangeMs = median(arrange) / 1_000_000;
		System.out.printf("Layout benchmark: %d posts in %d teams (nested up to 3 deep), %d edges, median of %d after a warm-up%n",
				POSTS, TEAMS, EDGES, ROUNDS);
		String figures = String.format("ELK alone: %d ms; arrangeAll: %d ms; ratio %.2f", elkMs, arrangeMs, (double) arrangeMs / elkMs);
		System.out.println(figures);
		Path folder = Paths.get("target", "benchmarks");
		Files.createDirectories(folder);
		Files.writeString(folder.resolve("layout.txt"), figures + "\n");
	}

	/** 30 top-level teams, 15 inside them, 5 inside those (of 50); posts and edges spread at random. */
	private static Organisation generate() {
		Random random = new Random(SEED);
		int[] teamParent = new int[TEAMS];
		for (int team = 0; team < TEAMS; team++) {
			teamParent[team] = team < TOP ? -1 : team < MIDDLE ? random.nextInt(TOP) : TOP + random.nextInt(MIDDLE - TOP);
		}
		int[] postTeam = new int[POSTS];
		for (int post = 0; post < POSTS; post++) {
			postTeam[post] = random.nextInt(TEAMS);
		}
		int[][] edges = new int[EDGES][];
		for (int edge = 0; edge < EDGES; edge++) {
			int source = random.nextInt(POSTS);
			int target = random.nextInt(POSTS - 1);
			edges[edge] = new int[] { source, target >= source ? target + 1 : target };
		}
		return new Organisation(teamParent, postTeam, edges);
	}

	private static TestDiagram notation(Organisation organisation) {
		TestDiagram diagram = new TestDiagram();
		NodeView[] teams = new NodeView[TEAMS];
		for (int team = 0; team < TEAMS; team++) {
			int parent = organisation.teamParent()[team];
			teams[team] = diagram.container("Team " + team, parent < 0 ? null : teams[parent]);
		}
		NodeView[] posts = new NodeView[POSTS];
		for (int post = 0; post < POSTS; post++) {
			posts[post] = diagram.node("Post " + post, teams[organisation.postTeam()[post]]);
		}
		for (int[] edge : organisation.edges()) {
			diagram.edge(posts[edge[0]], posts[edge[1]]);
		}
		return diagram;
	}

	/** Nanoseconds DiagramLayout takes to arrange and apply a fresh notation of the organisation. */
	private long arrangeAll(Organisation organisation) {
		TestDiagram diagram = notation(organisation);
		System.gc();
		long start = System.nanoTime();
		LayoutResult result = new DiagramLayout(measurer).arrangeAll(diagram.diagram, diagram);
		result.apply();
		long time = System.nanoTime() - start;
		assertEquals(POSTS + TEAMS, result.nodeBounds().size());
		return time;
	}

	/** Nanoseconds ELK takes on the same graph built directly, with the sizes DiagramLayout would give. */
	private long layOutWithElkAlone(Organisation organisation) {
		TestDiagram diagram = notation(organisation);
		NodeSizer sizer = new NodeSizer(measurer, diagram);
		List<NodeView> teamViews = new ArrayList<>();
		List<NodeView> postViews = new ArrayList<>();
		diagram.diagram.eAllContents().forEachRemaining(object -> {
			if (object instanceof NodeView node) {
				(diagram.isContainer(node) ? teamViews : postViews).add(node);
			}
		});
		ElkNode root = ElkLayered.createGraph(FlowDirection.DOWN);
		ElkNode[] teams = new ElkNode[TEAMS];
		for (int team = 0; team < TEAMS; team++) {
			int parent = organisation.teamParent()[team];
			teams[team] = ElkGraphUtil.createNode(parent < 0 ? root : teams[parent]);
			NodeSizer.ContainerFrame frame = sizer.containerFrame(teamViews.get(team));
			ElkLayered.configureContainer(teams[team], FlowDirection.DOWN, frame.topPadding(), NodeSizer.CONTAINER_INSET,
					frame.minWidth(), frame.minHeight());
		}
		ElkNode[] posts = new ElkNode[POSTS];
		for (int post = 0; post < POSTS; post++) {
			posts[post] = ElkGraphUtil.createNode(teams[organisation.postTeam()[post]]);
			int[] size = sizer.plainSize(postViews.get(post));
			posts[post].setDimensions(size[0], size[1]);
		}
		for (int[] edge : organisation.edges()) {
			ElkGraphUtil.createSimpleEdge(posts[edge[0]], posts[edge[1]]);
		}
		System.gc();
		long start = System.nanoTime();
		ElkLayered.layout(root);
		return System.nanoTime() - start;
	}

	private static long median(long[] values) {
		long[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}
}
