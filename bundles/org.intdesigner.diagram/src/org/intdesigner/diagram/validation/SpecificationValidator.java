package org.intdesigner.diagram.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.intdesigner.diagram.expressions.Expressions;
import org.intdesigner.diagram.interpreter.DiagramInterpreter;
import org.intdesigner.diagram.spec.CreateEdgeTool;
import org.intdesigner.diagram.spec.CreateNodeTool;
import org.intdesigner.diagram.spec.DeleteTool;
import org.intdesigner.diagram.spec.DirectEditTool;
import org.intdesigner.diagram.spec.Named;
import org.intdesigner.diagram.spec.ReparentTool;
import org.intdesigner.diagram.spec.Tool;
import org.intdesigner.diagram.spec.Viewpoint;
import org.intdesigner.diagram.spec.DiagramSpecPackage.Literals;
import org.intdesigner.diagram.validation.SpecificationProblem.Severity;

/**
 * Checks a loaded viewpoint before any diagram is drawn from it, so an author learns of a broken
 * specification from the log at start-up, with the file, the mapping and what is wrong, instead of
 * from a diagram that silently misses nodes. Names, expressions and EMF's own rules (lower bounds,
 * unresolved references) are checked here; what each kind of element needs is in
 * {@link StructureChecks}.
 */
public final class SpecificationValidator {

	/** The attributes that hold JEXL expressions. */
	private static final Set<EAttribute> EXPRESSIONS = Set.of(Literals.DIAGRAM_DESCRIPTION__TITLE_EXPRESSION,
			Literals.MAPPING__SEMANTIC_CANDIDATES, Literals.MAPPING__PRECONDITION, Literals.MAPPING__LABEL_EXPRESSION,
			Literals.RELATION_EDGE_MAPPING__TARGET_EXPRESSION, Literals.ELEMENT_EDGE_MAPPING__SOURCE_EXPRESSION,
			Literals.ELEMENT_EDGE_MAPPING__TARGET_EXPRESSION, Literals.NODE_STYLE__ICON_EXPRESSION,
			Literals.CONDITIONAL_STYLE__PREDICATE, Literals.TOOL__PRECONDITION, Literals.SET_VALUE__VALUE_EXPRESSION,
			Literals.CHANGE_CONTEXT__EXPRESSION, Literals.FILTER__CONDITION, Literals.DECORATION__PRECONDITION,
			Literals.DECORATION__TOOLTIP_EXPRESSION);

	/** The expressions that see the diagram's root as {@code diagram} (see DiagramInterpreter). */
	private static final Set<EAttribute> DIAGRAM_VARIABLE = Set.of(Literals.MAPPING__SEMANTIC_CANDIDATES,
			Literals.MAPPING__PRECONDITION);

	private final Expressions expressions;
	private final EPackage.Registry packages;

	/** Checks expressions with {@code expressions} and domain classes against the global package registry. */
	public SpecificationValidator(Expressions expressions) {
		this(expressions, EPackage.Registry.INSTANCE);
	}

	public SpecificationValidator(Expressions expressions, EPackage.Registry packages) {
		this.expressions = expressions;
		this.packages = packages;
	}

	/** The problems of {@code viewpoint}, each naming {@code file}; empty when it is fine. */
	public List<SpecificationProblem> validate(Viewpoint viewpoint, String file) {
		ProblemCollector problems = new ProblemCollector(file);
		List<EObject> elements = new ArrayList<>();
		elements.add(viewpoint);
		viewpoint.eAllContents().forEachRemaining(elements::add);
		checkNames(elements, problems);
		StructureChecks structure = new StructureChecks(problems, packages);
		for (EObject element : elements) {
			structure.check(element);
			checkExpressions(element, problems);
		}
		foldInEmfDiagnostics(viewpoint, problems);
		return problems.problems();
	}

