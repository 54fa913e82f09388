package org.intdesigner.planning.ui.study;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.intdesigner.model.Element;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.WisnStudy;
import org.intdesigner.planning.StoreFigures;
import org.intdesigner.planning.StudyInputs;
import org.intdesigner.planning.wisn.InvalidStudyException;
import org.intdesigner.planning.wisn.Wisn;
import org.intdesigner.planning.wisn.WisnResult;

/**
 * The figures of a study as it is, or as it would be with one value still being typed: the study is copied (its
 * references still point into the model) and the value set on the copy, so the results follow the keyboard while
 * the model changes only when the edit is committed, as one undoable command.
 */
final class StudyPreview {

	/** The figures of each unit of the study, or the problems that keep it from being computed. */
	record Figures(List<Element> units, List<WisnResult> results, List<String> problems) {
	}

	private final IntdModel model;
	private StudyInputs inputs;

	StudyPreview(IntdModel model) {
		this.model = model;
	}

	/** Forget the index of who works where (the posts changed). */
	void modelChanged() {
		inputs = null;
	}

	Figures of(WisnStudy study) {
		return compute(study);
	}

	/** The figures with {@code value} (null: unset) in {@code attribute} of {@code owner}, a part of {@code study}. */
	Figures with(WisnStudy study, EObject owner, EAttribute attribute, Object value) {
		EcoreUtil.Copier copier = new EcoreUtil.Copier();
		WisnStudy copy = (WisnStudy) copier.copy(study);
		copier.copyReferences();
		EObject target = copier.get(owner);
		if (value == null) {
			target.eUnset(attribute);
		} else {
			target.eSet(attribute, value);
		}
		return compute(copy);
	}

	private Figures compute(WisnStudy study) {
		if (inputs == null) {
			inputs = new StudyInputs(model, StoreFigures.NONE);
		}
		List<String> problems = new ArrayList<>(StudyInputs.referenceProblems(study));
		List<Element> units = StudyInputs.unitsOf(study);
		List<WisnResult> results = new ArrayList<>();
		if (problems.isEmpty()) {
			try {
				for (Element unit : units) {
					results.add(Wisn.compute(inputs.of(study, unit, 0)));
				}
			} catch (InvalidStudyException e) {
				results.clear();
				problems.addAll(e.problems());
			}
		}
		if (problems.isEmpty() && units.isEmpty()) {
			problems.add("its unit has no neighbourhoods to apply the standard to");
		}
		return new Figures(units, results, problems);
	}
}
