package org.intdesigner.diagram.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.graphics.Rectangle;
import org.intdesigner.diagram.notation.Diagram;
import org.intdesigner.diagram.notation.NodeView;
import org.intdesigner.diagram.store.NewDiagrams;
import org.intdesigner.diagram.ui.session.DiagramEditorInput;
import org.intdesigner.diagram.ui.session.DiagramSession;
import org.intdesigner.model.Allocation;
import org.intdesigner.model.IntdFactory;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.IntdPackage;
import org.intdesigner.model.Post;
import org.intdesigner.model.Team;
import org.intdesigner.model.io.ModelFiles;
import org.intdesigner.model.io.ModelIds;
import org.intdesigner.testsupport.ui.UiDriver;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Not a test: the diagram editor at scale, in the real workbench. 1,000 posts in 50 teams (30 top
 * level, 15 inside them, 5 inside those), each post with a random line manager and a random
 * supervisor: 2,000 edges with the supervision layer on. Measures the first open with full layout
 * against ELK Layered alone on the same graph, re-opening with stored notation, a full repaint,
 * the update after one model change, scrolling and zooming. Writes target/benchmarks/diagram.md.
 * Run by ./intd bench-diagram; excluded from the test suite by its tag. The sizes and rounds can be
 * made smaller with the system properties intd.bench.posts, intd.bench.teams (at least 5) and
 * intd.bench.runs (every median then of that many runs; {@code ./intd bench-diagram --quick}).
 */
@Tag("benchmark")
class DiagramScaleBenchmark {

	private static final int TEAMS = Integer.getInteger("intd.bench.teams", 50);
	private static final int POSTS = Integer.getInteger("intd.bench.posts", 1_000);
	/** Teams below this index are top level, those below {@link #MIDDLE} inside them, the rest inside those. */
	private static final int TOP = TEAMS * 3 / 5;
	private static final int MIDDLE = TEAMS * 9 / 10;
	private static final Integer RUNS = Integer.getInteger("intd.bench.runs");
	/** First opens of a new diagram. */
	private static final int OPENS = RUNS != null ? RUNS : 5;
	/** Re-opens with stored notation. */
	private static final int REOPENS = RUNS != null ? RUNS : 3;
	/** Repaints, scrolls, zooms and model changes. */
	private static final int ROUNDS = RUNS != null ? RUNS : 5;

	private final UiDriver driver = UiDriver.forWorkbench();

	@TempDir
	Path temp;

