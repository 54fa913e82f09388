package org.intdesigner.analysis.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.intdesigner.analysis.api.Category;
import org.intdesigner.analysis.api.Rule;
import org.intdesigner.analysis.api.Severity;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.IntdPackage;

/**
 * Validates a model with the enabled rules. It runs as EMF's Diagnostician does, with an
 * {@link EValidator} for the INT package that first applies the metamodel's own constraints
 * (reported as rule {@value #METAMODEL_RULE}) and then every rule that applies to the element's
 * class, so the metamodel's constraints and the rules report the same way.
 */
public final class Validator {

	/** The id under which the metamodel's own constraints (EMF's EObjectValidator) are reported. */
	public static final String METAMODEL_RULE = "EMF-001";

	private final List<Rule> rules;
	private final RuleSettings settings;

	public Validator(List<Rule> rules, RuleSettings settings) {
		this.rules = rules.stream().filter(settings::isEnabled).toList();
		this.settings = settings;
	}

	public ValidationReport validate(IntdModel model) {
		long start = System.nanoTime();
		ValidationRun run = new ValidationRun(model, settings);
		EValidator.Registry registry = new EValidatorRegistryImpl();
		registry.put(IntdPackage.eINSTANCE, new RulesValidator(run, rules));
		Diagnostician diagnostician = new Diagnostician(registry);
		BasicDiagnostic diagnostics = diagnostician.createDefaultDiagnostic(model);
		diagnostician.validate(model, diagnostics, diagnostician.createDefaultContext());
		for (Diagnostic diagnostic : diagnostics.getChildren()) {
			if (diagnostic.getSeverity() >= Diagnostic.WARNING) {
				EObject element = diagnostic.getData().isEmpty() || !(diagnostic.getData().get(0) instanceof EObject e) ? null : e;
				run.add(run.finding(METAMODEL_RULE, diagnostic.getSeverity() == Diagnostic.ERROR ? Severity.ERROR : Severity.WARNING,
						Category.DATA_QUALITY, diagnostic.getMessage(), element, List.of()));
			}
		}
		return new ValidationReport(List.copyOf(run.findings()), rules.stream().map(Rule::id).toList(),
				Map.copyOf(run.nanos()), List.copyOf(run.failed()), System.nanoTime() - start);
	}

	/** EMF's own checks, then the rules for the element's class (looked up once per class). */
	private static final class RulesValidator extends EObjectValidator {

		private final ValidationRun run;
		private final List<Rule> rules;
		private final Map<EClass, List<Rule>> byClass = new HashMap<>();

		RulesValidator(ValidationRun run, List<Rule> rules) {
			this.run = run;
			this.rules = rules;
		}

		@Override
		public boolean validate(EClass eClass, EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
			boolean valid = super.validate(eClass, eObject, diagnostics, context);
			for (Rule rule : byClass.computeIfAbsent(eObject.eClass(), this::rulesFor)) {
				run.check(rule, eObject);
			}
			return valid;
		}

		private List<Rule> rulesFor(EClass eClass) {
			List<Rule> applicable = new ArrayList<>();
			for (Rule rule : rules) {
				if (rule.appliesTo().stream().anyMatch(c -> c == eClass || c.isSuperTypeOf(eClass))) {
					applicable.add(rule);
				}
			}
			return applicable;
		}

		@Override
		public boolean validate(EDataType eDataType, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
			return super.validate(eDataType, value, diagnostics, context);
		}
	}
}
