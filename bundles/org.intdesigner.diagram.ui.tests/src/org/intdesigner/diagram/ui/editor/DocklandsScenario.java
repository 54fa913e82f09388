package org.intdesigner.diagram.ui.editor;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.intdesigner.model.Allocation;
import org.intdesigner.model.Element;
import org.intdesigner.model.IntdFactory;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Post;
import org.intdesigner.model.Team;
import org.intdesigner.model.compare.Scenarios;
import org.intdesigner.model.io.ModelFiles;
import org.intdesigner.model.io.ModelIds;
import org.intdesigner.model.samples.ExamplePlace;

/**
 * The example place saved as a baseline, and a scenario of it with Docklands reorganised: its frailty
 * MDT renamed the frailty and falls MDT, the first contact physiotherapist moved into it from the core
 * team, a falls prevention practitioner added there, and its reablement support worker's post removed: the
 * changes are all in one MDT, so one view of the diagram shows every kind of mark.
 */
final class DocklandsScenario {

	static final String RENAMED = "Docklands frailty and falls MDT";
	static final String ADDED = "Falls prevention practitioner";
	/** The code of the post removed: the reablement support worker's, of the frailty MDT. */
	static final String REMOVED = "docklands-rsw";

	private DocklandsScenario() {
	}

	/** Saves the example as {@code baselineFile} and returns the edited scenario, to be saved as {@code scenarioFile}. */
	/** The scenario the product ships (Docklands' four MDTs become two), its baseline saved at {@code baselineFile}. */
	static IntdModel shipped(Path baselineFile, Path scenarioFile) throws IOException {
		IntdModel baseline = ExamplePlace.create();
		ModelFiles.saveNew(baseline, baselineFile);
		return org.intdesigner.model.samples.ExampleScenario.of(baseline, baselineFile, scenarioFile);
	}

	static IntdModel docklandsReorganised(Path baselineFile, Path scenarioFile) throws IOException {
		IntdModel baseline = ExamplePlace.create();
		ModelFiles.saveNew(baseline, baselineFile);
		IntdModel scenario = Scenarios.newScenario(baseline, "Riverside: Docklands reorganised", baselineFile, scenarioFile);
		Team frailty = (Team) named(scenario, "Docklands frailty MDT");
		frailty.setName(RENAMED);
		Post physio = (Post) coded(scenario, "docklands-fcp");
		physio.getAllocations().get(0).setTeam(frailty);
		Post communityPhysio = (Post) coded(scenario, "docklands-cphys");
		Post falls = IntdFactory.eINSTANCE.createPost();
		falls.setName(ADDED);
		falls.setCode("docklands-falls");
		falls.setRole(communityPhysio.getRole());
		falls.setEmployer(communityPhysio.getEmployer());
		falls.setLineManager(communityPhysio.getLineManager());
		falls.setFte(1.0);
		Allocation allocation = IntdFactory.eINSTANCE.createAllocation();
		allocation.setTeam(frailty);
		allocation.setFte(1.0);
		falls.getAllocations().add(allocation);
		scenario.getPosts().add(falls);
		ModelIds.assignMissing(falls);
		EcoreUtil.delete(coded(scenario, REMOVED), true);
		return scenario;
	}

	/** How the team structure labelled the removed post in the baseline. */
	static String removedLabel() {
		Post removed = (Post) coded(ExamplePlace.create(), REMOVED);
		return removed.getName() + (removed.isVacant() ? " (vacant)" : "");
	}

	static EObject named(IntdModel model, String name) {
		for (var it = model.eAllContents(); it.hasNext();) {
			if (it.next() instanceof Element element && name.equals(element.getName())) {
				return element;
			}
		}
		throw new AssertionError("no element named " + name + " in the example");
	}

	static EObject coded(IntdModel model, String code) {
		for (var it = model.eAllContents(); it.hasNext();) {
			if (it.next() instanceof Element element && code.equals(element.getCode())) {
				return element;
			}
		}
		throw new AssertionError("no element with code " + code + " in the example");
	}
}