	@Test
	void diagramAtScale() throws IOException {
		Path file = temp.resolve("scale.intd");
		IntdModel model = model();
		ModelFiles.saveNew(model, file);
		// a first diagram warms the JIT for interpretation, layout and painting, as a session that has drawn one has;
		// then new diagrams are opened and ELK alone is timed on each one's graph, in turn, so both see the same machine
		String warmUp = driver.ui().call(() -> newDiagram(file));
		DiagramEditor first = open(file, warmUp);
		driver.ui().run(() -> driver.page().closeEditor(first, false));
		long[] opens = new long[OPENS];
		long[] elkInOpen = new long[OPENS];
		long[] elk = new long[OPENS];
		String id = null;
		DiagramEditor editor = null;
		for (int i = 0; i < opens.length; i++) {
			if (editor != null) {
				DiagramEditor previous = editor;
				driver.ui().run(() -> driver.page().closeEditor(previous, false));
			}
			id = driver.ui().call(() -> newDiagram(file));
			System.gc();
			long start = System.nanoTime();
			editor = open(file, id);
			opens[i] = System.nanoTime() - start;
			DiagramEditor opened = editor;
			elkInOpen[i] = driver.ui().call(opened::getFirstLayoutElkNanos);
			System.gc();
			elk[i] = driver.ui().call(() -> new DiagramArranger(opened).timeElkAlone());
		}
		long firstOpen = median(opens);
		long elkAlone = median(elk);
		DiagramEditor last = editor;
		int nodes = driver.ui().call(() -> last.getCanvas().getGeometry().paintOrder().size());
		int edges = driver.ui().call(() -> last.getCanvas().getGeometry().edges().size());
		assertEquals(TEAMS + POSTS, nodes);
		String diagramId = id;
		long[] arranged = driver.ui().call(() -> {
			long t = System.nanoTime();
			long inElk = new DiagramArranger(last).arrangeAll(true);
			last.getCanvas().paintOffscreen();
			return new long[] { System.nanoTime() - t, inElk };
		});

		driver.ui().run(() -> last.doSave(null));
		driver.ui().run(() -> driver.page().closeAllEditors(false));
		long[] reopen = new long[REOPENS];
		for (int i = 0; i < reopen.length; i++) {
			long t = System.nanoTime();
			DiagramEditor again = open(file, diagramId);
			reopen[i] = System.nanoTime() - t;
			if (i < reopen.length - 1) {
				driver.ui().run(() -> driver.page().closeEditor(again, false));
			}
		}
		DiagramEditor open = driver.ui().call(() -> (DiagramEditor) driver.page().getActiveEditor());

		long paintFit = paint(open, true);
		long paint100 = paint(open, false);
		long[] scroll = new long[ROUNDS];
		long[] zoom = new long[ROUNDS];
		for (int i = 0; i < ROUNDS; i++) {
			int step = i;
			scroll[i] = driver.ui().call(() -> {
				long t = System.nanoTime();
				open.getCanvas().scrollBy(0, 200 + step);
				return System.nanoTime() - t + open.getCanvas().paintOffscreen();
			});
			zoom[i] = driver.ui().call(() -> {
				long t = System.nanoTime();
				open.getCanvas().setZoom(open.getCanvas().getZoom() * (step % 2 == 0 ? 1.25 : 0.8));
				return System.nanoTime() - t + open.getCanvas().paintOffscreen();
			});
		}

		long[] change = new long[ROUNDS];
		for (int i = 0; i < ROUNDS; i++) {
			int round = i;
			change[i] = driver.ui().call(() -> {
				Post post = ((IntdModel) open.getDiagram().getRoot()).getPosts().get(round * 7);
				NodeView view = open.getDiagram().viewsOf(post).get(0);
				int x = view.getX();
				long t = System.nanoTime();
				open.getEditingDomain().getCommandStack().execute(SetCommand.create(open.getEditingDomain(), post,
						IntdPackage.Literals.ELEMENT__NAME, "Renamed post " + round));
				long time = System.nanoTime() - t + open.getCanvas().paintOffscreen();
				assertEquals(x, view.getX(), "no relayout");
				return time;
			});
		}
		String canvasSize = driver.ui().call(() -> size(open));
		driver.ui().run(() -> driver.page().closeAllEditors(false));

		String report = String.format(Locale.ROOT, """
				%d nodes (%d teams nested up to 3 deep, %d posts), %d edges drawn; canvas %s; times in ms.

				| What | Measured | Goal |
				|---|---|---|
				| First open of a new diagram with full layout (interpret, sync, ELK, first paint; median of %d after a warm-up) | %d | |
				| ELK Layered's own run inside those opens (median) | %d | |
				| Ratio first open / ELK inside it (median of the %d ratios) | %.2f | at most 1.2 |
				| ELK Layered alone on the same graphs, run again after each open (median of %d) | %d | about 3,000 on a 2-core machine |
				| Arrange All as a command (ELK, apply, repaint) / ELK inside it | %d / %d | |
				| Re-open with stored notation (median of %d) | %d | under 1,000 |
				| Repaint, whole diagram in view (median of %d) | %.1f | under 30 |
				| Repaint at 100%% (median of %d) | %.1f | under 30 |
				| Scroll and repaint (median of %d) | %.1f | no visible lag |
				| Zoom and repaint (median of %d) | %.1f | no visible lag |
				| Update after one model change, no relayout, with its repaint (median of %d) | %.1f | under 100 |
				""", nodes, TEAMS, POSTS, edges, canvasSize, OPENS, firstOpen / 1_000_000,
				median(elkInOpen) / 1_000_000, OPENS, ratios(opens, elkInOpen), OPENS, elkAlone / 1_000_000,
				arranged[0] / 1_000_000, arranged[1] / 1_000_000, REOPENS, median(reopen) / 1_000_000,
				ROUNDS, paintFit / 1e6, ROUNDS, paint100 / 1e6, ROUNDS, median(scroll) / 1e6, ROUNDS, median(zoom) / 1e6,
				ROUNDS, median(change) / 1e6);
		System.out.println(report);
		Path folder = Paths.get("target", "benchmarks");
		Files.createDirectories(folder);
		Files.writeString(folder.resolve("diagram.md"), report);
	}

