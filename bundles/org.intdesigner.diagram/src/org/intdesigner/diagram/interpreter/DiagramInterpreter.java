package org.intdesigner.diagram.interpreter;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.intdesigner.diagram.expressions.ExpressionException;
import org.intdesigner.diagram.expressions.Expressions;
import org.intdesigner.diagram.spec.AbstractNodeMapping;
import org.intdesigner.diagram.spec.ConditionalStyle;
import org.intdesigner.diagram.spec.ContainerMapping;
import org.intdesigner.diagram.spec.DiagramDescription;
import org.intdesigner.diagram.spec.EdgeMapping;
import org.intdesigner.diagram.spec.ElementEdgeMapping;
import org.intdesigner.diagram.spec.Layer;
import org.intdesigner.diagram.spec.Mapping;
import org.intdesigner.diagram.spec.NodeStyle;
import org.intdesigner.diagram.spec.RelationEdgeMapping;

/**
 * Interprets a diagram description over a semantic model: node and container mappings find their
 * elements (semantic candidates, domain class, precondition) inside their parent's element, edge
 * mappings connect the nodes made for their source and target mappings. An expression that fails
 * marks the node and is reported once per mapping; the rest of the diagram is still drawn.
 * <p>
 * Semantic candidates and preconditions see the diagram's root element as {@code diagram} besides
 * {@code self} (as Sirius's do): a diagram scoped to one team, area or organisation keeps what its
 * containers show to what lies in that scope.
 */
public final class DiagramInterpreter {

	/** The variable that holds the diagram's root element in semantic candidates and preconditions. */
	public static final String DIAGRAM = "diagram";

	private final Expressions expressions;
	/** {@code diagram}: the root of the diagram being interpreted. */
	private Map<String, Object> variables = Map.of();

	public DiagramInterpreter(Expressions expressions) {
		this.expressions = expressions;
	}

	/** The diagram of {@code root} with the given layers switched on (the default layer always is). */
	public InterpretedDiagram interpret(DiagramDescription description, EObject root, Collection<Layer> activeLayers) {
		InterpretedDiagram diagram = new InterpretedDiagram();
		variables = Map.of(DIAGRAM, root);
		List<Layer> layers = new ArrayList<>();
		for (int i = 0; i < description.getLayers().size(); i++) {
			Layer layer = description.getLayers().get(i);
			if (i == 0 || activeLayers.contains(layer)) {
				layers.add(layer);
			}
		}
		for (Layer layer : layers) {
			for (ContainerMapping mapping : layer.getContainerMappings()) {
				diagram.getNodes().addAll(nodes(diagram, mapping, root, null));
			}
			for (AbstractNodeMapping mapping : layer.getNodeMappings()) {
				diagram.getNodes().addAll(nodes(diagram, mapping, root, null));
			}
		}
		Map<EObject, List<DiagramNode>> byElement = new HashMap<>();
		for (DiagramNode node : diagram.allNodes()) {
			byElement.computeIfAbsent(node.getElement(), e -> new ArrayList<>()).add(node);
		}
		for (Layer layer : layers) {
			for (EdgeMapping mapping : layer.getEdgeMappings()) {
				edges(diagram, mapping, root, byElement);
			}
		}
		return diagram;
	}

	private List<DiagramNode> nodes(InterpretedDiagram diagram, AbstractNodeMapping mapping, EObject context,
			DiagramNode parent) {
		List<DiagramNode> result = new ArrayList<>();
		for (EObject element : candidates(diagram, mapping, context)) {
			DiagramNode node = new DiagramNode(mapping, element, parent);
			try {
				node.setLabel(expressions.text(mapping.getLabelExpression(), element));
				node.setStyle(style(mapping, element));
			} catch (ExpressionException e) {
				node.setProblem(e.getMessage());
				diagram.getProblems().putIfAbsent(mapping.getName(), e.getMessage());
			}
			if (mapping instanceof ContainerMapping container) {
				for (ContainerMapping sub : container.getSubContainerMappings()) {
					node.getChildren().addAll(nodes(diagram, sub, element, node));
				}
				for (AbstractNodeMapping sub : container.getSubNodeMappings()) {
					node.getChildren().addAll(nodes(diagram, sub, element, node));
				}
				for (AbstractNodeMapping reused : container.getReusedMappings()) {
					node.getChildren().addAll(nodes(diagram, reused, element, node));
				}
			}
			result.add(node);
		}
		return result;
	}

