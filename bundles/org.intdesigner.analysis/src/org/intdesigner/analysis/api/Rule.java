package org.intdesigner.analysis.api;

import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

/**
 * One check of an INT design. Its id ("ACC-001") is public and never reused: suppressions,
 * preferences, reports and SARIF files refer to it. A rule is called once for every element of the
 * classes it applies to (subclasses included) and reports through the sink; whatever it needs to
 * know about the rest of the model it asks the context, which works such things out once per run.
 * Rules keep no state of their own between calls.
 */
public interface Rule {

	String id();

	Category category();

	Severity defaultSeverity();

	/** One line: what is wrong ("Accountability item has no Accountable party"). */
	String title();

	/** Why it matters and what to do, for the rule's description in the UI. */
	String rationale();

	default List<Parameter> parameters() {
		return List.of();
	}

	/** The classes whose elements this rule checks. */
	Set<EClass> appliesTo();

	/**
	 * Does a finding of this rule on an element depend only on that element and what it refers to
	 * directly (true, the default), or on the model further away (a chain of managers, a cycle)? After
	 * an edit, local rules are run again only near what changed; the others on the whole model.
	 */
	default boolean isLocal() {
		return true;
	}

	void check(EObject element, RuleContext context, FindingSink sink);

	/** Changes that would resolve {@code finding}; none by default. */
	default List<QuickFix> fixes(Finding finding) {
		return List.of();
	}
}