	/**
	 * Every named element has a name, and no two share one: {@code name} is the EMF id of the
	 * file, so references inside it resolve by name, and diagram notation refers to mappings by it.
	 */
	private static void checkNames(List<EObject> elements, ProblemCollector problems) {
		Map<String, Named> byName = new HashMap<>();
		for (EObject element : elements) {
			if (!(element instanceof Named named)) {
				continue;
			}
			String name = named.getName();
			if (name == null || name.isBlank()) {
				problems.error(element, Literals.NAMED__NAME,
						"has no name: references in the file and diagram notation find elements by name");
				continue;
			}
			Named first = byName.putIfAbsent(name, named);
			if (first != null) {
				problems.error(element, Literals.NAMED__NAME, "the name '" + name + "' is already used by the "
						+ first.eClass().getName() + " in " + SpecificationElements.label(first.eContainer())
						+ ": names must be unique in a file, they identify elements in references and diagram notation");
			}
		}
	}

	private void checkExpressions(EObject element, ProblemCollector problems) {
		for (EAttribute attribute : element.eClass().getEAllAttributes()) {
			if (!EXPRESSIONS.contains(attribute)) {
				continue;
			}
			String expression = (String) element.eGet(attribute);
			expressions.syntaxProblem(expression).ifPresentOrElse(
					problem -> problems.error(element, attribute,
							attribute.getName() + " '" + expression + "' does not parse: " + problem),
					() -> checkVariables(element, attribute, expression, problems));
		}
	}

	/**
	 * Only {@code self} is set when a mapping's expression runs, so any other variable fails on
	 * every element. Tools also set their own (see {@link #toolVariables(Tool)}); anything else in
	 * a tool is a warning, as it may be a local variable of a longer script.
	 */
	private void checkVariables(EObject element, EAttribute attribute, String expression, ProblemCollector problems) {
		Tool tool = toolOf(element);
		Set<String> known = tool != null ? toolVariables(tool) : DIAGRAM_VARIABLE.contains(attribute)
				? Set.of(DiagramInterpreter.DIAGRAM) : Set.of();
		for (String variable : expressions.variables(expression)) {
			if (Expressions.SELF.equals(variable) || known.contains(variable)) {
				continue;
			}
			String message = attribute.getName() + " '" + expression + "' reads '" + variable
					+ "', which is not defined: expressions see the element as 'self'"
					+ (known.isEmpty() ? "" : " and here also " + String.join(", ", new java.util.TreeSet<>(known)));
			if (tool != null) {
				problems.warning(element, attribute, message);
			} else {
				problems.error(element, attribute, message);
			}
		}
	}

	/** The variables a tool's expressions see besides {@code self} (as ToolCommands sets them). */
	static Set<String> toolVariables(Tool tool) {
		return switch (tool) {
		case CreateNodeTool t -> Set.of("container", "root");
		case CreateEdgeTool t -> Set.of("source", "target", "root");
		case DeleteTool t -> Set.of("element", "root");
		case DirectEditTool t -> Set.of("newLabel", "root");
		case ReparentTool t -> Set.of("element", "newContainer", "root");
		default -> Set.of("root");
		};
	}

	private static Tool toolOf(EObject element) {
		for (EObject e = element; e != null; e = e.eContainer()) {
			if (e instanceof Tool tool) {
				return tool;
			}
		}
		return null;
	}

	/**
	 * EMF's generic rules (lower bounds, references that do not resolve...), unless a specific
	 * check already reported the same element and feature; names are checked above.
	 */
	private static void foldInEmfDiagnostics(Viewpoint viewpoint, ProblemCollector problems) {
		Diagnostician diagnostician = new Diagnostician() {
			@Override
			public String getObjectLabel(EObject eObject) {
				return SpecificationElements.label(eObject);
			}
		};
		for (Diagnostic diagnostic : diagnostician.validate(viewpoint).getChildren()) {
			if (diagnostic.getSeverity() < Diagnostic.WARNING || EObjectValidator.DIAGNOSTIC_SOURCE
					.equals(diagnostic.getSource()) && diagnostic.getCode() == EObjectValidator.EOBJECT__UNIQUE_ID) {
				continue;
			}
			EObject element = diagnostic.getData().stream().filter(EObject.class::isInstance).map(EObject.class::cast)
					.findFirst().orElse(viewpoint);
			EStructuralFeature feature = diagnostic.getData().stream().filter(EStructuralFeature.class::isInstance)
					.map(EStructuralFeature.class::cast).findFirst().orElse(null);
			Severity severity = diagnostic.getSeverity() >= Diagnostic.ERROR ? Severity.ERROR : Severity.WARNING;
			problems.addUnlessReported(severity, element, feature, diagnostic.getMessage());
		}
	}
}
