package org.intdesigner.diagram.tools;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.intdesigner.diagram.expressions.ExpressionException;
import org.intdesigner.diagram.expressions.Expressions;
import org.intdesigner.diagram.spec.ChangeContext;
import org.intdesigner.diagram.spec.CreateInstance;
import org.intdesigner.diagram.spec.Operation;
import org.intdesigner.diagram.spec.RemoveElement;
import org.intdesigner.diagram.spec.SetValue;

/**
 * Runs a tool's tree of operations on the semantic model, depth first, each in its context
 * ({@code self}): CreateInstance makes its new element the context of its sub-operations,
 * ChangeContext makes each element its expression gives the context of its sub-operations (none
 * if it gives nothing), SetValue and RemoveElement run theirs in the same context (RemoveElement
 * runs them first, while the element is still in the model). The tool's variables ({@code container},
 * {@code source}, ...) are visible to every expression. Runs once: make one per execution.
 */
final class OperationRunner {

	private final Expressions expressions;
	private final String toolName;
	private final Map<String, Object> variables;
	private final List<EObject> created = new ArrayList<>();

	OperationRunner(Expressions expressions, String toolName, Map<String, Object> variables) {
		this.expressions = expressions;
		this.toolName = toolName;
		this.variables = variables;
	}

	void run(List<Operation> operations, EObject context) {
		for (Operation operation : operations) {
			run(operation, context);
		}
	}

	/** The elements the operations created that are not inside another created one, still in the model. */
	List<EObject> created() {
		return created.stream().filter(element -> element.eContainer() != null || element.eResource() != null)
				.filter(element -> created.stream().noneMatch(other -> other != element && EcoreUtil.isAncestor(other, element)))
				.toList();
	}

	private void run(Operation operation, EObject context) {
		switch (operation) {
		case CreateInstance create -> run(create.getSubOperations(), create(create, context));
		case SetValue set -> {
			set(set, context);
			run(set.getSubOperations(), context);
		}
		case RemoveElement remove -> {
			run(remove.getSubOperations(), context);
			EcoreUtil.delete(context, true);
		}
		case ChangeContext change -> {
			for (Object element : elements(change.getExpression(), context)) {
				if (element instanceof EObject next) {
					run(change.getSubOperations(), next);
				}
			}
		}
		default -> throw failure("cannot run a " + operation.eClass().getName());
		}
	}

	private EObject create(CreateInstance create, EObject owner) {
		String typeName = create.getTypeName();
		if (typeName == null || typeName.isBlank()) {
			throw failure("CreateInstance has no typeName");
		}
		EClass type = Containments.concreteClass(owner, typeName);
		if (type == null) {
			throw failure("no concrete class '" + typeName + "' for a " + owner.eClass().getName());
		}
		String referenceName = create.getReferenceName();
		EReference reference = referenceName == null || referenceName.isBlank() ? Containments.accepting(owner, type)
				: Containments.named(owner, referenceName);
		if (reference == null || !reference.getEReferenceType().isSuperTypeOf(type)) {
			throw failure("a " + owner.eClass().getName() + " has no containment "
					+ (referenceName == null || referenceName.isBlank() ? "" : "'" + referenceName + "' ") + "for a " + typeName);
		}
		EObject element = EcoreUtil.create(type);
		Containments.add(owner, reference, element);
		created.add(element);
		return element;
	}

	private void set(SetValue set, EObject context) {
		EStructuralFeature feature = context.eClass().getEStructuralFeature(String.valueOf(set.getFeatureName()));
		if (feature == null) {
			throw failure("a " + context.eClass().getName() + " has no feature '" + set.getFeatureName() + "'");
		}
		Object value = evaluate(set.getValueExpression(), context);
		try {
			FeatureValues.set(context, feature, value);
		} catch (IllegalArgumentException | ClassCastException e) {
			throw new ToolException(toolName, set.getValueExpression(),
					"'" + set.getValueExpression() + "' cannot be set: " + e.getMessage(), e);
		}
	}

	private Object evaluate(String expression, EObject self) {
		try {
			return expressions.evaluate(expression, self, variables);
		} catch (ExpressionException e) {
			throw new ToolException(toolName, expression, e.getMessage(), e);
		}
	}

	private List<?> elements(String expression, EObject self) {
		try {
			return expressions.elements(expression, self, variables);
		} catch (ExpressionException e) {
			throw new ToolException(toolName, expression, e.getMessage(), e);
		}
	}

	private ToolException failure(String problem) {
		return new ToolException(toolName, null, problem, null);
	}
}