	private String size(DiagramEditor editor) {
		Rectangle area = editor.getCanvas().getClientArea();
		return area.width + "x" + area.height + " px";
	}

	/** Median time of the canvas's own paint, with everything in view or at 100%. */
	private long paint(DiagramEditor editor, boolean fit) {
		long[] times = new long[ROUNDS];
		driver.ui().run(() -> {
			if (fit) {
				editor.getCanvas().zoomToFit();
			} else {
				editor.getCanvas().setZoom(1);
			}
			editor.getCanvas().redraw();
			editor.getCanvas().update();
		});
		for (int i = 0; i < ROUNDS; i++) {
			times[i] = driver.ui().call(() -> editor.getCanvas().paintOffscreen());
		}
		return median(times);
	}

	private String newDiagram(Path file) {
		try {
			DiagramSession session = DiagramSession.open(file);
			try {
				Diagram diagram = NewDiagrams.create(DiagramDescriptions.find(DiagramFixture.STRUCTURE),
						session.getSemantic().getRoot(), "Scale");
				diagram.getActiveLayers().add("supervision");
				session.getDiagramSet().getDiagrams().add(diagram);
				org.intdesigner.diagram.store.NotationFiles.save(session.getNotationResource(), session.getNotationFile());
				return diagram.getId();
			} finally {
				session.release();
			}
		} catch (IOException e) {
			throw new AssertionError(e);
		}
	}

	private DiagramEditor open(Path file, String id) {
		return driver.ui().call(() -> {
			try {
				DiagramEditor editor = (DiagramEditor) driver.page().openEditor(new DiagramEditorInput(file, id, "Scale"), DiagramEditor.ID);
				editor.getCanvas().update();
				return editor;
			} catch (org.eclipse.ui.PartInitException e) {
				throw new AssertionError(e);
			}
		});
	}

	private static IntdModel model() {
		Random random = new Random(42);
		IntdFactory f = IntdFactory.eINSTANCE;
		IntdModel model = f.createIntdModel();
		model.setName("Scale");
		List<Team> teams = new ArrayList<>();
		for (int i = 0; i < TEAMS; i++) {
			Team team = f.createTeam();
			team.setName("Team " + i);
			if (i < TOP) {
				model.getTeams().add(team);
			} else if (i < MIDDLE) {
				teams.get(random.nextInt(TOP)).getSubTeams().add(team);
			} else {
				teams.get(TOP + random.nextInt(MIDDLE - TOP)).getSubTeams().add(team);
			}
			teams.add(team);
		}
		for (int i = 0; i < POSTS; i++) {
			Post post = f.createPost();
			post.setName("Post " + i);
			post.setHolder("Holder " + i);
			Allocation allocation = f.createAllocation();
			allocation.setTeam(teams.get(random.nextInt(TEAMS)));
			allocation.setFte(1.0);
			post.getAllocations().add(allocation);
			model.getPosts().add(post);
		}
		for (int i = 0; i < POSTS; i++) {
			Post post = model.getPosts().get(i);
			post.setLineManager(model.getPosts().get((i + 1 + random.nextInt(POSTS - 1)) % POSTS));
			post.setSupervisor(model.getPosts().get((i + 1 + random.nextInt(POSTS - 1)) % POSTS));
		}
		ModelIds.assignMissing(model);
		return model;
	}

	private static double ratios(long[] totals, long[] parts) {
		double[] ratios = new double[totals.length];
		for (int i = 0; i < totals.length; i++) {
			ratios[i] = (double) totals[i] / parts[i];
		}
		Arrays.sort(ratios);
		return ratios[ratios.length / 2];
	}

	private static long median(long[] values) {
		long[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}
}
