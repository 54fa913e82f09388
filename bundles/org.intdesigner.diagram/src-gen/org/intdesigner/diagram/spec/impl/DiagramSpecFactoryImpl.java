/**
 */
package org.intdesigner.diagram.spec.impl;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.intdesigner.diagram.spec.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class DiagramSpecFactoryImpl extends EFactoryImpl implements DiagramSpecFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static DiagramSpecFactory init() {
		try {
			DiagramSpecFactory theDiagramSpecFactory = (DiagramSpecFactory)EPackage.Registry.INSTANCE.getEFactory(DiagramSpecPackage.eNS_URI);
			if (theDiagramSpecFactory != null) {
				return theDiagramSpecFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new DiagramSpecFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DiagramSpecFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case DiagramSpecPackage.VIEWPOINT: return createViewpoint();
			case DiagramSpecPackage.DIAGRAM_DESCRIPTION: return createDiagramDescription();
			case DiagramSpecPackage.LAYER: return createLayer();
			case DiagramSpecPackage.NODE_MAPPING: return createNodeMapping();
			case DiagramSpecPackage.CONTAINER_MAPPING: return createContainerMapping();
			case DiagramSpecPackage.RELATION_EDGE_MAPPING: return createRelationEdgeMapping();
			case DiagramSpecPackage.ELEMENT_EDGE_MAPPING: return createElementEdgeMapping();
			case DiagramSpecPackage.NODE_STYLE: return createNodeStyle();
			case DiagramSpecPackage.EDGE_STYLE: return createEdgeStyle();
			case DiagramSpecPackage.CONDITIONAL_STYLE: return createConditionalStyle();
			case DiagramSpecPackage.CREATE_NODE_TOOL: return createCreateNodeTool();
			case DiagramSpecPackage.CREATE_EDGE_TOOL: return createCreateEdgeTool();
			case DiagramSpecPackage.DELETE_TOOL: return createDeleteTool();
			case DiagramSpecPackage.DIRECT_EDIT_TOOL: return createDirectEditTool();
			case DiagramSpecPackage.REPARENT_TOOL: return createReparentTool();
			case DiagramSpecPackage.CREATE_INSTANCE: return createCreateInstance();
			case DiagramSpecPackage.SET_VALUE: return createSetValue();
			case DiagramSpecPackage.REMOVE_ELEMENT: return createRemoveElement();
			case DiagramSpecPackage.CHANGE_CONTEXT: return createChangeContext();
			case DiagramSpecPackage.FILTER: return createFilter();
			case DiagramSpecPackage.DECORATION: return createDecoration();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case DiagramSpecPackage.SHAPE:
				return createShapeFromString(eDataType, initialValue);
			case DiagramSpecPackage.LINE_STYLE:
				return createLineStyleFromString(eDataType, initialValue);
			case DiagramSpecPackage.ARROW_HEAD:
				return createArrowHeadFromString(eDataType, initialValue);
			case DiagramSpecPackage.CHILDREN_LAYOUT:
				return createChildrenLayoutFromString(eDataType, initialValue);
			case DiagramSpecPackage.LAYOUT_DIRECTION:
				return createLayoutDirectionFromString(eDataType, initialValue);
			case DiagramSpecPackage.ROUTING:
				return createRoutingFromString(eDataType, initialValue);
			case DiagramSpecPackage.FILTER_KIND:
				return createFilterKindFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case DiagramSpecPackage.SHAPE:
				return convertShapeToString(eDataType, instanceValue);
			case DiagramSpecPackage.LINE_STYLE:
				return convertLineStyleToString(eDataType, instanceValue);
			case DiagramSpecPackage.ARROW_HEAD:
				return convertArrowHeadToString(eDataType, instanceValue);
			case DiagramSpecPackage.CHILDREN_LAYOUT:
				return convertChildrenLayoutToString(eDataType, instanceValue);
			case DiagramSpecPackage.LAYOUT_DIRECTION:
				return convertLayoutDirectionToString(eDataType, instanceValue);
			case DiagramSpecPackage.ROUTING:
				return convertRoutingToString(eDataType, instanceValue);
			case DiagramSpecPackage.FILTER_KIND:
				return convertFilterKindToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Viewpoint createViewpoint() {
		ViewpointImpl viewpoint = new ViewpointImpl();
		return viewpoint;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DiagramDescription createDiagramDescription() {
		DiagramDescriptionImpl diagramDescription = new DiagramDescriptionImpl();
		return diagramDescription;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Layer createLayer() {
		LayerImpl layer = new LayerImpl();
		return layer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NodeMapping createNodeMapping() {
		NodeMappingImpl nodeMapping = new NodeMappingImpl();
		return nodeMapping;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ContainerMapping createContainerMapping() {
		ContainerMappingImpl containerMapping = new ContainerMappingImpl();
		return containerMapping;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RelationEdgeMapping createRelationEdgeMapping() {
		RelationEdgeMappingImpl relationEdgeMapping = new RelationEdgeMappingImpl();
		return relationEdgeMapping;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ElementEdgeMapping createElementEdgeMapping() {
		ElementEdgeMappingImpl elementEdgeMapping = new ElementEdgeMappingImpl();
		return elementEdgeMapping;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NodeStyle createNodeStyle() {
		NodeStyleImpl nodeStyle = new NodeStyleImpl();
		return nodeStyle;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EdgeStyle createEdgeStyle() {
		EdgeStyleImpl edgeStyle = new EdgeStyleImpl();
		return edgeStyle;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ConditionalStyle createConditionalStyle() {
		ConditionalStyleImpl conditionalStyle = new ConditionalStyleImpl();
		return conditionalStyle;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CreateNodeTool createCreateNodeTool() {
		CreateNodeToolImpl createNodeTool = new CreateNodeToolImpl();
		return createNodeTool;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CreateEdgeTool createCreateEdgeTool() {
		CreateEdgeToolImpl createEdgeTool = new CreateEdgeToolImpl();
		return createEdgeTool;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DeleteTool createDeleteTool() {
		DeleteToolImpl deleteTool = new DeleteToolImpl();
		return deleteTool;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DirectEditTool createDirectEditTool() {
		DirectEditToolImpl directEditTool = new DirectEditToolImpl();
		return directEditTool;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReparentTool createReparentTool() {
		ReparentToolImpl reparentTool = new ReparentToolImpl();
		return reparentTool;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CreateInstance createCreateInstance() {
		CreateInstanceImpl createInstance = new CreateInstanceImpl();
		return createInstance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SetValue createSetValue() {
		SetValueImpl setValue = new SetValueImpl();
		return setValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RemoveElement createRemoveElement() {
		RemoveElementImpl removeElement = new RemoveElementImpl();
		return removeElement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ChangeContext createChangeContext() {
		ChangeContextImpl changeContext = new ChangeContextImpl();
		return changeContext;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Filter createFilter() {
		FilterImpl filter = new FilterImpl();
		return filter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Decoration createDecoration() {
		DecorationImpl decoration = new DecorationImpl();
		return decoration;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Shape createShapeFromString(EDataType eDataType, String initialValue) {
		Shape result = Shape.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertShapeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LineStyle createLineStyleFromString(EDataType eDataType, String initialValue) {
		LineStyle result = LineStyle.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLineStyleToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ArrowHead createArrowHeadFromString(EDataType eDataType, String initialValue) {
		ArrowHead result = ArrowHead.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertArrowHeadToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ChildrenLayout createChildrenLayoutFromString(EDataType eDataType, String initialValue) {
		ChildrenLayout result = ChildrenLayout.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertChildrenLayoutToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LayoutDirection createLayoutDirectionFromString(EDataType eDataType, String initialValue) {
		LayoutDirection result = LayoutDirection.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLayoutDirectionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Routing createRoutingFromString(EDataType eDataType, String initialValue) {
		Routing result = Routing.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRoutingToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FilterKind createFilterKindFromString(EDataType eDataType, String initialValue) {
		FilterKind result = FilterKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertFilterKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DiagramSpecPackage getDiagramSpecPackage() {
		return (DiagramSpecPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static DiagramSpecPackage getPackage() {
		return DiagramSpecPackage.eINSTANCE;
	}

} //DiagramSpecFactoryImpl
