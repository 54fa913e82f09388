package org.intdesigner.diagram.validation;

import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.intdesigner.diagram.interpreter.DomainClasses;
import org.intdesigner.diagram.spec.AbstractNodeMapping;
import org.intdesigner.diagram.spec.ChangeContext;
import org.intdesigner.diagram.spec.ConditionalStyle;
import org.intdesigner.diagram.spec.CreateEdgeTool;
import org.intdesigner.diagram.spec.CreateInstance;
import org.intdesigner.diagram.spec.CreateNodeTool;
import org.intdesigner.diagram.spec.Decoration;
import org.intdesigner.diagram.spec.DeleteTool;
import org.intdesigner.diagram.spec.DiagramDescription;
import org.intdesigner.diagram.spec.DirectEditTool;
import org.intdesigner.diagram.spec.EdgeMapping;
import org.intdesigner.diagram.spec.EdgeStyle;
import org.intdesigner.diagram.spec.ElementEdgeMapping;
import org.intdesigner.diagram.spec.Filter;
import org.intdesigner.diagram.spec.Mapping;
import org.intdesigner.diagram.spec.NodeStyle;
import org.intdesigner.diagram.spec.RelationEdgeMapping;
import org.intdesigner.diagram.spec.ReparentTool;
import org.intdesigner.diagram.spec.SetValue;
import org.intdesigner.diagram.spec.DiagramSpecPackage.Literals;

/**
 * What each kind of specification element needs before the interpreter can use it: an edge its
 * ends, a tool its mapping, an operation its type or feature. Missing pieces are errors; a domain
 * class no registered package has is only a warning, because the package may come from a bundle
 * that is not installed and the diagram is then simply never offered.
 */
final class StructureChecks {

	private final ProblemCollector problems;
	private final EPackage.Registry packages;

	StructureChecks(ProblemCollector problems, EPackage.Registry packages) {
		this.problems = problems;
		this.packages = packages;
	}

	void check(EObject element) {
		switch (element) {
		case DiagramDescription description -> {
			required(description, Literals.DIAGRAM_DESCRIPTION__DOMAIN_CLASS,
					"has no domain class: the class of the element a diagram is drawn for (e.g. IntdModel)");
			knownClass(description, Literals.DIAGRAM_DESCRIPTION__DOMAIN_CLASS);
		}
		case EdgeMapping edge -> checkEdge(edge);
		case Mapping mapping -> knownClass(mapping, Literals.MAPPING__DOMAIN_CLASS);
		case ConditionalStyle conditional -> checkConditionalStyle(conditional);
		case CreateNodeTool tool -> {
			if (tool.getMapping() == null) {
				problems.error(tool, Literals.CREATE_NODE_TOOL__MAPPING, "does not say which node mapping it creates");
			}
		}
		case CreateEdgeTool tool -> {
			if (tool.getMapping() == null) {
				problems.error(tool, Literals.CREATE_EDGE_TOOL__MAPPING, "does not say which edge mapping it creates");
			}
		}
		case DeleteTool tool -> appliesToSomething(tool, Literals.DELETE_TOOL__MAPPINGS);
		case DirectEditTool tool -> appliesToSomething(tool, Literals.DIRECT_EDIT_TOOL__MAPPINGS);
		case ReparentTool tool -> appliesToSomething(tool, Literals.REPARENT_TOOL__MAPPINGS);
		case Filter filter -> appliesToSomething(filter, Literals.FILTER__MAPPINGS);
		case Decoration decoration -> appliesToSomething(decoration, Literals.DECORATION__MAPPINGS);
		case CreateInstance create -> {
			required(create, Literals.CREATE_INSTANCE__TYPE_NAME, "has no type name: the class of the element to create");
			knownClass(create, Literals.CREATE_INSTANCE__TYPE_NAME);
			required(create, Literals.CREATE_INSTANCE__REFERENCE_NAME,
					"has no reference name: the list of the context element the new element goes into");
		}
		case SetValue set -> required(set, Literals.SET_VALUE__FEATURE_NAME, "has no feature name: the feature to set");
		case ChangeContext change -> required(change, Literals.CHANGE_CONTEXT__EXPRESSION,
				"has no expression: the element its sub-operations work on");
		default -> {
			// layers, styles and viewpoints need nothing beyond a name and EMF's rules
		}
		}
	}

	private void checkEdge(EdgeMapping edge) {
		knownClass(edge, Literals.MAPPING__DOMAIN_CLASS);
		if (edge.getSourceMappings().isEmpty()) {
			problems.error(edge, Literals.EDGE_MAPPING__SOURCE_MAPPINGS,
					"has no source mapping: the node mappings its edges start from");
		}
		if (edge.getTargetMappings().isEmpty()) {
			problems.error(edge, Literals.EDGE_MAPPING__TARGET_MAPPINGS,
					"has no target mapping: the node mappings its edges end at");
		}
		if (edge instanceof RelationEdgeMapping relation) {
			required(relation, Literals.RELATION_EDGE_MAPPING__TARGET_EXPRESSION,
					"has no target expression: the elements each source's edges go to (e.g. self.lineManager)");
		} else if (edge instanceof ElementEdgeMapping element) {
			required(element, Literals.ELEMENT_EDGE_MAPPING__SOURCE_EXPRESSION,
					"has no source expression: where each edge element starts (e.g. self.source)");
			required(element, Literals.ELEMENT_EDGE_MAPPING__TARGET_EXPRESSION,
					"has no target expression: where each edge element ends (e.g. self.target)");
		}
	}

	/** A conditional style needs a predicate and a style of the kind its mapping draws. */
	private void checkConditionalStyle(ConditionalStyle conditional) {
		required(conditional, Literals.CONDITIONAL_STYLE__PREDICATE,
				"has no predicate: the condition under which its style replaces the mapping's");
		if (conditional.getStyle() == null) {
			problems.error(conditional, Literals.CONDITIONAL_STYLE__STYLE, "has no style");
		} else if (conditional.eContainer() instanceof AbstractNodeMapping && !(conditional.getStyle() instanceof NodeStyle)
				|| conditional.eContainer() instanceof EdgeMapping && !(conditional.getStyle() instanceof EdgeStyle)) {
			String needed = conditional.eContainer() instanceof EdgeMapping ? "an EdgeStyle" : "a NodeStyle";
			problems.error(conditional, Literals.CONDITIONAL_STYLE__STYLE, "its style does not fit "
					+ SpecificationElements.label(conditional.eContainer()) + ", which needs " + needed);
		}
	}

	private void appliesToSomething(EObject element, EReference mappings) {
		if (((List<?>) element.eGet(mappings)).isEmpty()) {
			problems.error(element, mappings, "applies to no mapping");
		}
	}

	private void required(EObject element, EAttribute attribute, String message) {
		Object value = element.eGet(attribute);
		if (value == null || value.toString().isBlank()) {
			problems.error(element, attribute, message);
		}
	}

	private void knownClass(EObject element, EAttribute attribute) {
		for (String name : DomainClasses.names((String) element.eGet(attribute))) {
			if (DomainClasses.resolve(name, packages) == null) {
				problems.warning(element, attribute,
						attribute.getName() + " '" + name + "' is not a class of any registered EMF package");
			}
		}
	}
}
