package org.intdesigner.diagram.ui.editor;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PartInitException;
import org.intdesigner.diagram.notation.Diagram;
import org.intdesigner.diagram.notation.NodeView;
import org.intdesigner.diagram.store.NewDiagrams;
import org.intdesigner.diagram.render.Box;
import org.intdesigner.diagram.ui.session.DiagramSession;
import org.intdesigner.diagram.ui.session.DiagramsMenu;
import org.intdesigner.model.Allocation;
import org.intdesigner.model.IntdFactory;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Post;
import org.intdesigner.model.Team;
import org.intdesigner.model.io.ModelFiles;
import org.intdesigner.model.io.ModelIds;
import org.intdesigner.testsupport.ui.Condition;
import org.intdesigner.testsupport.ui.UiDriver;
import org.intdesigner.ui.editor.ModelEditor;
import org.intdesigner.ui.files.PathEditorInput;

/** Models, diagrams and editors for the diagram editor's UI tests, and where things are on screen. */
final class DiagramFixture {

	static final String STRUCTURE = "IntStructure/TeamStructure";

	private final UiDriver driver;

	DiagramFixture(UiDriver driver) {
		this.driver = driver;
	}

	/** A small INT: Core (with the MDT inside) and Hub; posts allocated to them; the nurse is vacant and managed by the lead. */
	static IntdModel smallModel() {
		IntdFactory f = IntdFactory.eINSTANCE;
		IntdModel model = f.createIntdModel();
		model.setName("Small INT");
		Team core = team(model, null, "Core team");
		Team mdt = team(model, core, "Frailty MDT");
		Team hub = team(model, null, "Care hub");
		Post lead = post(model, "Team lead", "A. Lead", core);
		core.setLead(lead);
		Post nurse = post(model, "District nurse", null, core);
		nurse.setLineManager(lead);
		post(model, "Social worker", "S. Worker", mdt);
		post(model, "Coordinator", "C. Ord", hub);
		ModelIds.assignMissing(model);
		return model;
	}

	private static Team team(IntdModel model, Team parent, String name) {
		Team team = IntdFactory.eINSTANCE.createTeam();
		team.setName(name);
		(parent == null ? model.getTeams() : parent.getSubTeams()).add(team);
		return team;
	}

	private static Post post(IntdModel model, String name, String holder, Team team) {
		Post post = IntdFactory.eINSTANCE.createPost();
		post.setName(name);
		post.setHolder(holder);
		post.setFte(1.0);
		Allocation allocation = IntdFactory.eINSTANCE.createAllocation();
		allocation.setTeam(team);
		allocation.setFte(1.0);
		post.getAllocations().add(allocation);
		model.getPosts().add(post);
		return post;
	}

	ModelEditor openModel(Path file, IntdModel model) throws IOException {
		ModelFiles.saveNew(model, file);
		return (ModelEditor) driver.ui().call(() -> {
			try {
				return driver.page().openEditor(new PathEditorInput(file), ModelEditor.ID);
			} catch (PartInitException e) {
				throw new AssertionError(e);
			}
		});
	}

	/** Adds a team-structure diagram of the model's root to the model's diagrams and opens it. */
	DiagramEditor newDiagram(Path file, String name) {
		return driver.ui().call(() -> {
			try {
				DiagramSession session = DiagramSession.open(file);
				try {
					var root = session.getSemantic().getRoot();
					Diagram diagram = NewDiagrams.create(DiagramDescriptions.find(STRUCTURE), root, name);
					session.getDiagramSet().getDiagrams().add(diagram);
					DiagramsMenu.open(file, diagram.getId(), name);
				} finally {
					session.release();
				}
			} catch (IOException e) {
				throw new AssertionError(e);
			}
			return (DiagramEditor) driver.page().getActiveEditor();
		});
	}

	/** Adds a diagram of {@code type} of the element named {@code of} (the whole model when null) and opens it. */
	DiagramEditor newDiagramOf(Path file, String type, String of) {
		return driver.ui().call(() -> {
			try {
				DiagramSession session = DiagramSession.open(file);
				try {
					org.eclipse.emf.ecore.EObject root = session.getSemantic().getRoot();
					if (of != null) {
						for (var it = root.eAllContents(); it.hasNext();) {
							var element = it.next();
							var name = element.eClass().getEStructuralFeature("name");
							if (name != null && of.equals(element.eGet(name))) {
								root = element;
								break;
							}
						}
					}
					Diagram diagram = NewDiagrams.create(DiagramDescriptions.find(type), root, of == null
							? type.substring(type.indexOf('/') + 1) : DiagramDescriptions.label(DiagramDescriptions.find(type)) + " of " + of);
					session.getDiagramSet().getDiagrams().add(diagram);
					DiagramsMenu.open(file, diagram.getId(), diagram.getName());
				} finally {
					session.release();
				}
			} catch (IOException e) {
				throw new AssertionError(e);
			}
			return (DiagramEditor) driver.page().getActiveEditor();
		});
	}

	/** The centre of a view on the canvas, scrolled into view first. */
	Point centreOf(DiagramEditor editor, NodeView view) {
		return driver.ui().call(() -> {
			DiagramCanvas canvas = editor.getCanvas();
			Box box = canvas.getGeometry().box(view);
			canvas.reveal(box);
			return canvas.toScreen(box.centerX(), box.centerY());
		});
	}

	/** A point just inside the view's top-left corner (in a container: its header, not a child). */
	Point headerOf(DiagramEditor editor, NodeView view) {
		return driver.ui().call(() -> {
			DiagramCanvas canvas = editor.getCanvas();
			Box box = canvas.getGeometry().box(view);
			canvas.reveal(box);
			return canvas.toScreen(box.x() + 8, box.y() + 6);
		});
	}

	NodeView viewOf(DiagramEditor editor, Object element) {
		return driver.ui().call(() -> editor.getDiagram().viewsOf((org.eclipse.emf.ecore.EObject) element).get(0));
	}

	void waitForEditor(Class<? extends IEditorPart> type) {
		driver.waitUntil(Condition.of("an active " + type.getSimpleName(),
				() -> driver.ui().call(() -> type.isInstance(driver.page().getActiveEditor()))));
	}
}