	/** The elements of {@code mapping} in {@code context}: candidates of the domain class passing the precondition. */
	private List<EObject> candidates(InterpretedDiagram diagram, Mapping mapping, EObject context) {
		List<EObject> result = new ArrayList<>();
		try {
			Collection<?> found = mapping.getSemanticCandidates() == null || mapping.getSemanticCandidates().isBlank()
					? contents(context) : expressions.elements(mapping.getSemanticCandidates(), context, variables);
			for (Object candidate : found) {
				if (candidate instanceof EObject element && isOfDomainClass(mapping, element)
						&& expressions.test(mapping.getPrecondition(), element, variables)) {
					result.add(element);
				}
			}
		} catch (ExpressionException e) {
			diagram.getProblems().putIfAbsent(mapping.getName(), e.getMessage());
		}
		return result;
	}

	private static List<EObject> contents(EObject context) {
		List<EObject> all = new ArrayList<>();
		for (TreeIterator<EObject> it = context.eAllContents(); it.hasNext();) {
			all.add(it.next());
		}
		return all;
	}

	private static boolean isOfDomainClass(Mapping mapping, EObject element) {
		return DomainClasses.matches(mapping.getDomainClass(), element.eClass());
	}

	/** The mapping's style, or the style of its first conditional style whose predicate holds. */
	private NodeStyle style(AbstractNodeMapping mapping, EObject element) throws ExpressionException {
		for (ConditionalStyle conditional : mapping.getConditionalStyles()) {
			if (conditional.getStyle() instanceof NodeStyle style && expressions.test(conditional.getPredicate(), element)) {
				return style;
			}
		}
		return mapping.getStyle();
	}

	private void edges(InterpretedDiagram diagram, EdgeMapping mapping, EObject root,
			Map<EObject, List<DiagramNode>> byElement) {
		try {
			if (mapping instanceof RelationEdgeMapping relation) {
				for (DiagramNode source : diagram.allNodes()) {
					if (!mapping.getSourceMappings().contains(source.getMapping())
							|| !expressions.test(mapping.getPrecondition(), source.getElement(), variables)) {
						continue;
					}
					for (Object target : expressions.elements(relation.getTargetExpression(), source.getElement())) {
						connect(diagram, mapping, null, source, target, byElement);
					}
				}
			} else if (mapping instanceof ElementEdgeMapping element) {
				for (EObject link : candidates(diagram, mapping, root)) {
					Object from = expressions.evaluate(element.getSourceExpression(), link);
					for (DiagramNode source : byElement.getOrDefault(from, List.of())) {
						if (mapping.getSourceMappings().contains(source.getMapping())) {
							connect(diagram, mapping, link, source, expressions.evaluate(element.getTargetExpression(), link),
									byElement);
						}
					}
				}
			}
		} catch (ExpressionException e) {
			diagram.getProblems().putIfAbsent(mapping.getName(), e.getMessage());
		}
	}

	private void connect(InterpretedDiagram diagram, EdgeMapping mapping, EObject link, DiagramNode source, Object target,
			Map<EObject, List<DiagramNode>> byElement) throws ExpressionException {
		for (DiagramNode end : byElement.getOrDefault(target, List.of())) {
			if (mapping.getTargetMappings().contains(end.getMapping())) {
				String label = link == null ? "" : expressions.text(mapping.getLabelExpression(), link);
				diagram.getEdges().add(new DiagramEdge(mapping, link, source, end, label));
			}
		}
	}
}
