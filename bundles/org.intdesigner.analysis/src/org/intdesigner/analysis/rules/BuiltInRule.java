package org.intdesigner.analysis.rules;

import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.intdesigner.analysis.api.Category;
import org.intdesigner.analysis.api.Parameter;
import org.intdesigner.analysis.api.Rule;
import org.intdesigner.analysis.api.Severity;

/**
 * What every built-in rule declares the same way (id, category, severity, title, rationale, the
 * classes it checks and its parameters), so each rule class holds only its check and its fixes.
 */
public abstract class BuiltInRule implements Rule {

	private final String id;
	private final Category category;
	private final Severity severity;
	private final String title;
	private final String rationale;
	private final Set<EClass> appliesTo;
	private final List<Parameter> parameters;

	protected BuiltInRule(String id, Category category, Severity severity, String title, String rationale,
			EClass appliesTo, Parameter... parameters) {
		this.id = id;
		this.category = category;
		this.severity = severity;
		this.title = title;
		this.rationale = rationale;
		this.appliesTo = Set.of(appliesTo);
		this.parameters = List.of(parameters);
	}

	@Override
	public final String id() {
		return id;
	}

	@Override
	public final Category category() {
		return category;
	}

	@Override
	public final Severity defaultSeverity() {
		return severity;
	}

	@Override
	public final String title() {
		return title;
	}

	@Override
	public final String rationale() {
		return rationale;
	}

	@Override
	public final Set<EClass> appliesTo() {
		return appliesTo;
	}

	@Override
	public final List<Parameter> parameters() {
		return parameters;
	}

	@Override
	public String toString() {
		return id + " " + title;
	}
}
