/**
 */
package org.intdesigner.diagram.spec;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Diagram types as data, in the Sirius tradition: viewpoints hold diagram descriptions, which hold layers of node, container and edge mappings with styles, tools, filters and decorations. Expressions are Apache Commons JEXL over the semantic model ('self' is the current element).
 * <!-- end-model-doc -->
 * @see org.intdesigner.diagram.spec.DiagramSpecFactory
 * @model kind="package"
 * @generated
 */
public interface DiagramSpecPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "spec";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://www.intdesigner.org/diagram/spec/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "dspec";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	DiagramSpecPackage eINSTANCE = org.intdesigner.diagram.spec.impl.DiagramSpecPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.intdesigner.diagram.spec.impl.NamedImpl <em>Named</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.intdesigner.diagram.spec.impl.NamedImpl
	 * @see org.intdesigner.diagram.spec.impl.DiagramSpecPackageImpl#getNamed()
	 * @generated
	 */
	int NAMED = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED__NAME = 0;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED__LABEL = 1;

	/**
	 * The number of structural features of the '<em>Named</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Named</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.intdesigner.diagram.spec.impl.ViewpointImpl <em>Viewpoint</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.intdesigner.diagram.spec.impl.ViewpointImpl
	 * @see org.intdesigner.diagram.spec.impl.DiagramSpecPackageImpl#getViewpoint()
	 * @generated
	 */
	int VIEWPOINT = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIEWPOINT__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIEWPOINT__LABEL = NAMED__LABEL;

	/**
	 * The feature id for the '<em><b>Diagrams</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIEWPOINT__DIAGRAMS = NAMED_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Viewpoint</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIEWPOINT_FEATURE_COUNT = NAMED_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Viewpoint</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIEWPOINT_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.intdesigner.diagram.spec.impl.DiagramDescriptionImpl <em>Diagram Description</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.intdesigner.diagram.spec.impl.DiagramDescriptionImpl
	 * @see org.intdesigner.diagram.spec.impl.DiagramSpecPackageImpl#getDiagramDescription()
	 * @generated
	 */
	int DIAGRAM_DESCRIPTION = 2;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_DESCRIPTION__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_DESCRIPTION__LABEL = NAMED__LABEL;

	/**
	 * The feature id for the '<em><b>Domain Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_DESCRIPTION__DOMAIN_CLASS = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Title Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_DESCRIPTION__TITLE_EXPRESSION = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Layout Direction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_DESCRIPTION__LAYOUT_DIRECTION = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Layers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_DESCRIPTION__LAYERS = NAMED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Diagram Description</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_DESCRIPTION_FEATURE_COUNT = NAMED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Diagram Description</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_DESCRIPTION_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.intdesigner.diagram.spec.impl.LayerImpl <em>Layer</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.intdesigner.diagram.spec.impl.LayerImpl
	 * @see org.intdesigner.diagram.spec.impl.DiagramSpecPackageImpl#getLayer()
	 * @generated
	 */
	int LAYER = 3;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER__LABEL = NAMED__LABEL;

	/**
	 * The feature id for the '<em><b>Active By Default</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER__ACTIVE_BY_DEFAULT = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Node Mappings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER__NODE_MAPPINGS = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Container Mappings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER__CONTAINER_MAPPINGS = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Edge Mappings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER__EDGE_MAPPINGS = NAMED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Tools</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER__TOOLS = NAMED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Filters</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER__FILTERS = NAMED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Decorations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER__DECORATIONS = NAMED_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Layer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER_FEATURE_COUNT = NAMED_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Layer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.intdesigner.diagram.spec.impl.MappingImpl <em>Mapping</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.intdesigner.diagram.spec.impl.MappingImpl
	 * @see org.intdesigner.diagram.spec.impl.DiagramSpecPackageImpl#getMapping()
	 * @generated
	 */
	int MAPPING = 4;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAPPING__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAPPING__LABEL = NAMED__LABEL;

	/**
	 * The feature id for the '<em><b>Domain Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAPPING__DOMAIN_CLASS = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Semantic Candidates</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAPPING__SEMANTIC_CANDIDATES = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Precondition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAPPING__PRECONDITION = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Label Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAPPING__LABEL_EXPRESSION = NAMED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Conditional Styles</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAPPING__CONDITIONAL_STYLES = NAMED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAPPING_FEATURE_COUNT = NAMED_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAPPING_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.intdesigner.diagram.spec.impl.AbstractNodeMappingImpl <em>Abstract Node Mapping</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.intdesigner.diagram.spec.impl.AbstractNodeMappingImpl
	 * @see org.intdesigner.diagram.spec.impl.DiagramSpecPackageImpl#getAbstractNodeMapping()
	 * @generated
	 */
	int ABSTRACT_NODE_MAPPING = 5;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_NODE_MAPPING__NAME = MAPPING__NAME;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_NODE_MAPPING__LABEL = MAPPING__LABEL;

	/**
	 * The feature id for the '<em><b>Domain Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_NODE_MAPPING__DOMAIN_CLASS = MAPPING__DOMAIN_CLASS;

	/**
	 * The feature id for the '<em><b>Semantic Candidates</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_NODE_MAPPING__SEMANTIC_CANDIDATES = MAPPING__SEMANTIC_CANDIDATES;

	/**
	 * The feature id for the '<em><b>Precondition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_NODE_MAPPING__PRECONDITION = MAPPING__PRECONDITION;

	/**
	 * The feature id for the '<em><b>Label Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_NODE_MAPPING__LABEL_EXPRESSION = MAPPING__LABEL_EXPRESSION;

	/**
	 * The feature id for the '<em><b>Conditional Styles</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_NODE_MAPPING__CONDITIONAL_STYLES = MAPPING__CONDITIONAL_STYLES;

	/**
	 * The feature id for the '<em><b>Style</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_NODE_MAPPING__STYLE = MAPPING_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Abstract Node Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_NODE_MAPPING_FEATURE_COUNT = MAPPING_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Abstract Node Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_NODE_MAPPING_OPERATION_COUNT = MAPPING_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.intdesigner.diagram.spec.impl.NodeMappingImpl <em>Node Mapping</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.intdesigner.diagram.spec.impl.NodeMappingImpl
	 * @see org.intdesigner.diagram.spec.impl.DiagramSpecPackageImpl#getNodeMapping()
	 * @generated
	 */
	int NODE_MAPPING = 6;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__NAME = ABSTRACT_NODE_MAPPING__NAME;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__LABEL = ABSTRACT_NODE_MAPPING__LABEL;

	/**
	 * The feature id for the '<em><b>Domain Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__DOMAIN_CLASS = ABSTRACT_NODE_MAPPING__DOMAIN_CLASS;

	/**
	 * The feature id for the '<em><b>Semantic Candidates</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__SEMANTIC_CANDIDATES = ABSTRACT_NODE_MAPPING__SEMANTIC_CANDIDATES;

	/**
	 * The feature id for the '<em><b>Precondition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__PRECONDITION = ABSTRACT_NODE_MAPPING__PRECONDITION;

	/**
	 * The feature id for the '<em><b>Label Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__LABEL_EXPRESSION = ABSTRACT_NODE_MAPPING__LABEL_EXPRESSION;

	/**
	 * The feature id for the '<em><b>Conditional Styles</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__CONDITIONAL_STYLES = ABSTRACT_NODE_MAPPING__CONDITIONAL_STYLES;

	/**
	 * The feature id for the '<em><b>Style</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__STYLE = ABSTRACT_NODE_MAPPING__STYLE;

	/**
	 * The number of structural features of the '<em>Node Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING_FEATURE_COUNT = ABSTRACT_NODE_MAPPING_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Node Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING_OPERATION_COUNT = ABSTRACT_NODE_MAPPING_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.intdesigner.diagram.spec.impl.ContainerMappingImpl <em>Container Mapping</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.intdesigner.diagram.spec.impl.ContainerMappingImpl
	 * @see org.intdesigner.diagram.spec.impl.DiagramSpecPackageImpl#getContainerMapping()
	 * @generated
	 */
	int CONTAINER_MAPPING = 7;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING__NAME = ABSTRACT_NODE_MAPPING__NAME;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING__LABEL = ABSTRACT_NODE_MAPPING__LABEL;

	/**
	 * The feature id for the '<em><b>Domain Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING__DOMAIN_CLASS = ABSTRACT_NODE_MAPPING__DOMAIN_CLASS;

	/**
	 * The feature id for the '<em><b>Semantic Candidates</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING__SEMANTIC_CANDIDATES = ABSTRACT_NODE_MAPPING__SEMANTIC_CANDIDATES;

	/**
	 * The feature id for the '<em><b>Precondition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING__PRECONDITION = ABSTRACT_NODE_MAPPING__PRECONDITION;

	/**
	 * The feature id for the '<em><b>Label Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING__LABEL_EXPRESSION = ABSTRACT_NODE_MAPPING__LABEL_EXPRESSION;

	/**
	 * The feature id for the '<em><b>Conditional Styles</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING__CONDITIONAL_STYLES = ABSTRACT_NODE_MAPPING__CONDITIONAL_STYLES;

	/**
	 * The feature id for the '<em><b>Style</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING__STYLE = ABSTRACT_NODE_MAPPING__STYLE;

	/**
	 * The feature id for the '<em><b>Sub Node Mappings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING__SUB_NODE_MAPPINGS = ABSTRACT_NODE_MAPPING_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Sub Container Mappings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING__SUB_CONTAINER_MAPPINGS = ABSTRACT_NODE_MAPPING_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Reused Mappings</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING__REUSED_MAPPINGS = ABSTRACT_NODE_MAPPING_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Children Layout</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING__CHILDREN_LAYOUT = ABSTRACT_NODE_MAPPING_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Container Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING_FEATURE_COUNT = ABSTRACT_NODE_MAPPING_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Container Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING_OPERATION_COUNT = ABSTRACT_NODE_MAPPING_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.intdesigner.diagram.spec.impl.EdgeMappingImpl <em>Edge Mapping</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.intdesigner.diagram.spec.impl.EdgeMappingImpl
	 * @see org.intdesigner.diagram.spec.impl.DiagramSpecPackageImpl#getEdgeMapping()
	 * @generated
	 */
	int EDGE_MAPPING = 8;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__NAME = MAPPING__NAME;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__LABEL = MAPPING__LABEL;

	/**
	 * The feature id for the '<em><b>Domain Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__DOMAIN_CLASS = MAPPING__DOMAIN_CLASS;

	/**
	 * The feature id for the '<em><b>Semantic Candidates</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__SEMANTIC_CANDIDATES = MAPPING__SEMANTIC_CANDIDATES;

	/**
	 * The feature id for the '<em><b>Precondition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__PRECONDITION = MAPPING__PRECONDITION;

	/**
	 * The feature id for the '<em><b>Label Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__LABEL_EXPRESSION = MAPPING__LABEL_EXPRESSION;

	/**
	 * The feature id for the '<em><b>Conditional Styles</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__CONDITIONAL_STYLES = MAPPING__CONDITIONAL_STYLES;

	/**
	 * The feature id for the '<em><b>Source Mappings</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__SOURCE_MAPPINGS = MAPPING_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Target Mappings</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__TARGET_MAPPINGS = MAPPING_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Style</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__STYLE = MAPPING_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Edge Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING_FEATURE_COUNT = MAPPING_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Edge Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING_OPERATION_COUNT = MAPPING_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.intdesigner.diagram.spec.impl.RelationEdgeMappingImpl <em>Relation Edge Mapping</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.intdesigner.diagram.spec.impl.RelationEdgeMappingImpl
	 * @see org.intdesigner.diagram.spec.impl.DiagramSpecPackageImpl#getRelationEdgeMapping()
	 * @generated
	 */
	int RELATION_EDGE_MAPPING = 9;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATION_EDGE_MAPPING__NAME = EDGE_MAPPING__NAME;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATION_EDGE_MAPPING__LABEL = EDGE_MAPPING__LABEL;

	/**
	 * The feature id for the '<em><b>Domain Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATION_EDGE_MAPPING__DOMAIN_CLASS = EDGE_MAPPING__DOMAIN_CLASS;

	/**
	 * The feature id for the '<em><b>Semantic Candidates</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATION_EDGE_MAPPING__SEMANTIC_CANDIDATES = EDGE_MAPPING__SEMANTIC_CANDIDATES;

	/**
	 * The feature id for the '<em><b>Precondition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATION_EDGE_MAPPING__PRECONDITION = EDGE_MAPPING__PRECONDITION;

	/**
	 * The feature id for the '<em><b>Label Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATION_EDGE_MAPPING__LABEL_EXPRESSION = EDGE_MAPPING__LABEL_EXPRESSION;

	/**
	 * The feature id for the '<em><b>Conditional Styles</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATION_EDGE_MAPPING__CONDITIONAL_STYLES = EDGE_MAPPING__CONDITIONAL_STYLES;

	/**
	 * The feature id for the '<em><b>Source Mappings</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATION_EDGE_MAPPING__SOURCE_MAPPINGS = EDGE_MAPPING__SOURCE_MAPPINGS;

	/**
	 * The feature id for the '<em><b>Target Mappings</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATION_EDGE_MAPPING__TARGET_MAPPINGS = EDGE_MAPPING__TARGET_MAPPINGS;

	/**
	 * The feature id for the '<em><b>Style</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATION_EDGE_MAPPING__STYLE = EDGE_MAPPING__STYLE;

	/**
	 * The feature id for the '<em><b>Target Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATION_EDGE_MAPPING__TARGET_EXPRESSION = EDGE_MAPPING_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Relation Edge Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATION_EDGE_MAPPING_FEATURE_COUNT = EDGE_MAPPING_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Relation Edge Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATION_EDGE_MAPPING_OPERATION_COUNT = EDGE_MAPPING_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.intdesigner.diagram.spec.impl.ElementEdgeMappingImpl <em>Element Edge Mapping</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.intdesigner.diagram.spec.impl.ElementEdgeMappingImpl
	 * @see org.intdesigner.diagram.spec.impl.DiagramSpecPackageImpl#getElementEdgeMapping()
	 * @generated
	 */
	int ELEMENT_EDGE_MAPPING = 10;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_EDGE_MAPPING__NAME = EDGE_MAPPING__NAME;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_EDGE_MAPPING__LABEL = EDGE_MAPPING__LABEL;

	/**
	 * The feature id for the '<em><b>Domain Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_EDGE_MAPPING__DOMAIN_CLASS = EDGE_MAPPING__DOMAIN_CLASS;

	/**
	 * The feature id for the '<em><b>Semantic Candidates</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_EDGE_MAPPING__SEMANTIC_CANDIDATES = EDGE_MAPPING__SEMANTIC_CANDIDATES;

	/**
	 * The feature id for the '<em><b>Precondition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_EDGE_MAPPING__PRECONDITION = EDGE_MAPPING__PRECONDITION;

	/**
	 * The feature id for the '<em><b>Label Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_EDGE_MAPPING__LABEL_EXPRESSION = EDGE_MAPPING__LABEL_EXPRESSION;

	/**
	 * The feature id for the '<em><b>Conditional Styles</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_EDGE_MAPPING__CONDITIONAL_STYLES = EDGE_MAPPING__CONDITIONAL_STYLES;

	/**
	 * The feature id for the '<em><b>Source Mappings</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_EDGE_MAPPING__SOURCE_MAPPINGS = EDGE_MAPPING__SOURCE_MAPPINGS;

	/**
	 * The feature id for the '<em><b>Target Mappings</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_EDGE_MAPPING__TARGET_MAPPINGS = EDGE_MAPPING__TARGET_MAPPINGS;

	/**
	 * The feature id for the '<em><b>Style</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_EDGE_MAPPING__STYLE = EDGE_MAPPING__STYLE;

	/**
	 * The feature id for the '<em><b>Source Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_EDGE_MAPPING__SOURCE_EXPRESSION = EDGE_MAPPING_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Target Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_EDGE_MAPPING__TARGET_EXPRESSION = EDGE_MAPPING_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Element Edge Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_EDGE_MAPPING_FEATURE_COUNT = EDGE_MAPPING_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Element Edge Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_EDGE_MAPPING_OPERATION_COUNT = EDGE_MAPPING_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.intdesigner.diagram.spec.impl.StyleImpl <em>Style</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.intdesigner.diagram.spec.impl.StyleImpl
	 * @see org.intdesigner.diagram.spec.impl.DiagramSpecPackageImpl#getStyle()
	 * @generated
	 */
	int STYLE = 11;

	/**
	 * The feature id for the '<em><b>Label Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STYLE__LABEL_COLOR = 0;

	/**
	 * The feature id for the '<em><b>Label Bold</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STYLE__LABEL_BOLD = 1;

	/**
	 * The number of structural features of the '<em>Style</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STYLE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Style</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STYLE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.intdesigner.diagram.spec.impl.NodeStyleImpl <em>Node Style</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.intdesigner.diagram.spec.impl.NodeStyleImpl
	 * @see org.intdesigner.diagram.spec.impl.DiagramSpecPackageImpl#getNodeStyle()
	 * @generated
	 */
	int NODE_STYLE = 12;

	/**
	 * The feature id for the '<em><b>Label Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE__LABEL_COLOR = STYLE__LABEL_COLOR;

	/**
	 * The feature id for the '<em><b>Label Bold</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE__LABEL_BOLD = STYLE__LABEL_BOLD;

	/**
	 * The feature id for the '<em><b>Shape</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE__SHAPE = STYLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Fill Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE__FILL_COLOR = STYLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Border Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE__BORDER_COLOR = STYLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Border Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE__BORDER_WIDTH = STYLE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE__WIDTH = STYLE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE__HEIGHT = STYLE_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Icon Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE__ICON_EXPRESSION = STYLE_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Node Style</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE_FEATURE_COUNT = STYLE_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Node Style</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE_OPERATION_COUNT = STYLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.intdesigner.diagram.spec.impl.EdgeStyleImpl <em>Edge Style</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.intdesigner.diagram.spec.impl.EdgeStyleImpl
	 * @see org.intdesigner.diagram.spec.impl.DiagramSpecPackageImpl#getEdgeStyle()
	 * @generated
	 */
	int EDGE_STYLE = 13;

	/**
	 * The feature id for the '<em><b>Label Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_STYLE__LABEL_COLOR = STYLE__LABEL_COLOR;

	/**
	 * The feature id for the '<em><b>Label Bold</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_STYLE__LABEL_BOLD = STYLE__LABEL_BOLD;

	/**
	 * The feature id for the '<em><b>Line Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_STYLE__LINE_COLOR = STYLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Line Style</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_STYLE__LINE_STYLE = STYLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Line Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_STYLE__LINE_WIDTH = STYLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Source Decoration</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_STYLE__SOURCE_DECORATION = STYLE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Target Decoration</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_STYLE__TARGET_DECORATION = STYLE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Routing</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_STYLE__ROUTING = STYLE_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Edge Style</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_STYLE_FEATURE_COUNT = STYLE_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Edge Style</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_STYLE_OPERATION_COUNT = STYLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.intdesigner.diagram.spec.impl.ConditionalStyleImpl <em>Conditional Style</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.intdesigner.diagram.spec.impl.ConditionalStyleImpl
	 * @see org.intdesigner.diagram.spec.impl.DiagramSpecPackageImpl#getConditionalStyle()
	 * @generated
	 */
	int CONDITIONAL_STYLE = 14;

	/**
	 * The feature id for the '<em><b>Predicate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITIONAL_STYLE__PREDICATE = 0;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITIONAL_STYLE__LABEL = 1;

	/**
	 * The feature id for the '<em><b>Style</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITIONAL_STYLE__STYLE = 2;

	/**
	 * The number of structural features of the '<em>Conditional Style</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITIONAL_STYLE_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Conditional Style</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITIONAL_STYLE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.intdesigner.diagram.spec.impl.ToolImpl <em>Tool</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.intdesigner.diagram.spec.impl.ToolImpl
	 * @see org.intdesigner.diagram.spec.impl.DiagramSpecPackageImpl#getTool()
	 * @generated
	 */
	int TOOL = 15;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOOL__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOOL__LABEL = NAMED__LABEL;

	/**
	 * The feature id for the '<em><b>Precondition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOOL__PRECONDITION = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Icon Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOOL__ICON_PATH = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Operations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOOL__OPERATIONS = NAMED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOOL_FEATURE_COUNT = NAMED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOOL_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.intdesigner.diagram.spec.impl.CreateNodeToolImpl <em>Create Node Tool</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.intdesigner.diagram.spec.impl.CreateNodeToolImpl
	 * @see org.intdesigner.diagram.spec.impl.DiagramSpecPackageImpl#getCreateNodeTool()
	 * @generated
	 */
	int CREATE_NODE_TOOL = 16;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CREATE_NODE_TOOL__NAME = TOOL__NAME;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CREATE_NODE_TOOL__LABEL = TOOL__LABEL;

	/**
	 * The feature id for the '<em><b>Precondition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CREATE_NODE_TOOL__PRECONDITION = TOOL__PRECONDITION;

	/**
	 * The feature id for the '<em><b>Icon Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CREATE_NODE_TOOL__ICON_PATH = TOOL__ICON_PATH;

	/**
	 * The feature id for the '<em><b>Operations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CREATE_NODE_TOOL__OPERATIONS = TOOL__OPERATIONS;

	/**
	 * The feature id for the '<em><b>Mapping</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CREATE_NODE_TOOL__MAPPING = TOOL_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Create Node Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CREATE_NODE_TOOL_FEATURE_COUNT = TOOL_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Create Node Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CREATE_NODE_TOOL_OPERATION_COUNT = TOOL_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.intdesigner.diagram.spec.impl.CreateEdgeToolImpl <em>Create Edge Tool</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.intdesigner.diagram.spec.impl.CreateEdgeToolImpl
	 * @see org.intdesigner.diagram.spec.impl.DiagramSpecPackageImpl#getCreateEdgeTool()
	 * @generated
	 */
	int CREATE_EDGE_TOOL = 17;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CREATE_EDGE_TOOL__NAME = TOOL__NAME;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CREATE_EDGE_TOOL__LABEL = TOOL__LABEL;

	/**
	 * The feature id for the '<em><b>Precondition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CREATE_EDGE_TOOL__PRECONDITION = TOOL__PRECONDITION;

	/**
	 * The feature id for the '<em><b>Icon Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CREATE_EDGE_TOOL__ICON_PATH = TOOL__ICON_PATH;

	/**
	 * The feature id for the '<em><b>Operations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CREATE_EDGE_TOOL__OPERATIONS = TOOL__OPERATIONS;

	/**
	 * The feature id for the '<em><b>Mapping</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CREATE_EDGE_TOOL__MAPPING = TOOL_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Create Edge Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CREATE_EDGE_TOOL_FEATURE_COUNT = TOOL_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Create Edge Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CREATE_EDGE_TOOL_OPERATION_COUNT = TOOL_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.intdesigner.diagram.spec.impl.DeleteToolImpl <em>Delete Tool</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.intdesigner.diagram.spec.impl.DeleteToolImpl
	 * @see org.intdesigner.diagram.spec.impl.DiagramSpecPackageImpl#getDeleteTool()
	 * @generated
	 */
	int DELETE_TOOL = 18;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELETE_TOOL__NAME = TOOL__NAME;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELETE_TOOL__LABEL = TOOL__LABEL;

	/**
	 * The feature id for the '<em><b>Precondition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELETE_TOOL__PRECONDITION = TOOL__PRECONDITION;

	/**
	 * The feature id for the '<em><b>Icon Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELETE_TOOL__ICON_PATH = TOOL__ICON_PATH;

	/**
	 * The feature id for the '<em><b>Operations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELETE_TOOL__OPERATIONS = TOOL__OPERATIONS;

	/**
	 * The feature id for the '<em><b>Mappings</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELETE_TOOL__MAPPINGS = TOOL_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Delete Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELETE_TOOL_FEATURE_COUNT = TOOL_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Delete Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELETE_TOOL_OPERATION_COUNT = TOOL_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.intdesigner.diagram.spec.impl.DirectEditToolImpl <em>Direct Edit Tool</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.intdesigner.diagram.spec.impl.DirectEditToolImpl
	 * @see org.intdesigner.diagram.spec.impl.DiagramSpecPackageImpl#getDirectEditTool()
	 * @generated
	 */
	int DIRECT_EDIT_TOOL = 19;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECT_EDIT_TOOL__NAME = TOOL__NAME;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECT_EDIT_TOOL__LABEL = TOOL__LABEL;

	/**
	 * The feature id for the '<em><b>Precondition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECT_EDIT_TOOL__PRECONDITION = TOOL__PRECONDITION;

	/**
	 * The feature id for the '<em><b>Icon Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECT_EDIT_TOOL__ICON_PATH = TOOL__ICON_PATH;

	/**
	 * The feature id for the '<em><b>Operations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECT_EDIT_TOOL__OPERATIONS = TOOL__OPERATIONS;

	/**
	 * The feature id for the '<em><b>Mappings</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECT_EDIT_TOOL__MAPPINGS = TOOL_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Direct Edit Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECT_EDIT_TOOL_FEATURE_COUNT = TOOL_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Direct Edit Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECT_EDIT_TOOL_OPERATION_COUNT = TOOL_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.intdesigner.diagram.spec.impl.ReparentToolImpl <em>Reparent Tool</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.intdesigner.diagram.spec.impl.ReparentToolImpl
	 * @see org.intdesigner.diagram.spec.impl.DiagramSpecPackageImpl#getReparentTool()
	 * @generated
	 */
	int REPARENT_TOOL = 20;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPARENT_TOOL__NAME = TOOL__NAME;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPARENT_TOOL__LABEL = TOOL__LABEL;

	/**
	 * The feature id for the '<em><b>Precondition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPARENT_TOOL__PRECONDITION = TOOL__PRECONDITION;

	/**
	 * The feature id for the '<em><b>Icon Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPARENT_TOOL__ICON_PATH = TOOL__ICON_PATH;

	/**
	 * The feature id for the '<em><b>Operations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPARENT_TOOL__OPERATIONS = TOOL__OPERATIONS;

	/**
	 * The feature id for the '<em><b>Mappings</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPARENT_TOOL__MAPPINGS = TOOL_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Reparent Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPARENT_TOOL_FEATURE_COUNT = TOOL_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Reparent Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPARENT_TOOL_OPERATION_COUNT = TOOL_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.intdesigner.diagram.spec.impl.OperationImpl <em>Operation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.intdesigner.diagram.spec.impl.OperationImpl
	 * @see org.intdesigner.diagram.spec.impl.DiagramSpecPackageImpl#getOperation()
	 * @generated
	 */
	int OPERATION = 21;

	/**
	 * The feature id for the '<em><b>Sub Operations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATION__SUB_OPERATIONS = 0;

	/**
	 * The number of structural features of the '<em>Operation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATION_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Operation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.intdesigner.diagram.spec.impl.CreateInstanceImpl <em>Create Instance</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.intdesigner.diagram.spec.impl.CreateInstanceImpl
	 * @see org.intdesigner.diagram.spec.impl.DiagramSpecPackageImpl#getCreateInstance()
	 * @generated
	 */
	int CREATE_INSTANCE = 22;

	/**
	 * The feature id for the '<em><b>Sub Operations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CREATE_INSTANCE__SUB_OPERATIONS = OPERATION__SUB_OPERATIONS;

	/**
	 * The feature id for the '<em><b>Type Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CREATE_INSTANCE__TYPE_NAME = OPERATION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Reference Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CREATE_INSTANCE__REFERENCE_NAME = OPERATION_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Create Instance</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CREATE_INSTANCE_FEATURE_COUNT = OPERATION_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Create Instance</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CREATE_INSTANCE_OPERATION_COUNT = OPERATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.intdesigner.diagram.spec.impl.SetValueImpl <em>Set Value</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.intdesigner.diagram.spec.impl.SetValueImpl
	 * @see org.intdesigner.diagram.spec.impl.DiagramSpecPackageImpl#getSetValue()
	 * @generated
	 */
	int SET_VALUE = 23;

	/**
	 * The feature id for the '<em><b>Sub Operations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SET_VALUE__SUB_OPERATIONS = OPERATION__SUB_OPERATIONS;

	/**
	 * The feature id for the '<em><b>Feature Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SET_VALUE__FEATURE_NAME = OPERATION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Value Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SET_VALUE__VALUE_EXPRESSION = OPERATION_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Set Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SET_VALUE_FEATURE_COUNT = OPERATION_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Set Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SET_VALUE_OPERATION_COUNT = OPERATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.intdesigner.diagram.spec.impl.RemoveElementImpl <em>Remove Element</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.intdesigner.diagram.spec.impl.RemoveElementImpl
	 * @see org.intdesigner.diagram.spec.impl.DiagramSpecPackageImpl#getRemoveElement()
	 * @generated
	 */
	int REMOVE_ELEMENT = 24;

	/**
	 * The feature id for the '<em><b>Sub Operations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMOVE_ELEMENT__SUB_OPERATIONS = OPERATION__SUB_OPERATIONS;

	/**
	 * The number of structural features of the '<em>Remove Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMOVE_ELEMENT_FEATURE_COUNT = OPERATION_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Remove Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMOVE_ELEMENT_OPERATION_COUNT = OPERATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.intdesigner.diagram.spec.impl.ChangeContextImpl <em>Change Context</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.intdesigner.diagram.spec.impl.ChangeContextImpl
	 * @see org.intdesigner.diagram.spec.impl.DiagramSpecPackageImpl#getChangeContext()
	 * @generated
	 */
	int CHANGE_CONTEXT = 25;

	/**
	 * The feature id for the '<em><b>Sub Operations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANGE_CONTEXT__SUB_OPERATIONS = OPERATION__SUB_OPERATIONS;

	/**
	 * The feature id for the '<em><b>Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANGE_CONTEXT__EXPRESSION = OPERATION_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Change Context</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANGE_CONTEXT_FEATURE_COUNT = OPERATION_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Change Context</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANGE_CONTEXT_OPERATION_COUNT = OPERATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.intdesigner.diagram.spec.impl.FilterImpl <em>Filter</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.intdesigner.diagram.spec.impl.FilterImpl
	 * @see org.intdesigner.diagram.spec.impl.DiagramSpecPackageImpl#getFilter()
	 * @generated
	 */
	int FILTER = 26;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILTER__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILTER__LABEL = NAMED__LABEL;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILTER__KIND = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Mappings</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILTER__MAPPINGS = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Condition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILTER__CONDITION = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Active By Default</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILTER__ACTIVE_BY_DEFAULT = NAMED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Filter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILTER_FEATURE_COUNT = NAMED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Filter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILTER_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.intdesigner.diagram.spec.impl.DecorationImpl <em>Decoration</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.intdesigner.diagram.spec.impl.DecorationImpl
	 * @see org.intdesigner.diagram.spec.impl.DiagramSpecPackageImpl#getDecoration()
	 * @generated
	 */
	int DECORATION = 27;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECORATION__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECORATION__LABEL = NAMED__LABEL;

	/**
	 * The feature id for the '<em><b>Mappings</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECORATION__MAPPINGS = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Precondition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECORATION__PRECONDITION = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Icon Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECORATION__ICON_PATH = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Tooltip Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECORATION__TOOLTIP_EXPRESSION = NAMED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Decoration</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECORATION_FEATURE_COUNT = NAMED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Decoration</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECORATION_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.intdesigner.diagram.spec.Shape <em>Shape</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.intdesigner.diagram.spec.Shape
	 * @see org.intdesigner.diagram.spec.impl.DiagramSpecPackageImpl#getShape()
	 * @generated
	 */
	int SHAPE = 28;

	/**
	 * The meta object id for the '{@link org.intdesigner.diagram.spec.LineStyle <em>Line Style</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.intdesigner.diagram.spec.LineStyle
	 * @see org.intdesigner.diagram.spec.impl.DiagramSpecPackageImpl#getLineStyle()
	 * @generated
	 */
	int LINE_STYLE = 29;

	/**
	 * The meta object id for the '{@link org.intdesigner.diagram.spec.ArrowHead <em>Arrow Head</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.intdesigner.diagram.spec.ArrowHead
	 * @see org.intdesigner.diagram.spec.impl.DiagramSpecPackageImpl#getArrowHead()
	 * @generated
	 */
	int ARROW_HEAD = 30;

	/**
	 * The meta object id for the '{@link org.intdesigner.diagram.spec.ChildrenLayout <em>Children Layout</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.intdesigner.diagram.spec.ChildrenLayout
	 * @see org.intdesigner.diagram.spec.impl.DiagramSpecPackageImpl#getChildrenLayout()
	 * @generated
	 */
	int CHILDREN_LAYOUT = 31;

	/**
	 * The meta object id for the '{@link org.intdesigner.diagram.spec.LayoutDirection <em>Layout Direction</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.intdesigner.diagram.spec.LayoutDirection
	 * @see org.intdesigner.diagram.spec.impl.DiagramSpecPackageImpl#getLayoutDirection()
	 * @generated
	 */
	int LAYOUT_DIRECTION = 32;

	/**
	 * The meta object id for the '{@link org.intdesigner.diagram.spec.Routing <em>Routing</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.intdesigner.diagram.spec.Routing
	 * @see org.intdesigner.diagram.spec.impl.DiagramSpecPackageImpl#getRouting()
	 * @generated
	 */
	int ROUTING = 33;

	/**
	 * The meta object id for the '{@link org.intdesigner.diagram.spec.FilterKind <em>Filter Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.intdesigner.diagram.spec.FilterKind
	 * @see org.intdesigner.diagram.spec.impl.DiagramSpecPackageImpl#getFilterKind()
	 * @generated
	 */
	int FILTER_KIND = 34;


	/**
	 * Returns the meta object for class '{@link org.intdesigner.diagram.spec.Named <em>Named</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Named</em>'.
	 * @see org.intdesigner.diagram.spec.Named
	 * @generated
	 */
	EClass getNamed();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.diagram.spec.Named#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.intdesigner.diagram.spec.Named#getName()
	 * @see #getNamed()
	 * @generated
	 */
	EAttribute getNamed_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.diagram.spec.Named#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.intdesigner.diagram.spec.Named#getLabel()
	 * @see #getNamed()
	 * @generated
	 */
	EAttribute getNamed_Label();

	/**
	 * Returns the meta object for class '{@link org.intdesigner.diagram.spec.Viewpoint <em>Viewpoint</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Viewpoint</em>'.
	 * @see org.intdesigner.diagram.spec.Viewpoint
	 * @generated
	 */
	EClass getViewpoint();

	/**
	 * Returns the meta object for the containment reference list '{@link org.intdesigner.diagram.spec.Viewpoint#getDiagrams <em>Diagrams</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Diagrams</em>'.
	 * @see org.intdesigner.diagram.spec.Viewpoint#getDiagrams()
	 * @see #getViewpoint()
	 * @generated
	 */
	EReference getViewpoint_Diagrams();

	/**
	 * Returns the meta object for class '{@link org.intdesigner.diagram.spec.DiagramDescription <em>Diagram Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Diagram Description</em>'.
	 * @see org.intdesigner.diagram.spec.DiagramDescription
	 * @generated
	 */
	EClass getDiagramDescription();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.diagram.spec.DiagramDescription#getDomainClass <em>Domain Class</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Domain Class</em>'.
	 * @see org.intdesigner.diagram.spec.DiagramDescription#getDomainClass()
	 * @see #getDiagramDescription()
	 * @generated
	 */
	EAttribute getDiagramDescription_DomainClass();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.diagram.spec.DiagramDescription#getTitleExpression <em>Title Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title Expression</em>'.
	 * @see org.intdesigner.diagram.spec.DiagramDescription#getTitleExpression()
	 * @see #getDiagramDescription()
	 * @generated
	 */
	EAttribute getDiagramDescription_TitleExpression();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.diagram.spec.DiagramDescription#getLayoutDirection <em>Layout Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Layout Direction</em>'.
	 * @see org.intdesigner.diagram.spec.DiagramDescription#getLayoutDirection()
	 * @see #getDiagramDescription()
	 * @generated
	 */
	EAttribute getDiagramDescription_LayoutDirection();

	/**
	 * Returns the meta object for the containment reference list '{@link org.intdesigner.diagram.spec.DiagramDescription#getLayers <em>Layers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Layers</em>'.
	 * @see org.intdesigner.diagram.spec.DiagramDescription#getLayers()
	 * @see #getDiagramDescription()
	 * @generated
	 */
	EReference getDiagramDescription_Layers();

	/**
	 * Returns the meta object for class '{@link org.intdesigner.diagram.spec.Layer <em>Layer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Layer</em>'.
	 * @see org.intdesigner.diagram.spec.Layer
	 * @generated
	 */
	EClass getLayer();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.diagram.spec.Layer#isActiveByDefault <em>Active By Default</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Active By Default</em>'.
	 * @see org.intdesigner.diagram.spec.Layer#isActiveByDefault()
	 * @see #getLayer()
	 * @generated
	 */
	EAttribute getLayer_ActiveByDefault();

	/**
	 * Returns the meta object for the containment reference list '{@link org.intdesigner.diagram.spec.Layer#getNodeMappings <em>Node Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Node Mappings</em>'.
	 * @see org.intdesigner.diagram.spec.Layer#getNodeMappings()
	 * @see #getLayer()
	 * @generated
	 */
	EReference getLayer_NodeMappings();

	/**
	 * Returns the meta object for the containment reference list '{@link org.intdesigner.diagram.spec.Layer#getContainerMappings <em>Container Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Container Mappings</em>'.
	 * @see org.intdesigner.diagram.spec.Layer#getContainerMappings()
	 * @see #getLayer()
	 * @generated
	 */
	EReference getLayer_ContainerMappings();

	/**
	 * Returns the meta object for the containment reference list '{@link org.intdesigner.diagram.spec.Layer#getEdgeMappings <em>Edge Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Edge Mappings</em>'.
	 * @see org.intdesigner.diagram.spec.Layer#getEdgeMappings()
	 * @see #getLayer()
	 * @generated
	 */
	EReference getLayer_EdgeMappings();

	/**
	 * Returns the meta object for the containment reference list '{@link org.intdesigner.diagram.spec.Layer#getTools <em>Tools</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Tools</em>'.
	 * @see org.intdesigner.diagram.spec.Layer#getTools()
	 * @see #getLayer()
	 * @generated
	 */
	EReference getLayer_Tools();

	/**
	 * Returns the meta object for the containment reference list '{@link org.intdesigner.diagram.spec.Layer#getFilters <em>Filters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Filters</em>'.
	 * @see org.intdesigner.diagram.spec.Layer#getFilters()
	 * @see #getLayer()
	 * @generated
	 */
	EReference getLayer_Filters();

	/**
	 * Returns the meta object for the containment reference list '{@link org.intdesigner.diagram.spec.Layer#getDecorations <em>Decorations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Decorations</em>'.
	 * @see org.intdesigner.diagram.spec.Layer#getDecorations()
	 * @see #getLayer()
	 * @generated
	 */
	EReference getLayer_Decorations();

	/**
	 * Returns the meta object for class '{@link org.intdesigner.diagram.spec.Mapping <em>Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Mapping</em>'.
	 * @see org.intdesigner.diagram.spec.Mapping
	 * @generated
	 */
	EClass getMapping();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.diagram.spec.Mapping#getDomainClass <em>Domain Class</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Domain Class</em>'.
	 * @see org.intdesigner.diagram.spec.Mapping#getDomainClass()
	 * @see #getMapping()
	 * @generated
	 */
	EAttribute getMapping_DomainClass();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.diagram.spec.Mapping#getSemanticCandidates <em>Semantic Candidates</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Semantic Candidates</em>'.
	 * @see org.intdesigner.diagram.spec.Mapping#getSemanticCandidates()
	 * @see #getMapping()
	 * @generated
	 */
	EAttribute getMapping_SemanticCandidates();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.diagram.spec.Mapping#getPrecondition <em>Precondition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Precondition</em>'.
	 * @see org.intdesigner.diagram.spec.Mapping#getPrecondition()
	 * @see #getMapping()
	 * @generated
	 */
	EAttribute getMapping_Precondition();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.diagram.spec.Mapping#getLabelExpression <em>Label Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label Expression</em>'.
	 * @see org.intdesigner.diagram.spec.Mapping#getLabelExpression()
	 * @see #getMapping()
	 * @generated
	 */
	EAttribute getMapping_LabelExpression();

	/**
	 * Returns the meta object for the containment reference list '{@link org.intdesigner.diagram.spec.Mapping#getConditionalStyles <em>Conditional Styles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Conditional Styles</em>'.
	 * @see org.intdesigner.diagram.spec.Mapping#getConditionalStyles()
	 * @see #getMapping()
	 * @generated
	 */
	EReference getMapping_ConditionalStyles();

	/**
	 * Returns the meta object for class '{@link org.intdesigner.diagram.spec.AbstractNodeMapping <em>Abstract Node Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Abstract Node Mapping</em>'.
	 * @see org.intdesigner.diagram.spec.AbstractNodeMapping
	 * @generated
	 */
	EClass getAbstractNodeMapping();

	/**
	 * Returns the meta object for the containment reference '{@link org.intdesigner.diagram.spec.AbstractNodeMapping#getStyle <em>Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Style</em>'.
	 * @see org.intdesigner.diagram.spec.AbstractNodeMapping#getStyle()
	 * @see #getAbstractNodeMapping()
	 * @generated
	 */
	EReference getAbstractNodeMapping_Style();

	/**
	 * Returns the meta object for class '{@link org.intdesigner.diagram.spec.NodeMapping <em>Node Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Node Mapping</em>'.
	 * @see org.intdesigner.diagram.spec.NodeMapping
	 * @generated
	 */
	EClass getNodeMapping();

	/**
	 * Returns the meta object for class '{@link org.intdesigner.diagram.spec.ContainerMapping <em>Container Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Container Mapping</em>'.
	 * @see org.intdesigner.diagram.spec.ContainerMapping
	 * @generated
	 */
	EClass getContainerMapping();

	/**
	 * Returns the meta object for the containment reference list '{@link org.intdesigner.diagram.spec.ContainerMapping#getSubNodeMappings <em>Sub Node Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sub Node Mappings</em>'.
	 * @see org.intdesigner.diagram.spec.ContainerMapping#getSubNodeMappings()
	 * @see #getContainerMapping()
	 * @generated
	 */
	EReference getContainerMapping_SubNodeMappings();

	/**
	 * Returns the meta object for the containment reference list '{@link org.intdesigner.diagram.spec.ContainerMapping#getSubContainerMappings <em>Sub Container Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sub Container Mappings</em>'.
	 * @see org.intdesigner.diagram.spec.ContainerMapping#getSubContainerMappings()
	 * @see #getContainerMapping()
	 * @generated
	 */
	EReference getContainerMapping_SubContainerMappings();

	/**
	 * Returns the meta object for the reference list '{@link org.intdesigner.diagram.spec.ContainerMapping#getReusedMappings <em>Reused Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Reused Mappings</em>'.
	 * @see org.intdesigner.diagram.spec.ContainerMapping#getReusedMappings()
	 * @see #getContainerMapping()
	 * @generated
	 */
	EReference getContainerMapping_ReusedMappings();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.diagram.spec.ContainerMapping#getChildrenLayout <em>Children Layout</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Children Layout</em>'.
	 * @see org.intdesigner.diagram.spec.ContainerMapping#getChildrenLayout()
	 * @see #getContainerMapping()
	 * @generated
	 */
	EAttribute getContainerMapping_ChildrenLayout();

	/**
	 * Returns the meta object for class '{@link org.intdesigner.diagram.spec.EdgeMapping <em>Edge Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Edge Mapping</em>'.
	 * @see org.intdesigner.diagram.spec.EdgeMapping
	 * @generated
	 */
	EClass getEdgeMapping();

	/**
	 * Returns the meta object for the reference list '{@link org.intdesigner.diagram.spec.EdgeMapping#getSourceMappings <em>Source Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Source Mappings</em>'.
	 * @see org.intdesigner.diagram.spec.EdgeMapping#getSourceMappings()
	 * @see #getEdgeMapping()
	 * @generated
	 */
	EReference getEdgeMapping_SourceMappings();

	/**
	 * Returns the meta object for the reference list '{@link org.intdesigner.diagram.spec.EdgeMapping#getTargetMappings <em>Target Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Target Mappings</em>'.
	 * @see org.intdesigner.diagram.spec.EdgeMapping#getTargetMappings()
	 * @see #getEdgeMapping()
	 * @generated
	 */
	EReference getEdgeMapping_TargetMappings();

	/**
	 * Returns the meta object for the containment reference '{@link org.intdesigner.diagram.spec.EdgeMapping#getStyle <em>Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Style</em>'.
	 * @see org.intdesigner.diagram.spec.EdgeMapping#getStyle()
	 * @see #getEdgeMapping()
	 * @generated
	 */
	EReference getEdgeMapping_Style();

	/**
	 * Returns the meta object for class '{@link org.intdesigner.diagram.spec.RelationEdgeMapping <em>Relation Edge Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Relation Edge Mapping</em>'.
	 * @see org.intdesigner.diagram.spec.RelationEdgeMapping
	 * @generated
	 */
	EClass getRelationEdgeMapping();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.diagram.spec.RelationEdgeMapping#getTargetExpression <em>Target Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target Expression</em>'.
	 * @see org.intdesigner.diagram.spec.RelationEdgeMapping#getTargetExpression()
	 * @see #getRelationEdgeMapping()
	 * @generated
	 */
	EAttribute getRelationEdgeMapping_TargetExpression();

	/**
	 * Returns the meta object for class '{@link org.intdesigner.diagram.spec.ElementEdgeMapping <em>Element Edge Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Element Edge Mapping</em>'.
	 * @see org.intdesigner.diagram.spec.ElementEdgeMapping
	 * @generated
	 */
	EClass getElementEdgeMapping();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.diagram.spec.ElementEdgeMapping#getSourceExpression <em>Source Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source Expression</em>'.
	 * @see org.intdesigner.diagram.spec.ElementEdgeMapping#getSourceExpression()
	 * @see #getElementEdgeMapping()
	 * @generated
	 */
	EAttribute getElementEdgeMapping_SourceExpression();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.diagram.spec.ElementEdgeMapping#getTargetExpression <em>Target Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target Expression</em>'.
	 * @see org.intdesigner.diagram.spec.ElementEdgeMapping#getTargetExpression()
	 * @see #getElementEdgeMapping()
	 * @generated
	 */
	EAttribute getElementEdgeMapping_TargetExpression();

	/**
	 * Returns the meta object for class '{@link org.intdesigner.diagram.spec.Style <em>Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Style</em>'.
	 * @see org.intdesigner.diagram.spec.Style
	 * @generated
	 */
	EClass getStyle();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.diagram.spec.Style#getLabelColor <em>Label Color</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label Color</em>'.
	 * @see org.intdesigner.diagram.spec.Style#getLabelColor()
	 * @see #getStyle()
	 * @generated
	 */
	EAttribute getStyle_LabelColor();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.diagram.spec.Style#isLabelBold <em>Label Bold</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label Bold</em>'.
	 * @see org.intdesigner.diagram.spec.Style#isLabelBold()
	 * @see #getStyle()
	 * @generated
	 */
	EAttribute getStyle_LabelBold();

	/**
	 * Returns the meta object for class '{@link org.intdesigner.diagram.spec.NodeStyle <em>Node Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Node Style</em>'.
	 * @see org.intdesigner.diagram.spec.NodeStyle
	 * @generated
	 */
	EClass getNodeStyle();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.diagram.spec.NodeStyle#getShape <em>Shape</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Shape</em>'.
	 * @see org.intdesigner.diagram.spec.NodeStyle#getShape()
	 * @see #getNodeStyle()
	 * @generated
	 */
	EAttribute getNodeStyle_Shape();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.diagram.spec.NodeStyle#getFillColor <em>Fill Color</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fill Color</em>'.
	 * @see org.intdesigner.diagram.spec.NodeStyle#getFillColor()
	 * @see #getNodeStyle()
	 * @generated
	 */
	EAttribute getNodeStyle_FillColor();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.diagram.spec.NodeStyle#getBorderColor <em>Border Color</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Border Color</em>'.
	 * @see org.intdesigner.diagram.spec.NodeStyle#getBorderColor()
	 * @see #getNodeStyle()
	 * @generated
	 */
	EAttribute getNodeStyle_BorderColor();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.diagram.spec.NodeStyle#getBorderWidth <em>Border Width</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Border Width</em>'.
	 * @see org.intdesigner.diagram.spec.NodeStyle#getBorderWidth()
	 * @see #getNodeStyle()
	 * @generated
	 */
	EAttribute getNodeStyle_BorderWidth();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.diagram.spec.NodeStyle#getWidth <em>Width</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Width</em>'.
	 * @see org.intdesigner.diagram.spec.NodeStyle#getWidth()
	 * @see #getNodeStyle()
	 * @generated
	 */
	EAttribute getNodeStyle_Width();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.diagram.spec.NodeStyle#getHeight <em>Height</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Height</em>'.
	 * @see org.intdesigner.diagram.spec.NodeStyle#getHeight()
	 * @see #getNodeStyle()
	 * @generated
	 */
	EAttribute getNodeStyle_Height();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.diagram.spec.NodeStyle#getIconExpression <em>Icon Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Icon Expression</em>'.
	 * @see org.intdesigner.diagram.spec.NodeStyle#getIconExpression()
	 * @see #getNodeStyle()
	 * @generated
	 */
	EAttribute getNodeStyle_IconExpression();

	/**
	 * Returns the meta object for class '{@link org.intdesigner.diagram.spec.EdgeStyle <em>Edge Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Edge Style</em>'.
	 * @see org.intdesigner.diagram.spec.EdgeStyle
	 * @generated
	 */
	EClass getEdgeStyle();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.diagram.spec.EdgeStyle#getLineColor <em>Line Color</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Line Color</em>'.
	 * @see org.intdesigner.diagram.spec.EdgeStyle#getLineColor()
	 * @see #getEdgeStyle()
	 * @generated
	 */
	EAttribute getEdgeStyle_LineColor();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.diagram.spec.EdgeStyle#getLineStyle <em>Line Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Line Style</em>'.
	 * @see org.intdesigner.diagram.spec.EdgeStyle#getLineStyle()
	 * @see #getEdgeStyle()
	 * @generated
	 */
	EAttribute getEdgeStyle_LineStyle();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.diagram.spec.EdgeStyle#getLineWidth <em>Line Width</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Line Width</em>'.
	 * @see org.intdesigner.diagram.spec.EdgeStyle#getLineWidth()
	 * @see #getEdgeStyle()
	 * @generated
	 */
	EAttribute getEdgeStyle_LineWidth();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.diagram.spec.EdgeStyle#getSourceDecoration <em>Source Decoration</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source Decoration</em>'.
	 * @see org.intdesigner.diagram.spec.EdgeStyle#getSourceDecoration()
	 * @see #getEdgeStyle()
	 * @generated
	 */
	EAttribute getEdgeStyle_SourceDecoration();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.diagram.spec.EdgeStyle#getTargetDecoration <em>Target Decoration</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target Decoration</em>'.
	 * @see org.intdesigner.diagram.spec.EdgeStyle#getTargetDecoration()
	 * @see #getEdgeStyle()
	 * @generated
	 */
	EAttribute getEdgeStyle_TargetDecoration();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.diagram.spec.EdgeStyle#getRouting <em>Routing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Routing</em>'.
	 * @see org.intdesigner.diagram.spec.EdgeStyle#getRouting()
	 * @see #getEdgeStyle()
	 * @generated
	 */
	EAttribute getEdgeStyle_Routing();

	/**
	 * Returns the meta object for class '{@link org.intdesigner.diagram.spec.ConditionalStyle <em>Conditional Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Conditional Style</em>'.
	 * @see org.intdesigner.diagram.spec.ConditionalStyle
	 * @generated
	 */
	EClass getConditionalStyle();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.diagram.spec.ConditionalStyle#getPredicate <em>Predicate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Predicate</em>'.
	 * @see org.intdesigner.diagram.spec.ConditionalStyle#getPredicate()
	 * @see #getConditionalStyle()
	 * @generated
	 */
	EAttribute getConditionalStyle_Predicate();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.diagram.spec.ConditionalStyle#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.intdesigner.diagram.spec.ConditionalStyle#getLabel()
	 * @see #getConditionalStyle()
	 * @generated
	 */
	EAttribute getConditionalStyle_Label();

	/**
	 * Returns the meta object for the containment reference '{@link org.intdesigner.diagram.spec.ConditionalStyle#getStyle <em>Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Style</em>'.
	 * @see org.intdesigner.diagram.spec.ConditionalStyle#getStyle()
	 * @see #getConditionalStyle()
	 * @generated
	 */
	EReference getConditionalStyle_Style();

	/**
	 * Returns the meta object for class '{@link org.intdesigner.diagram.spec.Tool <em>Tool</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Tool</em>'.
	 * @see org.intdesigner.diagram.spec.Tool
	 * @generated
	 */
	EClass getTool();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.diagram.spec.Tool#getPrecondition <em>Precondition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Precondition</em>'.
	 * @see org.intdesigner.diagram.spec.Tool#getPrecondition()
	 * @see #getTool()
	 * @generated
	 */
	EAttribute getTool_Precondition();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.diagram.spec.Tool#getIconPath <em>Icon Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Icon Path</em>'.
	 * @see org.intdesigner.diagram.spec.Tool#getIconPath()
	 * @see #getTool()
	 * @generated
	 */
	EAttribute getTool_IconPath();

	/**
	 * Returns the meta object for the containment reference list '{@link org.intdesigner.diagram.spec.Tool#getOperations <em>Operations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Operations</em>'.
	 * @see org.intdesigner.diagram.spec.Tool#getOperations()
	 * @see #getTool()
	 * @generated
	 */
	EReference getTool_Operations();

	/**
	 * Returns the meta object for class '{@link org.intdesigner.diagram.spec.CreateNodeTool <em>Create Node Tool</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Create Node Tool</em>'.
	 * @see org.intdesigner.diagram.spec.CreateNodeTool
	 * @generated
	 */
	EClass getCreateNodeTool();

	/**
	 * Returns the meta object for the reference '{@link org.intdesigner.diagram.spec.CreateNodeTool#getMapping <em>Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Mapping</em>'.
	 * @see org.intdesigner.diagram.spec.CreateNodeTool#getMapping()
	 * @see #getCreateNodeTool()
	 * @generated
	 */
	EReference getCreateNodeTool_Mapping();

	/**
	 * Returns the meta object for class '{@link org.intdesigner.diagram.spec.CreateEdgeTool <em>Create Edge Tool</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Create Edge Tool</em>'.
	 * @see org.intdesigner.diagram.spec.CreateEdgeTool
	 * @generated
	 */
	EClass getCreateEdgeTool();

	/**
	 * Returns the meta object for the reference '{@link org.intdesigner.diagram.spec.CreateEdgeTool#getMapping <em>Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Mapping</em>'.
	 * @see org.intdesigner.diagram.spec.CreateEdgeTool#getMapping()
	 * @see #getCreateEdgeTool()
	 * @generated
	 */
	EReference getCreateEdgeTool_Mapping();

	/**
	 * Returns the meta object for class '{@link org.intdesigner.diagram.spec.DeleteTool <em>Delete Tool</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Delete Tool</em>'.
	 * @see org.intdesigner.diagram.spec.DeleteTool
	 * @generated
	 */
	EClass getDeleteTool();

	/**
	 * Returns the meta object for the reference list '{@link org.intdesigner.diagram.spec.DeleteTool#getMappings <em>Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Mappings</em>'.
	 * @see org.intdesigner.diagram.spec.DeleteTool#getMappings()
	 * @see #getDeleteTool()
	 * @generated
	 */
	EReference getDeleteTool_Mappings();

	/**
	 * Returns the meta object for class '{@link org.intdesigner.diagram.spec.DirectEditTool <em>Direct Edit Tool</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Direct Edit Tool</em>'.
	 * @see org.intdesigner.diagram.spec.DirectEditTool
	 * @generated
	 */
	EClass getDirectEditTool();

	/**
	 * Returns the meta object for the reference list '{@link org.intdesigner.diagram.spec.DirectEditTool#getMappings <em>Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Mappings</em>'.
	 * @see org.intdesigner.diagram.spec.DirectEditTool#getMappings()
	 * @see #getDirectEditTool()
	 * @generated
	 */
	EReference getDirectEditTool_Mappings();

	/**
	 * Returns the meta object for class '{@link org.intdesigner.diagram.spec.ReparentTool <em>Reparent Tool</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Reparent Tool</em>'.
	 * @see org.intdesigner.diagram.spec.ReparentTool
	 * @generated
	 */
	EClass getReparentTool();

	/**
	 * Returns the meta object for the reference list '{@link org.intdesigner.diagram.spec.ReparentTool#getMappings <em>Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Mappings</em>'.
	 * @see org.intdesigner.diagram.spec.ReparentTool#getMappings()
	 * @see #getReparentTool()
	 * @generated
	 */
	EReference getReparentTool_Mappings();

	/**
	 * Returns the meta object for class '{@link org.intdesigner.diagram.spec.Operation <em>Operation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Operation</em>'.
	 * @see org.intdesigner.diagram.spec.Operation
	 * @generated
	 */
	EClass getOperation();

	/**
	 * Returns the meta object for the containment reference list '{@link org.intdesigner.diagram.spec.Operation#getSubOperations <em>Sub Operations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sub Operations</em>'.
	 * @see org.intdesigner.diagram.spec.Operation#getSubOperations()
	 * @see #getOperation()
	 * @generated
	 */
	EReference getOperation_SubOperations();

	/**
	 * Returns the meta object for class '{@link org.intdesigner.diagram.spec.CreateInstance <em>Create Instance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Create Instance</em>'.
	 * @see org.intdesigner.diagram.spec.CreateInstance
	 * @generated
	 */
	EClass getCreateInstance();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.diagram.spec.CreateInstance#getTypeName <em>Type Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type Name</em>'.
	 * @see org.intdesigner.diagram.spec.CreateInstance#getTypeName()
	 * @see #getCreateInstance()
	 * @generated
	 */
	EAttribute getCreateInstance_TypeName();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.diagram.spec.CreateInstance#getReferenceName <em>Reference Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reference Name</em>'.
	 * @see org.intdesigner.diagram.spec.CreateInstance#getReferenceName()
	 * @see #getCreateInstance()
	 * @generated
	 */
	EAttribute getCreateInstance_ReferenceName();

	/**
	 * Returns the meta object for class '{@link org.intdesigner.diagram.spec.SetValue <em>Set Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Set Value</em>'.
	 * @see org.intdesigner.diagram.spec.SetValue
	 * @generated
	 */
	EClass getSetValue();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.diagram.spec.SetValue#getFeatureName <em>Feature Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Feature Name</em>'.
	 * @see org.intdesigner.diagram.spec.SetValue#getFeatureName()
	 * @see #getSetValue()
	 * @generated
	 */
	EAttribute getSetValue_FeatureName();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.diagram.spec.SetValue#getValueExpression <em>Value Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value Expression</em>'.
	 * @see org.intdesigner.diagram.spec.SetValue#getValueExpression()
	 * @see #getSetValue()
	 * @generated
	 */
	EAttribute getSetValue_ValueExpression();

	/**
	 * Returns the meta object for class '{@link org.intdesigner.diagram.spec.RemoveElement <em>Remove Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Remove Element</em>'.
	 * @see org.intdesigner.diagram.spec.RemoveElement
	 * @generated
	 */
	EClass getRemoveElement();

	/**
	 * Returns the meta object for class '{@link org.intdesigner.diagram.spec.ChangeContext <em>Change Context</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Change Context</em>'.
	 * @see org.intdesigner.diagram.spec.ChangeContext
	 * @generated
	 */
	EClass getChangeContext();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.diagram.spec.ChangeContext#getExpression <em>Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Expression</em>'.
	 * @see org.intdesigner.diagram.spec.ChangeContext#getExpression()
	 * @see #getChangeContext()
	 * @generated
	 */
	EAttribute getChangeContext_Expression();

	/**
	 * Returns the meta object for class '{@link org.intdesigner.diagram.spec.Filter <em>Filter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Filter</em>'.
	 * @see org.intdesigner.diagram.spec.Filter
	 * @generated
	 */
	EClass getFilter();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.diagram.spec.Filter#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.intdesigner.diagram.spec.Filter#getKind()
	 * @see #getFilter()
	 * @generated
	 */
	EAttribute getFilter_Kind();

	/**
	 * Returns the meta object for the reference list '{@link org.intdesigner.diagram.spec.Filter#getMappings <em>Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Mappings</em>'.
	 * @see org.intdesigner.diagram.spec.Filter#getMappings()
	 * @see #getFilter()
	 * @generated
	 */
	EReference getFilter_Mappings();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.diagram.spec.Filter#getCondition <em>Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Condition</em>'.
	 * @see org.intdesigner.diagram.spec.Filter#getCondition()
	 * @see #getFilter()
	 * @generated
	 */
	EAttribute getFilter_Condition();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.diagram.spec.Filter#isActiveByDefault <em>Active By Default</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Active By Default</em>'.
	 * @see org.intdesigner.diagram.spec.Filter#isActiveByDefault()
	 * @see #getFilter()
	 * @generated
	 */
	EAttribute getFilter_ActiveByDefault();

	/**
	 * Returns the meta object for class '{@link org.intdesigner.diagram.spec.Decoration <em>Decoration</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Decoration</em>'.
	 * @see org.intdesigner.diagram.spec.Decoration
	 * @generated
	 */
	EClass getDecoration();

	/**
	 * Returns the meta object for the reference list '{@link org.intdesigner.diagram.spec.Decoration#getMappings <em>Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Mappings</em>'.
	 * @see org.intdesigner.diagram.spec.Decoration#getMappings()
	 * @see #getDecoration()
	 * @generated
	 */
	EReference getDecoration_Mappings();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.diagram.spec.Decoration#getPrecondition <em>Precondition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Precondition</em>'.
	 * @see org.intdesigner.diagram.spec.Decoration#getPrecondition()
	 * @see #getDecoration()
	 * @generated
	 */
	EAttribute getDecoration_Precondition();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.diagram.spec.Decoration#getIconPath <em>Icon Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Icon Path</em>'.
	 * @see org.intdesigner.diagram.spec.Decoration#getIconPath()
	 * @see #getDecoration()
	 * @generated
	 */
	EAttribute getDecoration_IconPath();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.diagram.spec.Decoration#getTooltipExpression <em>Tooltip Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tooltip Expression</em>'.
	 * @see org.intdesigner.diagram.spec.Decoration#getTooltipExpression()
	 * @see #getDecoration()
	 * @generated
	 */
	EAttribute getDecoration_TooltipExpression();

	/**
	 * Returns the meta object for enum '{@link org.intdesigner.diagram.spec.Shape <em>Shape</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Shape</em>'.
	 * @see org.intdesigner.diagram.spec.Shape
	 * @generated
	 */
	EEnum getShape();

	/**
	 * Returns the meta object for enum '{@link org.intdesigner.diagram.spec.LineStyle <em>Line Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Line Style</em>'.
	 * @see org.intdesigner.diagram.spec.LineStyle
	 * @generated
	 */
	EEnum getLineStyle();

	/**
	 * Returns the meta object for enum '{@link org.intdesigner.diagram.spec.ArrowHead <em>Arrow Head</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Arrow Head</em>'.
	 * @see org.intdesigner.diagram.spec.ArrowHead
	 * @generated
	 */
	EEnum getArrowHead();

	/**
	 * Returns the meta object for enum '{@link org.intdesigner.diagram.spec.ChildrenLayout <em>Children Layout</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Children Layout</em>'.
	 * @see org.intdesigner.diagram.spec.ChildrenLayout
	 * @generated
	 */
	EEnum getChildrenLayout();

	/**
	 * Returns the meta object for enum '{@link org.intdesigner.diagram.spec.LayoutDirection <em>Layout Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Layout Direction</em>'.
	 * @see org.intdesigner.diagram.spec.LayoutDirection
	 * @generated
	 */
	EEnum getLayoutDirection();

	/**
	 * Returns the meta object for enum '{@link org.intdesigner.diagram.spec.Routing <em>Routing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Routing</em>'.
	 * @see org.intdesigner.diagram.spec.Routing
	 * @generated
	 */
	EEnum getRouting();

	/**
	 * Returns the meta object for enum '{@link org.intdesigner.diagram.spec.FilterKind <em>Filter Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Filter Kind</em>'.
	 * @see org.intdesigner.diagram.spec.FilterKind
	 * @generated
	 */
	EEnum getFilterKind();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	DiagramSpecFactory getDiagramSpecFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.intdesigner.diagram.spec.impl.NamedImpl <em>Named</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.intdesigner.diagram.spec.impl.NamedImpl
		 * @see org.intdesigner.diagram.spec.impl.DiagramSpecPackageImpl#getNamed()
		 * @generated
		 */
		EClass NAMED = eINSTANCE.getNamed();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED__NAME = eINSTANCE.getNamed_Name();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED__LABEL = eINSTANCE.getNamed_Label();

		/**
		 * The meta object literal for the '{@link org.intdesigner.diagram.spec.impl.ViewpointImpl <em>Viewpoint</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.intdesigner.diagram.spec.impl.ViewpointImpl
		 * @see org.intdesigner.diagram.spec.impl.DiagramSpecPackageImpl#getViewpoint()
		 * @generated
		 */
		EClass VIEWPOINT = eINSTANCE.getViewpoint();

		/**
		 * The meta object literal for the '<em><b>Diagrams</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VIEWPOINT__DIAGRAMS = eINSTANCE.getViewpoint_Diagrams();

		/**
		 * The meta object literal for the '{@link org.intdesigner.diagram.spec.impl.DiagramDescriptionImpl <em>Diagram Description</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.intdesigner.diagram.spec.impl.DiagramDescriptionImpl
		 * @see org.intdesigner.diagram.spec.impl.DiagramSpecPackageImpl#getDiagramDescription()
		 * @generated
		 */
		EClass DIAGRAM_DESCRIPTION = eINSTANCE.getDiagramDescription();

		/**
		 * The meta object literal for the '<em><b>Domain Class</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM_DESCRIPTION__DOMAIN_CLASS = eINSTANCE.getDiagramDescription_DomainClass();

		/**
		 * The meta object literal for the '<em><b>Title Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM_DESCRIPTION__TITLE_EXPRESSION = eINSTANCE.getDiagramDescription_TitleExpression();

		/**
		 * The meta object literal for the '<em><b>Layout Direction</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM_DESCRIPTION__LAYOUT_DIRECTION = eINSTANCE.getDiagramDescription_LayoutDirection();

		/**
		 * The meta object literal for the '<em><b>Layers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIAGRAM_DESCRIPTION__LAYERS = eINSTANCE.getDiagramDescription_Layers();

		/**
		 * The meta object literal for the '{@link org.intdesigner.diagram.spec.impl.LayerImpl <em>Layer</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.intdesigner.diagram.spec.impl.LayerImpl
		 * @see org.intdesigner.diagram.spec.impl.DiagramSpecPackageImpl#getLayer()
		 * @generated
		 */
		EClass LAYER = eINSTANCE.getLayer();

		/**
		 * The meta object literal for the '<em><b>Active By Default</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAYER__ACTIVE_BY_DEFAULT = eINSTANCE.getLayer_ActiveByDefault();

		/**
		 * The meta object literal for the '<em><b>Node Mappings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LAYER__NODE_MAPPINGS = eINSTANCE.getLayer_NodeMappings();

		/**
		 * The meta object literal for the '<em><b>Container Mappings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LAYER__CONTAINER_MAPPINGS = eINSTANCE.getLayer_ContainerMappings();

		/**
		 * The meta object literal for the '<em><b>Edge Mappings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LAYER__EDGE_MAPPINGS = eINSTANCE.getLayer_EdgeMappings();

		/**
		 * The meta object literal for the '<em><b>Tools</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LAYER__TOOLS = eINSTANCE.getLayer_Tools();

		/**
		 * The meta object literal for the '<em><b>Filters</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LAYER__FILTERS = eINSTANCE.getLayer_Filters();

		/**
		 * The meta object literal for the '<em><b>Decorations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LAYER__DECORATIONS = eINSTANCE.getLayer_Decorations();

		/**
		 * The meta object literal for the '{@link org.intdesigner.diagram.spec.impl.MappingImpl <em>Mapping</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.intdesigner.diagram.spec.impl.MappingImpl
		 * @see org.intdesigner.diagram.spec.impl.DiagramSpecPackageImpl#getMapping()
		 * @generated
		 */
		EClass MAPPING = eINSTANCE.getMapping();

		/**
		 * The meta object literal for the '<em><b>Domain Class</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MAPPING__DOMAIN_CLASS = eINSTANCE.getMapping_DomainClass();

		/**
		 * The meta object literal for the '<em><b>Semantic Candidates</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MAPPING__SEMANTIC_CANDIDATES = eINSTANCE.getMapping_SemanticCandidates();

		/**
		 * The meta object literal for the '<em><b>Precondition</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MAPPING__PRECONDITION = eINSTANCE.getMapping_Precondition();

		/**
		 * The meta object literal for the '<em><b>Label Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MAPPING__LABEL_EXPRESSION = eINSTANCE.getMapping_LabelExpression();

		/**
		 * The meta object literal for the '<em><b>Conditional Styles</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MAPPING__CONDITIONAL_STYLES = eINSTANCE.getMapping_ConditionalStyles();

		/**
		 * The meta object literal for the '{@link org.intdesigner.diagram.spec.impl.AbstractNodeMappingImpl <em>Abstract Node Mapping</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.intdesigner.diagram.spec.impl.AbstractNodeMappingImpl
		 * @see org.intdesigner.diagram.spec.impl.DiagramSpecPackageImpl#getAbstractNodeMapping()
		 * @generated
		 */
		EClass ABSTRACT_NODE_MAPPING = eINSTANCE.getAbstractNodeMapping();

		/**
		 * The meta object literal for the '<em><b>Style</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ABSTRACT_NODE_MAPPING__STYLE = eINSTANCE.getAbstractNodeMapping_Style();

		/**
		 * The meta object literal for the '{@link org.intdesigner.diagram.spec.impl.NodeMappingImpl <em>Node Mapping</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.intdesigner.diagram.spec.impl.NodeMappingImpl
		 * @see org.intdesigner.diagram.spec.impl.DiagramSpecPackageImpl#getNodeMapping()
		 * @generated
		 */
		EClass NODE_MAPPING = eINSTANCE.getNodeMapping();

		/**
		 * The meta object literal for the '{@link org.intdesigner.diagram.spec.impl.ContainerMappingImpl <em>Container Mapping</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.intdesigner.diagram.spec.impl.ContainerMappingImpl
		 * @see org.intdesigner.diagram.spec.impl.DiagramSpecPackageImpl#getContainerMapping()
		 * @generated
		 */
		EClass CONTAINER_MAPPING = eINSTANCE.getContainerMapping();

		/**
		 * The meta object literal for the '<em><b>Sub Node Mappings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONTAINER_MAPPING__SUB_NODE_MAPPINGS = eINSTANCE.getContainerMapping_SubNodeMappings();

		/**
		 * The meta object literal for the '<em><b>Sub Container Mappings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONTAINER_MAPPING__SUB_CONTAINER_MAPPINGS = eINSTANCE.getContainerMapping_SubContainerMappings();

		/**
		 * The meta object literal for the '<em><b>Reused Mappings</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONTAINER_MAPPING__REUSED_MAPPINGS = eINSTANCE.getContainerMapping_ReusedMappings();

		/**
		 * The meta object literal for the '<em><b>Children Layout</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTAINER_MAPPING__CHILDREN_LAYOUT = eINSTANCE.getContainerMapping_ChildrenLayout();

		/**
		 * The meta object literal for the '{@link org.intdesigner.diagram.spec.impl.EdgeMappingImpl <em>Edge Mapping</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.intdesigner.diagram.spec.impl.EdgeMappingImpl
		 * @see org.intdesigner.diagram.spec.impl.DiagramSpecPackageImpl#getEdgeMapping()
		 * @generated
		 */
		EClass EDGE_MAPPING = eINSTANCE.getEdgeMapping();

		/**
		 * The meta object literal for the '<em><b>Source Mappings</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EDGE_MAPPING__SOURCE_MAPPINGS = eINSTANCE.getEdgeMapping_SourceMappings();

		/**
		 * The meta object literal for the '<em><b>Target Mappings</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EDGE_MAPPING__TARGET_MAPPINGS = eINSTANCE.getEdgeMapping_TargetMappings();

		/**
		 * The meta object literal for the '<em><b>Style</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EDGE_MAPPING__STYLE = eINSTANCE.getEdgeMapping_Style();

		/**
		 * The meta object literal for the '{@link org.intdesigner.diagram.spec.impl.RelationEdgeMappingImpl <em>Relation Edge Mapping</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.intdesigner.diagram.spec.impl.RelationEdgeMappingImpl
		 * @see org.intdesigner.diagram.spec.impl.DiagramSpecPackageImpl#getRelationEdgeMapping()
		 * @generated
		 */
		EClass RELATION_EDGE_MAPPING = eINSTANCE.getRelationEdgeMapping();

		/**
		 * The meta object literal for the '<em><b>Target Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RELATION_EDGE_MAPPING__TARGET_EXPRESSION = eINSTANCE.getRelationEdgeMapping_TargetExpression();

		/**
		 * The meta object literal for the '{@link org.intdesigner.diagram.spec.impl.ElementEdgeMappingImpl <em>Element Edge Mapping</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.intdesigner.diagram.spec.impl.ElementEdgeMappingImpl
		 * @see org.intdesigner.diagram.spec.impl.DiagramSpecPackageImpl#getElementEdgeMapping()
		 * @generated
		 */
		EClass ELEMENT_EDGE_MAPPING = eINSTANCE.getElementEdgeMapping();

		/**
		 * The meta object literal for the '<em><b>Source Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELEMENT_EDGE_MAPPING__SOURCE_EXPRESSION = eINSTANCE.getElementEdgeMapping_SourceExpression();

		/**
		 * The meta object literal for the '<em><b>Target Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELEMENT_EDGE_MAPPING__TARGET_EXPRESSION = eINSTANCE.getElementEdgeMapping_TargetExpression();

		/**
		 * The meta object literal for the '{@link org.intdesigner.diagram.spec.impl.StyleImpl <em>Style</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.intdesigner.diagram.spec.impl.StyleImpl
		 * @see org.intdesigner.diagram.spec.impl.DiagramSpecPackageImpl#getStyle()
		 * @generated
		 */
		EClass STYLE = eINSTANCE.getStyle();

		/**
		 * The meta object literal for the '<em><b>Label Color</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STYLE__LABEL_COLOR = eINSTANCE.getStyle_LabelColor();

		/**
		 * The meta object literal for the '<em><b>Label Bold</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STYLE__LABEL_BOLD = eINSTANCE.getStyle_LabelBold();

		/**
		 * The meta object literal for the '{@link org.intdesigner.diagram.spec.impl.NodeStyleImpl <em>Node Style</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.intdesigner.diagram.spec.impl.NodeStyleImpl
		 * @see org.intdesigner.diagram.spec.impl.DiagramSpecPackageImpl#getNodeStyle()
		 * @generated
		 */
		EClass NODE_STYLE = eINSTANCE.getNodeStyle();

		/**
		 * The meta object literal for the '<em><b>Shape</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_STYLE__SHAPE = eINSTANCE.getNodeStyle_Shape();

		/**
		 * The meta object literal for the '<em><b>Fill Color</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_STYLE__FILL_COLOR = eINSTANCE.getNodeStyle_FillColor();

		/**
		 * The meta object literal for the '<em><b>Border Color</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_STYLE__BORDER_COLOR = eINSTANCE.getNodeStyle_BorderColor();

		/**
		 * The meta object literal for the '<em><b>Border Width</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_STYLE__BORDER_WIDTH = eINSTANCE.getNodeStyle_BorderWidth();

		/**
		 * The meta object literal for the '<em><b>Width</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_STYLE__WIDTH = eINSTANCE.getNodeStyle_Width();

		/**
		 * The meta object literal for the '<em><b>Height</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_STYLE__HEIGHT = eINSTANCE.getNodeStyle_Height();

		/**
		 * The meta object literal for the '<em><b>Icon Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_STYLE__ICON_EXPRESSION = eINSTANCE.getNodeStyle_IconExpression();

		/**
		 * The meta object literal for the '{@link org.intdesigner.diagram.spec.impl.EdgeStyleImpl <em>Edge Style</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.intdesigner.diagram.spec.impl.EdgeStyleImpl
		 * @see org.intdesigner.diagram.spec.impl.DiagramSpecPackageImpl#getEdgeStyle()
		 * @generated
		 */
		EClass EDGE_STYLE = eINSTANCE.getEdgeStyle();

		/**
		 * The meta object literal for the '<em><b>Line Color</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDGE_STYLE__LINE_COLOR = eINSTANCE.getEdgeStyle_LineColor();

		/**
		 * The meta object literal for the '<em><b>Line Style</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDGE_STYLE__LINE_STYLE = eINSTANCE.getEdgeStyle_LineStyle();

		/**
		 * The meta object literal for the '<em><b>Line Width</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDGE_STYLE__LINE_WIDTH = eINSTANCE.getEdgeStyle_LineWidth();

		/**
		 * The meta object literal for the '<em><b>Source Decoration</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDGE_STYLE__SOURCE_DECORATION = eINSTANCE.getEdgeStyle_SourceDecoration();

		/**
		 * The meta object literal for the '<em><b>Target Decoration</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDGE_STYLE__TARGET_DECORATION = eINSTANCE.getEdgeStyle_TargetDecoration();

		/**
		 * The meta object literal for the '<em><b>Routing</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDGE_STYLE__ROUTING = eINSTANCE.getEdgeStyle_Routing();

		/**
		 * The meta object literal for the '{@link org.intdesigner.diagram.spec.impl.ConditionalStyleImpl <em>Conditional Style</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.intdesigner.diagram.spec.impl.ConditionalStyleImpl
		 * @see org.intdesigner.diagram.spec.impl.DiagramSpecPackageImpl#getConditionalStyle()
		 * @generated
		 */
		EClass CONDITIONAL_STYLE = eINSTANCE.getConditionalStyle();

		/**
		 * The meta object literal for the '<em><b>Predicate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONDITIONAL_STYLE__PREDICATE = eINSTANCE.getConditionalStyle_Predicate();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONDITIONAL_STYLE__LABEL = eINSTANCE.getConditionalStyle_Label();

		/**
		 * The meta object literal for the '<em><b>Style</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONDITIONAL_STYLE__STYLE = eINSTANCE.getConditionalStyle_Style();

		/**
		 * The meta object literal for the '{@link org.intdesigner.diagram.spec.impl.ToolImpl <em>Tool</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.intdesigner.diagram.spec.impl.ToolImpl
		 * @see org.intdesigner.diagram.spec.impl.DiagramSpecPackageImpl#getTool()
		 * @generated
		 */
		EClass TOOL = eINSTANCE.getTool();

		/**
		 * The meta object literal for the '<em><b>Precondition</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOOL__PRECONDITION = eINSTANCE.getTool_Precondition();

		/**
		 * The meta object literal for the '<em><b>Icon Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOOL__ICON_PATH = eINSTANCE.getTool_IconPath();

		/**
		 * The meta object literal for the '<em><b>Operations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TOOL__OPERATIONS = eINSTANCE.getTool_Operations();

		/**
		 * The meta object literal for the '{@link org.intdesigner.diagram.spec.impl.CreateNodeToolImpl <em>Create Node Tool</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.intdesigner.diagram.spec.impl.CreateNodeToolImpl
		 * @see org.intdesigner.diagram.spec.impl.DiagramSpecPackageImpl#getCreateNodeTool()
		 * @generated
		 */
		EClass CREATE_NODE_TOOL = eINSTANCE.getCreateNodeTool();

		/**
		 * The meta object literal for the '<em><b>Mapping</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CREATE_NODE_TOOL__MAPPING = eINSTANCE.getCreateNodeTool_Mapping();

		/**
		 * The meta object literal for the '{@link org.intdesigner.diagram.spec.impl.CreateEdgeToolImpl <em>Create Edge Tool</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.intdesigner.diagram.spec.impl.CreateEdgeToolImpl
		 * @see org.intdesigner.diagram.spec.impl.DiagramSpecPackageImpl#getCreateEdgeTool()
		 * @generated
		 */
		EClass CREATE_EDGE_TOOL = eINSTANCE.getCreateEdgeTool();

		/**
		 * The meta object literal for the '<em><b>Mapping</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CREATE_EDGE_TOOL__MAPPING = eINSTANCE.getCreateEdgeTool_Mapping();

		/**
		 * The meta object literal for the '{@link org.intdesigner.diagram.spec.impl.DeleteToolImpl <em>Delete Tool</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.intdesigner.diagram.spec.impl.DeleteToolImpl
		 * @see org.intdesigner.diagram.spec.impl.DiagramSpecPackageImpl#getDeleteTool()
		 * @generated
		 */
		EClass DELETE_TOOL = eINSTANCE.getDeleteTool();

		/**
		 * The meta object literal for the '<em><b>Mappings</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DELETE_TOOL__MAPPINGS = eINSTANCE.getDeleteTool_Mappings();

		/**
		 * The meta object literal for the '{@link org.intdesigner.diagram.spec.impl.DirectEditToolImpl <em>Direct Edit Tool</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.intdesigner.diagram.spec.impl.DirectEditToolImpl
		 * @see org.intdesigner.diagram.spec.impl.DiagramSpecPackageImpl#getDirectEditTool()
		 * @generated
		 */
		EClass DIRECT_EDIT_TOOL = eINSTANCE.getDirectEditTool();

		/**
		 * The meta object literal for the '<em><b>Mappings</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIRECT_EDIT_TOOL__MAPPINGS = eINSTANCE.getDirectEditTool_Mappings();

		/**
		 * The meta object literal for the '{@link org.intdesigner.diagram.spec.impl.ReparentToolImpl <em>Reparent Tool</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.intdesigner.diagram.spec.impl.ReparentToolImpl
		 * @see org.intdesigner.diagram.spec.impl.DiagramSpecPackageImpl#getReparentTool()
		 * @generated
		 */
		EClass REPARENT_TOOL = eINSTANCE.getReparentTool();

		/**
		 * The meta object literal for the '<em><b>Mappings</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REPARENT_TOOL__MAPPINGS = eINSTANCE.getReparentTool_Mappings();

		/**
		 * The meta object literal for the '{@link org.intdesigner.diagram.spec.impl.OperationImpl <em>Operation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.intdesigner.diagram.spec.impl.OperationImpl
		 * @see org.intdesigner.diagram.spec.impl.DiagramSpecPackageImpl#getOperation()
		 * @generated
		 */
		EClass OPERATION = eINSTANCE.getOperation();

		/**
		 * The meta object literal for the '<em><b>Sub Operations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OPERATION__SUB_OPERATIONS = eINSTANCE.getOperation_SubOperations();

		/**
		 * The meta object literal for the '{@link org.intdesigner.diagram.spec.impl.CreateInstanceImpl <em>Create Instance</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.intdesigner.diagram.spec.impl.CreateInstanceImpl
		 * @see org.intdesigner.diagram.spec.impl.DiagramSpecPackageImpl#getCreateInstance()
		 * @generated
		 */
		EClass CREATE_INSTANCE = eINSTANCE.getCreateInstance();

		/**
		 * The meta object literal for the '<em><b>Type Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CREATE_INSTANCE__TYPE_NAME = eINSTANCE.getCreateInstance_TypeName();

		/**
		 * The meta object literal for the '<em><b>Reference Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CREATE_INSTANCE__REFERENCE_NAME = eINSTANCE.getCreateInstance_ReferenceName();

		/**
		 * The meta object literal for the '{@link org.intdesigner.diagram.spec.impl.SetValueImpl <em>Set Value</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.intdesigner.diagram.spec.impl.SetValueImpl
		 * @see org.intdesigner.diagram.spec.impl.DiagramSpecPackageImpl#getSetValue()
		 * @generated
		 */
		EClass SET_VALUE = eINSTANCE.getSetValue();

		/**
		 * The meta object literal for the '<em><b>Feature Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SET_VALUE__FEATURE_NAME = eINSTANCE.getSetValue_FeatureName();

		/**
		 * The meta object literal for the '<em><b>Value Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SET_VALUE__VALUE_EXPRESSION = eINSTANCE.getSetValue_ValueExpression();

		/**
		 * The meta object literal for the '{@link org.intdesigner.diagram.spec.impl.RemoveElementImpl <em>Remove Element</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.intdesigner.diagram.spec.impl.RemoveElementImpl
		 * @see org.intdesigner.diagram.spec.impl.DiagramSpecPackageImpl#getRemoveElement()
		 * @generated
		 */
		EClass REMOVE_ELEMENT = eINSTANCE.getRemoveElement();

		/**
		 * The meta object literal for the '{@link org.intdesigner.diagram.spec.impl.ChangeContextImpl <em>Change Context</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.intdesigner.diagram.spec.impl.ChangeContextImpl
		 * @see org.intdesigner.diagram.spec.impl.DiagramSpecPackageImpl#getChangeContext()
		 * @generated
		 */
		EClass CHANGE_CONTEXT = eINSTANCE.getChangeContext();

		/**
		 * The meta object literal for the '<em><b>Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANGE_CONTEXT__EXPRESSION = eINSTANCE.getChangeContext_Expression();

		/**
		 * The meta object literal for the '{@link org.intdesigner.diagram.spec.impl.FilterImpl <em>Filter</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.intdesigner.diagram.spec.impl.FilterImpl
		 * @see org.intdesigner.diagram.spec.impl.DiagramSpecPackageImpl#getFilter()
		 * @generated
		 */
		EClass FILTER = eINSTANCE.getFilter();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILTER__KIND = eINSTANCE.getFilter_Kind();

		/**
		 * The meta object literal for the '<em><b>Mappings</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FILTER__MAPPINGS = eINSTANCE.getFilter_Mappings();

		/**
		 * The meta object literal for the '<em><b>Condition</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILTER__CONDITION = eINSTANCE.getFilter_Condition();

		/**
		 * The meta object literal for the '<em><b>Active By Default</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILTER__ACTIVE_BY_DEFAULT = eINSTANCE.getFilter_ActiveByDefault();

		/**
		 * The meta object literal for the '{@link org.intdesigner.diagram.spec.impl.DecorationImpl <em>Decoration</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.intdesigner.diagram.spec.impl.DecorationImpl
		 * @see org.intdesigner.diagram.spec.impl.DiagramSpecPackageImpl#getDecoration()
		 * @generated
		 */
		EClass DECORATION = eINSTANCE.getDecoration();

		/**
		 * The meta object literal for the '<em><b>Mappings</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DECORATION__MAPPINGS = eINSTANCE.getDecoration_Mappings();

		/**
		 * The meta object literal for the '<em><b>Precondition</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DECORATION__PRECONDITION = eINSTANCE.getDecoration_Precondition();

		/**
		 * The meta object literal for the '<em><b>Icon Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DECORATION__ICON_PATH = eINSTANCE.getDecoration_IconPath();

		/**
		 * The meta object literal for the '<em><b>Tooltip Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DECORATION__TOOLTIP_EXPRESSION = eINSTANCE.getDecoration_TooltipExpression();

		/**
		 * The meta object literal for the '{@link org.intdesigner.diagram.spec.Shape <em>Shape</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.intdesigner.diagram.spec.Shape
		 * @see org.intdesigner.diagram.spec.impl.DiagramSpecPackageImpl#getShape()
		 * @generated
		 */
		EEnum SHAPE = eINSTANCE.getShape();

		/**
		 * The meta object literal for the '{@link org.intdesigner.diagram.spec.LineStyle <em>Line Style</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.intdesigner.diagram.spec.LineStyle
		 * @see org.intdesigner.diagram.spec.impl.DiagramSpecPackageImpl#getLineStyle()
		 * @generated
		 */
		EEnum LINE_STYLE = eINSTANCE.getLineStyle();

		/**
		 * The meta object literal for the '{@link org.intdesigner.diagram.spec.ArrowHead <em>Arrow Head</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.intdesigner.diagram.spec.ArrowHead
		 * @see org.intdesigner.diagram.spec.impl.DiagramSpecPackageImpl#getArrowHead()
		 * @generated
		 */
		EEnum ARROW_HEAD = eINSTANCE.getArrowHead();

		/**
		 * The meta object literal for the '{@link org.intdesigner.diagram.spec.ChildrenLayout <em>Children Layout</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.intdesigner.diagram.spec.ChildrenLayout
		 * @see org.intdesigner.diagram.spec.impl.DiagramSpecPackageImpl#getChildrenLayout()
		 * @generated
		 */
		EEnum CHILDREN_LAYOUT = eINSTANCE.getChildrenLayout();

		/**
		 * The meta object literal for the '{@link org.intdesigner.diagram.spec.LayoutDirection <em>Layout Direction</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.intdesigner.diagram.spec.LayoutDirection
		 * @see org.intdesigner.diagram.spec.impl.DiagramSpecPackageImpl#getLayoutDirection()
		 * @generated
		 */
		EEnum LAYOUT_DIRECTION = eINSTANCE.getLayoutDirection();

		/**
		 * The meta object literal for the '{@link org.intdesigner.diagram.spec.Routing <em>Routing</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.intdesigner.diagram.spec.Routing
		 * @see org.intdesigner.diagram.spec.impl.DiagramSpecPackageImpl#getRouting()
		 * @generated
		 */
		EEnum ROUTING = eINSTANCE.getRouting();

		/**
		 * The meta object literal for the '{@link org.intdesigner.diagram.spec.FilterKind <em>Filter Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.intdesigner.diagram.spec.FilterKind
		 * @see org.intdesigner.diagram.spec.impl.DiagramSpecPackageImpl#getFilterKind()
		 * @generated
		 */
		EEnum FILTER_KIND = eINSTANCE.getFilterKind();

	}

} //DiagramSpecPackage
