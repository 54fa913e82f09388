package org.intdesigner.analysis.rules;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.intdesigner.analysis.api.AbstractRule;
import org.intdesigner.analysis.api.Category;
import org.intdesigner.analysis.api.FindingSink;
import org.intdesigner.analysis.api.FindingWords;
import org.intdesigner.analysis.api.RuleContext;
import org.intdesigner.analysis.api.Severity;
import org.intdesigner.model.Course;
import org.intdesigner.model.IntdPackage;

/**
 * SKL-003: a course of the catalogue that a training needs analysis cannot use: it names no capability, or its hours
 * or cost are negative. One finding per course naming everything that is wrong with it. (Its level always has a value:
 * a proficiency level defaults to awareness, so a missing level can only be caught where it is typed, in CSV import.)
 */
public final class IncompleteCourseRule extends AbstractRule {

	public IncompleteCourseRule() {
		super("SKL-003", Category.DATA_QUALITY, Severity.ERROR, "Course without a capability, or with negative hours or"
				+ " cost",
				"A course closes a skills gap only when the catalogue says which capability it teaches and to what level;"
						+ " a training plan adds up its hours and cost per learner, so neither can be negative. Choose the"
						+ " capability and level in the Properties view and give the hours and cost (0 for a free course).",
				IntdPackage.Literals.COURSE);
	}

	@Override
	public void check(EObject element, RuleContext context, FindingSink sink) {
		Course course = (Course) element;
		List<String> wrong = new ArrayList<>();
		if (course.getCapability() == null) {
			wrong.add("names no capability");
		}
		if (course.getHours() < 0) {
			wrong.add("takes " + FindingWords.fte(course.getHours()) + " hours");
		}
		if (course.getCost() < 0) {
			wrong.add("costs -£" + FindingWords.fte(-course.getCost()));
		}
		if (!wrong.isEmpty()) {
			sink.report(course, "Course " + FindingWords.quoted(course) + " " + FindingWords.list(wrong) + ".");
		}
	}
}
