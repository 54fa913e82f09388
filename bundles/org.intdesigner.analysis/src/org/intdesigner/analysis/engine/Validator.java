package org.intdesigner.analysis.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Set;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.intdesigner.analysis.api.Category;
import org.intdesigner.analysis.api.Finding;
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
		addMetamodelFindings(run, diagnostics);
		return new ValidationReport(List.copyOf(run.findings()), rules.stream().map(Rule::id).toList(),
				Map.copyOf(run.nanos()), List.copyOf(run.failed()), System.nanoTime() - start);
	}

	/**
	 * Validates again after an edit: rules that look only near an element ({@link Rule#isLocal()}) run
	 * on what changed and its neighbours (what it refers to, what refers to it, its containers); the
	 * others run on the whole model. Findings of the previous report that still hold are kept.
	 */
	public ValidationReport revalidate(IntdModel model, ValidationReport previous, Collection<? extends EObject> changed) {
		long start = System.nanoTime();
		Set<EObject> near = Neighbourhood.of(model, changed);
		ValidationRun run = new ValidationRun(model, settings, true);
		List<Rule> local = rules.stream().filter(Rule::isLocal).toList();
		List<Rule> global = rules.stream().filter(r -> !r.isLocal()).toList();
		Set<String> localIds = local.stream().map(Rule::id).collect(java.util.stream.Collectors.toSet());
		EValidator.Registry registry = new EValidatorRegistryImpl();
		RulesValidator validator = new RulesValidator(run, local);
		registry.put(IntdPackage.eINSTANCE, validator);
		Diagnostician diagnostician = new Diagnostician(registry) {
			@Override
			protected boolean doValidateContents(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
				return true; // only the elements near the change, not their contents
			}
		};
		Map<Object, Object> context = diagnostician.createDefaultContext();
		BasicDiagnostic diagnostics = diagnostician.createDefaultDiagnostic(model);
		for (EObject element : near) {
			diagnostician.validate(element, diagnostics, context);
		}
		addMetamodelFindings(run, diagnostics);
		if (!global.isEmpty()) {
			Set<EClass> classes = new java.util.HashSet<>();
			global.forEach(rule -> classes.addAll(rule.appliesTo()));
			new ContentWalk(classes).visit(model, element -> {
				for (Rule rule : validator.applicable(element.eClass(), global)) {
					run.check(rule, element);
				}
			});
		}
		// what the edit took out of the model (with what it held): its findings go
		Set<EObject> gone = new java.util.HashSet<>();
		for (EObject element : changed) {
			if (element != null && element != model && !isIn(model, element)) {
				gone.add(element);
				element.eAllContents().forEachRemaining(gone::add);
			}
		}
		Set<String> globalIds = global.stream().map(Rule::id).collect(java.util.stream.Collectors.toSet());
		globalIds.removeAll(previous.failedRules());
		List<Finding> kept = new ArrayList<>(previous.findings().size());
		for (Finding finding : previous.findings()) {
			String ruleId = finding.ruleId();
			boolean rerun = globalIds.contains(ruleId);
			boolean stale = !rerun && finding.element() != null && (localIds.contains(ruleId) || METAMODEL_RULE.equals(ruleId))
					&& (near.contains(finding.element()) || gone.contains(finding.element()));
			if (!stale && !rerun) {
				kept.add(finding);
			}
		}
		kept.addAll(run.findings());
		return new ValidationReport(List.copyOf(kept), rules.stream().map(Rule::id).toList(), Map.copyOf(run.nanos()),
				List.copyOf(run.failed()), System.nanoTime() - start);
	}

	private static boolean isIn(IntdModel model, EObject element) {
		return org.eclipse.emf.ecore.util.EcoreUtil.isAncestor(model, element);
	}

	private static void addMetamodelFindings(ValidationRun run, BasicDiagnostic diagnostics) {
		for (Diagnostic diagnostic : diagnostics.getChildren()) {
			if (diagnostic.getSeverity() >= Diagnostic.WARNING) {
				EObject element = diagnostic.getData().isEmpty() || !(diagnostic.getData().get(0) instanceof EObject e) ? null : e;
				run.add(run.finding(METAMODEL_RULE, diagnostic.getSeverity() == Diagnostic.ERROR ? Severity.ERROR : Severity.WARNING,
						Category.DATA_QUALITY, diagnostic.getMessage(), element, List.of()));
			}
		}
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
			for (Rule rule : applicable(eObject.eClass(), rules)) {
				run.check(rule, eObject);
			}
			return valid;
		}

		private final Map<EClass, List<Rule>> byClassOther = new HashMap<>();

		/** The rules of {@code among} that apply to {@code eClass} (cached for the full rule list). */
		List<Rule> applicable(EClass eClass, List<Rule> among) {
			if (among == rules) {
				return byClass.computeIfAbsent(eClass, c -> rulesFor(c, among));
			}
			return byClassOther.computeIfAbsent(eClass, c -> rulesFor(c, among));
		}

		private static List<Rule> rulesFor(EClass eClass, List<Rule> among) {
			List<Rule> applicable = new ArrayList<>();
			for (Rule rule : among) {
				if (rule.appliesTo().stream().anyMatch(c -> c == eClass || c.isSuperTypeOf(eClass))) {
					applicable.add(rule);
				}
			}
			return applicable;
		}
	}
}
