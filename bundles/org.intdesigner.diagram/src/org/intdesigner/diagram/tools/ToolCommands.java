package org.intdesigner.diagram.tools;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.intdesigner.diagram.expressions.ExpressionException;
import org.intdesigner.diagram.expressions.Expressions;
import org.intdesigner.diagram.spec.CreateEdgeTool;
import org.intdesigner.diagram.spec.CreateNodeTool;
import org.intdesigner.diagram.spec.DeleteTool;
import org.intdesigner.diagram.spec.DirectEditTool;
import org.intdesigner.diagram.spec.ReparentTool;
import org.intdesigner.diagram.spec.Tool;

/**
 * Makes the undoable command for one use of a diagram tool: create a node or container, create an
 * edge, delete, edit a label, move into another container. The editor executes it on the editing
 * domain's command stack. Whether the tool may be used (its precondition, a read-only resource,
 * a move the model cannot hold) is decided here, when the user points, and shows as
 * {@code canExecute()} with {@link ToolCommand#getProblem()} saying why not; the operations run
 * when the command executes.
 * <p>
 * Expressions see {@code self} (the context, see each method), the variables each method names,
 * and {@code root}: the root of the model the tool works in, because INT designs keep posts, roles
 * and teams in the root, whatever container the user clicked in, and expressions cannot climb
 * there themselves (JEXL's permissions do not let them call EMF methods such as eContainer()).
 * Delete, direct edit and reparent tools without operations, or no tool at all, do the obvious
 * thing (see each method).
 */
public final class ToolCommands {

	private final EditingDomain domain;
	private final Expressions expressions;

	public ToolCommands(EditingDomain domain, Expressions expressions) {
		this.domain = domain;
		this.expressions = expressions;
	}

	/** Runs the tool's operations with {@code self} and {@code container} the element clicked in (or the diagram's root). */
	public ToolCommand createNode(CreateNodeTool tool, EObject container) {
		Objects.requireNonNull(tool, "tool");
		Map<String, Object> variables = variables(container, "container", container);
		return command(tool, "Create", container, variables, null, runner -> {
			runner.run(tool.getOperations(), container);
			return createdOr(runner, container);
		}, container);
	}

	/** Runs the tool's operations with {@code self} and {@code source} the source element, {@code target} the target element. */
	public ToolCommand createEdge(CreateEdgeTool tool, EObject source, EObject target) {
		Objects.requireNonNull(tool, "tool");
		Map<String, Object> variables = variables(source, "source", source, "target", target);
		return command(tool, "Connect", source, variables, null, runner -> {
			runner.run(tool.getOperations(), source);
			return createdOr(runner, source);
		}, source, target);
	}

	/** {@link #delete(DeleteTool, EObject)} without a tool: removes the element and every reference to it. */
	public ToolCommand delete(EObject element) {
		return delete(null, element);
	}

	/**
	 * Runs the tool's operations with {@code self} and {@code element} the element to delete; with no
	 * tool or no operations, removes the element with its contents and every reference to them.
	 */
	public ToolCommand delete(DeleteTool tool, EObject element) {
		Map<String, Object> variables = variables(element, "element", element);
		EObject owner = element.eContainer();
		boolean byDefault = tool == null || tool.getOperations().isEmpty();
		String problem = byDefault && owner == null && element.eResource() == null
				? "nothing holds the " + element.eClass().getName() + " to delete it from" : null;
		return command(tool, "Delete", element, variables, problem, runner -> {
			if (byDefault) {
				EcoreUtil.delete(element, true);
			} else {
				runner.run(tool.getOperations(), element);
			}
			List<EObject> created = runner.created();
			if (!created.isEmpty()) {
				return created;
			}
			return isInModel(element) ? List.of(element) : owner == null ? List.of() : List.of(owner);
		}, element);
	}

	/** {@link #directEdit(DirectEditTool, EObject, String)} without a tool: sets the element's name. */
	public ToolCommand directEdit(EObject element, String newLabel) {
		return directEdit(null, element, newLabel);
	}

	/**
	 * Runs the tool's operations with {@code self} the element and {@code newLabel} the text typed;
	 * with no tool or no operations, sets the element's {@code name} (not executable if it has none).
	 */
	public ToolCommand directEdit(DirectEditTool tool, EObject element, String newLabel) {
		Objects.requireNonNull(newLabel, "newLabel");
		Map<String, Object> variables = variables(element, "newLabel", newLabel);
		boolean byDefault = tool == null || tool.getOperations().isEmpty();
		EStructuralFeature name = element.eClass().getEStructuralFeature("name");
		String problem = byDefault && !(name instanceof EAttribute && name.isChangeable() && !name.isMany())
				? "a " + element.eClass().getName() + " has no name to edit" : null;
		return command(tool, "Rename", element, variables, problem, runner -> {
			if (byDefault) {
				FeatureValues.set(element, name, newLabel);
			} else {
				runner.run(tool.getOperations(), element);
			}
			return createdOr(runner, element);
		}, element);
	}

