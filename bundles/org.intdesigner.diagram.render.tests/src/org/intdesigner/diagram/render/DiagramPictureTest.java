package org.intdesigner.diagram.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Paths;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.ECrossReferenceAdapter;
import org.intdesigner.diagram.layout.DiagramLayout;
import org.intdesigner.diagram.layout.SpecLayoutHints;
import org.intdesigner.diagram.notation.NodeView;
import org.intdesigner.diagram.registry.SpecificationRegistry;
import org.intdesigner.diagram.spec.DiagramDescription;
import org.intdesigner.diagram.store.NewDiagrams;
import org.intdesigner.diagram.sync.LiveDiagram;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Team;
import org.intdesigner.model.io.ModelFiles;
import org.intdesigner.model.samples.ExamplePlace;
import org.jfree.svg.SVGGraphics2D;
import org.junit.jupiter.api.Test;

/**
 * A diagram drawn with no display at all: the example place's team structure laid out with text
 * measured in a logical Java font and drawn on JFreeSVG shows every team and post and its key, as
 * the SVG export and the reports use it.
 */
class DiagramPictureTest {

	private final Graphics2DGraphics measure = new Graphics2DGraphics(new SVGGraphics2D(10, 10), Graphics2DGraphics.LOGICAL_FONT);

	private LiveDiagram teamStructure(IntdModel model) {
		Resource resource = ModelFiles.createResource(ModelFiles.newResourceSet(), Paths.get("place.intd"));
		resource.getContents().add(model);
		resource.getResourceSet().eAdapters().add(new ECrossReferenceAdapter());
		SpecificationRegistry registry = SpecificationRegistry.getDefault();
		DiagramDescription description = registry.find("IntStructure/TeamStructure").orElseThrow().description();
		LiveDiagram diagram = new LiveDiagram(description, NewDiagrams.create(description, model, "Riverside"), model,
				registry.getExpressions());
		diagram.refresh();
		new DiagramLayout(measure.measurer()).arrangeAll(diagram.getNotation(), new SpecLayoutHints(diagram)).apply();
		return diagram;
	}

	@Test
	void drawsEveryTeamAndItsKeyAsSvgWithoutADisplay() {
		IntdModel model = ExamplePlace.create();
		LiveDiagram diagram = teamStructure(model);
		DiagramPicture picture = new DiagramPicture(diagram);
		String svg = picture.svg(Graphics2DGraphics.LOGICAL_FONT);

		for (Team team : model.getTeams()) {
			assertTrue(svg.contains(team.getName()), "the SVG shows the team " + team.getName());
		}
		assertTrue(svg.contains("Core team"), "the key names the kinds of team");
		Box drawing = new DiagramGeometry(diagram).extent().expand(DiagramPicture.MARGIN);
		Box extent = picture.extent(measure);
		assertTrue(extent.width() > drawing.width(), "the key sits to the right of the drawing: " + extent + " vs " + drawing);
	}

	@Test
	void labelsAreNotCutWhenLaidOutAndDrawnInTheSameFont() {
		LiveDiagram diagram = teamStructure(ExamplePlace.create());
		DiagramGeometry geometry = new DiagramGeometry(diagram);
		DrawnLabels labels = new DrawnLabels(diagram, geometry, measure.measurer());
		int cut = 0;
		for (NodeView node : geometry.paintOrder()) {
			cut += labels.name(node).cut() ? 1 : 0;
		}
		assertEquals(0, cut, "names cut off");
	}

	@Test
	void measuresTextInItsFontAndDrawsOnAnImageToo() {
		int[] wide = measure.textExtent("WWWWWW", false);
		int[] narrow = measure.textExtent("iiiiii", false);
		assertTrue(wide[0] > narrow[0], "a proportional font: " + wide[0] + " vs " + narrow[0]);
		assertTrue(measure.textExtent("Ag", true)[1] >= 12, "a 12-point line");
		assertEquals(2 * measure.textExtent("Ag", false)[1], measure.measurer().measure("one\ntwo", false)[1], "two lines");

		BufferedImage image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
		java.awt.Graphics2D g = image.createGraphics();
		Graphics2DGraphics graphics = new Graphics2DGraphics(g, Graphics2DGraphics.LOGICAL_FONT);
		graphics.setBackground(0x005eb8);
		graphics.fillRectangle(0, 0, 40, 20, 0);
		g.dispose();
		assertEquals(0x005eb8, image.getRGB(20, 10) & 0xffffff);
	}
}
