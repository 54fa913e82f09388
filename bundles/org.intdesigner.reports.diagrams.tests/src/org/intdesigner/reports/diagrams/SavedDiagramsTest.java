package org.intdesigner.reports.diagrams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.intdesigner.diagram.layout.ApproximateTextMeasurer;
import org.intdesigner.diagram.layout.DiagramLayout;
import org.intdesigner.diagram.layout.SpecLayoutHints;
import org.intdesigner.diagram.notation.Diagram;
import org.intdesigner.diagram.notation.DiagramSet;
import org.intdesigner.diagram.registry.ContributedDiagram;
import org.intdesigner.diagram.registry.SpecificationRegistry;
import org.intdesigner.diagram.store.NewDiagrams;
import org.intdesigner.diagram.store.NotationFiles;
import org.intdesigner.diagram.sync.LiveDiagram;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Team;
import org.intdesigner.model.io.ModelFiles;
import org.intdesigner.model.samples.ExamplePlace;
import org.intdesigner.reports.engine.SectionContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A diagram the user saved beside the model is drawn from its notation, where the user put things;
 * a damaged diagram file is said and the diagrams are laid out afresh.
 */
class SavedDiagramsTest {

	@TempDir
	Path folder;

	private final SpecificationRegistry registry = SpecificationRegistry.getDefault();
	private final ContributedDiagram chart = registry.find("IntLineManagement/LineManagementChart").orElseThrow();

	@Test
	void aSavedDiagramIsDrawnWhereTheUserPutItsBoxes() throws IOException {
		IntdModel model = ExamplePlace.create();
		Path file = folder.resolve("riverside.intd");
		ModelFiles.saveNew(model, file);
		Team team = model.getTeams().get(0);
		Diagram notation = NewDiagrams.create(chart.description(), team, "Saved chart");
		LiveDiagram live = new LiveDiagram(chart.description(), notation, team, registry.getExpressions());
		live.refresh();
		new DiagramLayout(new ApproximateTextMeasurer()).arrangeAll(notation, new SpecLayoutHints(live)).apply();
		notation.getNodes().get(0).setX(3000); // far to the right, where no fresh layout puts it
		Path diagrams = NotationFiles.notationFileFor(file);
		Resource resource = NotationFiles.load(new ResourceSetImpl(), diagrams);
		((DiagramSet) resource.getContents().get(0)).getDiagrams().add(notation);
		NotationFiles.save(resource, diagrams);

		ScopeDiagrams.Outcome outcome = new ScopeDiagrams(SavedDiagrams.beside(file), registry.getExpressions()).draw(chart, team, "chart");
		ScopeDiagrams.Drawn drawn = (ScopeDiagrams.Drawn) outcome;
		assertTrue(drawn.saved(), "drawn from the saved notation");
		assertTrue(drawn.figure().width() > 3000, "with the box where the user put it: " + drawn.figure().width());

		SectionContent content = DiagramsSectionTest.write(DiagramsSectionTest.context(model, team.getId(), file));
		assertTrue(content.blocks().stream().anyMatch(b -> b instanceof org.intdesigner.reports.engine.Block.Paragraph p
				&& p.text().startsWith("As saved in the workbench")), "the section says which diagram is as saved");
	}

	@Test
	void aDamagedDiagramFileIsSaidAndTheDiagramsLaidOutAfresh() throws IOException {
		IntdModel model = ExamplePlace.create();
		Path file = folder.resolve("riverside.intd");
		ModelFiles.saveNew(model, file);
		Files.writeString(NotationFiles.notationFileFor(file), "<not a diagram file");
		Team team = model.getTeams().get(0);

		SectionContent content = DiagramsSectionTest.write(DiagramsSectionTest.context(model, team.getId(), file));
		assertTrue(content.missing().get(0).startsWith("The saved diagrams could not be read, so these are laid out afresh:"),
				content.missing().toString());
		assertTrue(content.missing().get(0).contains("riverside.intdiagrams"), content.missing().get(0));
		assertEquals(4, DiagramsSectionTest.figures(content).size() + content.missing().size() - 1, "each type drawn or said");
		assertTrue(!DiagramsSectionTest.figures(content).isEmpty());
	}
}