	/** {@link #reparent(ReparentTool, EObject, EObject)} without a tool: moves the element into the new container. */
	public ToolCommand reparent(EObject element, EObject newContainer) {
		return reparent(null, element, newContainer);
	}

	/**
	 * Runs the tool's operations with {@code self} and {@code element} the element dropped,
	 * {@code newContainer} the element dropped on; with no tool or no operations, moves the element
	 * into the first containment of the new container that accepts it (not executable if there is
	 * none, or if it is there already).
	 */
	public ToolCommand reparent(ReparentTool tool, EObject element, EObject newContainer) {
		Map<String, Object> variables = variables(element, "element", element, "newContainer", newContainer);
		boolean byDefault = tool == null || tool.getOperations().isEmpty();
		EReference containment = Containments.accepting(newContainer, element.eClass());
		String problem = null;
		if (element == newContainer || EcoreUtil.isAncestor(element, newContainer)) {
			problem = "a " + element.eClass().getName() + " cannot move into itself";
		} else if (byDefault && containment == null) {
			problem = "a " + newContainer.eClass().getName() + " cannot hold a " + element.eClass().getName();
		} else if (byDefault && element.eContainer() == newContainer && element.eContainmentFeature() == containment) {
			problem = "the " + element.eClass().getName() + " is there already";
		}
		return command(tool, "Move", element, variables, problem, runner -> {
			if (byDefault) {
				Containments.add(newContainer, containment, element);
			} else {
				runner.run(tool.getOperations(), element);
			}
			return createdOr(runner, element);
		}, element, newContainer);
	}

	/**
	 * The command of one tool use. {@code problem} is what the tool's kind already rules out; if
	 * there is none, read-only resources and then the tool's precondition can still rule it out.
	 */
	private ToolCommand command(Tool tool, String verb, EObject self, Map<String, Object> variables, String problem,
			Function<OperationRunner, List<EObject>> change, EObject... involved) {
		String name = tool == null || blank(tool.getName()) ? verb : tool.getName();
		String label = tool == null || blank(tool.getLabel()) ? name : tool.getLabel();
		String refusal = problem == null ? null : "Tool '" + name + "': " + problem;
		if (refusal == null) {
			refusal = readOnly(name, involved);
		}
		if (refusal == null && tool != null) {
			refusal = precondition(tool, name, self, variables);
		}
		return new ToolCommand(name, label, scope(involved), List.of(self), refusal,
				() -> change.apply(new OperationRunner(expressions, name, variables)));
	}

	private String precondition(Tool tool, String name, EObject self, Map<String, Object> variables) {
		try {
			return expressions.test(tool.getPrecondition(), self, variables) ? null
					: "Tool '" + name + "': the precondition '" + tool.getPrecondition() + "' does not hold";
		} catch (ExpressionException e) {
			return "Tool '" + name + "': " + e.getMessage();
		}
	}

	private String readOnly(String name, EObject... involved) {
		for (EObject element : involved) {
			Resource resource = element.eResource();
			if (resource != null && domain.isReadOnly(resource)) {
				return "Tool '" + name + "': " + resource.getURI() + " is read-only";
			}
		}
		return null;
	}

	/**
	 * What the change recorder watches: the resource set of each element involved (changes such as
	 * clearing references to a deleted element reach anywhere in it), or its resource, or for
	 * elements in no resource (models built in code) the tree they belong to.
	 */
	private static Collection<Notifier> scope(EObject... involved) {
		Collection<Notifier> scope = new LinkedHashSet<>();
		for (EObject element : involved) {
			Resource resource = element.eResource();
			if (resource == null) {
				scope.add(EcoreUtil.getRootContainer(element));
			} else {
				scope.add(resource.getResourceSet() != null ? resource.getResourceSet() : resource);
			}
		}
		return scope;
	}

	/** {@code self}'s root and the tool's own variables, given as name, value pairs. */
	private static Map<String, Object> variables(EObject self, Object... namesAndValues) {
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put("root", EcoreUtil.getRootContainer(self));
		for (int i = 0; i < namesAndValues.length; i += 2) {
			variables.put((String) namesAndValues[i], namesAndValues[i + 1]);
		}
		return variables;
	}

	private static List<EObject> createdOr(OperationRunner runner, EObject context) {
		List<EObject> created = runner.created();
		return created.isEmpty() ? List.of(context) : created;
	}

	private static boolean isInModel(EObject element) {
		return element.eContainer() != null || element.eResource() != null;
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}
}
