/**
 */
package org.intdesigner.diagram.notation;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
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
 * Diagram notation, stored apart from the semantic model (name.intdiagrams beside name.intd): which diagrams exist, where their nodes are, how big, bend points, collapsed state, layer and filter choices. Semantic elements are referred to by their URI fragment (their id), so deleting notation never loses design data and stale notation can be dropped.
 * <!-- end-model-doc -->
 * @see org.intdesigner.diagram.notation.NotationFactory
 * @model kind="package"
 * @generated
 */
public interface NotationPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "notation";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://www.intdesigner.org/diagram/notation/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "dnot";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	NotationPackage eINSTANCE = org.intdesigner.diagram.notation.impl.NotationPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.intdesigner.diagram.notation.impl.DiagramSetImpl <em>Diagram Set</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.intdesigner.diagram.notation.impl.DiagramSetImpl
	 * @see org.intdesigner.diagram.notation.impl.NotationPackageImpl#getDiagramSet()
	 * @generated
	 */
	int DIAGRAM_SET = 0;

	/**
	 * The feature id for the '<em><b>Format Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_SET__FORMAT_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Diagrams</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_SET__DIAGRAMS = 1;

	/**
	 * The number of structural features of the '<em>Diagram Set</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_SET_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Diagram Set</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_SET_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.intdesigner.diagram.notation.impl.DiagramImpl <em>Diagram</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.intdesigner.diagram.notation.impl.DiagramImpl
	 * @see org.intdesigner.diagram.notation.impl.NotationPackageImpl#getDiagram()
	 * @generated
	 */
	int DIAGRAM = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM__NAME = 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM__DESCRIPTION = 2;

	/**
	 * The feature id for the '<em><b>Element</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM__ELEMENT = 3;

	/**
	 * The feature id for the '<em><b>Active Layers</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM__ACTIVE_LAYERS = 4;

	/**
	 * The feature id for the '<em><b>Active Filters</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM__ACTIVE_FILTERS = 5;

	/**
	 * The feature id for the '<em><b>Nodes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM__NODES = 6;

	/**
	 * The feature id for the '<em><b>Edges</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM__EDGES = 7;

	/**
	 * The number of structural features of the '<em>Diagram</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Diagram</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.intdesigner.diagram.notation.impl.ViewImpl <em>View</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.intdesigner.diagram.notation.impl.ViewImpl
	 * @see org.intdesigner.diagram.notation.impl.NotationPackageImpl#getView()
	 * @generated
	 */
	int VIEW = 2;

	/**
	 * The feature id for the '<em><b>Element</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIEW__ELEMENT = 0;

	/**
	 * The feature id for the '<em><b>Mapping</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIEW__MAPPING = 1;

	/**
	 * The number of structural features of the '<em>View</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIEW_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>View</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIEW_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.intdesigner.diagram.notation.impl.NodeViewImpl <em>Node View</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.intdesigner.diagram.notation.impl.NodeViewImpl
	 * @see org.intdesigner.diagram.notation.impl.NotationPackageImpl#getNodeView()
	 * @generated
	 */
	int NODE_VIEW = 3;

	/**
	 * The feature id for the '<em><b>Element</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_VIEW__ELEMENT = VIEW__ELEMENT;

	/**
	 * The feature id for the '<em><b>Mapping</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_VIEW__MAPPING = VIEW__MAPPING;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_VIEW__X = VIEW_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_VIEW__Y = VIEW_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_VIEW__WIDTH = VIEW_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_VIEW__HEIGHT = VIEW_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Collapsed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_VIEW__COLLAPSED = VIEW_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Children</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_VIEW__CHILDREN = VIEW_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Node View</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_VIEW_FEATURE_COUNT = VIEW_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Node View</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_VIEW_OPERATION_COUNT = VIEW_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.intdesigner.diagram.notation.impl.EdgeViewImpl <em>Edge View</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.intdesigner.diagram.notation.impl.EdgeViewImpl
	 * @see org.intdesigner.diagram.notation.impl.NotationPackageImpl#getEdgeView()
	 * @generated
	 */
	int EDGE_VIEW = 4;

	/**
	 * The feature id for the '<em><b>Element</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_VIEW__ELEMENT = VIEW__ELEMENT;

	/**
	 * The feature id for the '<em><b>Mapping</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_VIEW__MAPPING = VIEW__MAPPING;

	/**
	 * The feature id for the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_VIEW__SOURCE = VIEW_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_VIEW__TARGET = VIEW_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Bendpoints</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_VIEW__BENDPOINTS = VIEW_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Edge View</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_VIEW_FEATURE_COUNT = VIEW_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Edge View</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_VIEW_OPERATION_COUNT = VIEW_OPERATION_COUNT + 0;


	/**
	 * Returns the meta object for class '{@link org.intdesigner.diagram.notation.DiagramSet <em>Diagram Set</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Diagram Set</em>'.
	 * @see org.intdesigner.diagram.notation.DiagramSet
	 * @generated
	 */
	EClass getDiagramSet();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.diagram.notation.DiagramSet#getFormatVersion <em>Format Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Format Version</em>'.
	 * @see org.intdesigner.diagram.notation.DiagramSet#getFormatVersion()
	 * @see #getDiagramSet()
	 * @generated
	 */
	EAttribute getDiagramSet_FormatVersion();

	/**
	 * Returns the meta object for the containment reference list '{@link org.intdesigner.diagram.notation.DiagramSet#getDiagrams <em>Diagrams</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Diagrams</em>'.
	 * @see org.intdesigner.diagram.notation.DiagramSet#getDiagrams()
	 * @see #getDiagramSet()
	 * @generated
	 */
	EReference getDiagramSet_Diagrams();

	/**
	 * Returns the meta object for class '{@link org.intdesigner.diagram.notation.Diagram <em>Diagram</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Diagram</em>'.
	 * @see org.intdesigner.diagram.notation.Diagram
	 * @generated
	 */
	EClass getDiagram();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.diagram.notation.Diagram#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.intdesigner.diagram.notation.Diagram#getId()
	 * @see #getDiagram()
	 * @generated
	 */
	EAttribute getDiagram_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.diagram.notation.Diagram#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.intdesigner.diagram.notation.Diagram#getName()
	 * @see #getDiagram()
	 * @generated
	 */
	EAttribute getDiagram_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.diagram.notation.Diagram#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.intdesigner.diagram.notation.Diagram#getDescription()
	 * @see #getDiagram()
	 * @generated
	 */
	EAttribute getDiagram_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.diagram.notation.Diagram#getElement <em>Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Element</em>'.
	 * @see org.intdesigner.diagram.notation.Diagram#getElement()
	 * @see #getDiagram()
	 * @generated
	 */
	EAttribute getDiagram_Element();

	/**
	 * Returns the meta object for the attribute list '{@link org.intdesigner.diagram.notation.Diagram#getActiveLayers <em>Active Layers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Active Layers</em>'.
	 * @see org.intdesigner.diagram.notation.Diagram#getActiveLayers()
	 * @see #getDiagram()
	 * @generated
	 */
	EAttribute getDiagram_ActiveLayers();

	/**
	 * Returns the meta object for the attribute list '{@link org.intdesigner.diagram.notation.Diagram#getActiveFilters <em>Active Filters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Active Filters</em>'.
	 * @see org.intdesigner.diagram.notation.Diagram#getActiveFilters()
	 * @see #getDiagram()
	 * @generated
	 */
	EAttribute getDiagram_ActiveFilters();

	/**
	 * Returns the meta object for the containment reference list '{@link org.intdesigner.diagram.notation.Diagram#getNodes <em>Nodes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Nodes</em>'.
	 * @see org.intdesigner.diagram.notation.Diagram#getNodes()
	 * @see #getDiagram()
	 * @generated
	 */
	EReference getDiagram_Nodes();

	/**
	 * Returns the meta object for the containment reference list '{@link org.intdesigner.diagram.notation.Diagram#getEdges <em>Edges</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Edges</em>'.
	 * @see org.intdesigner.diagram.notation.Diagram#getEdges()
	 * @see #getDiagram()
	 * @generated
	 */
	EReference getDiagram_Edges();

	/**
	 * Returns the meta object for class '{@link org.intdesigner.diagram.notation.View <em>View</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>View</em>'.
	 * @see org.intdesigner.diagram.notation.View
	 * @generated
	 */
	EClass getView();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.diagram.notation.View#getElement <em>Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Element</em>'.
	 * @see org.intdesigner.diagram.notation.View#getElement()
	 * @see #getView()
	 * @generated
	 */
	EAttribute getView_Element();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.diagram.notation.View#getMapping <em>Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mapping</em>'.
	 * @see org.intdesigner.diagram.notation.View#getMapping()
	 * @see #getView()
	 * @generated
	 */
	EAttribute getView_Mapping();

	/**
	 * Returns the meta object for class '{@link org.intdesigner.diagram.notation.NodeView <em>Node View</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Node View</em>'.
	 * @see org.intdesigner.diagram.notation.NodeView
	 * @generated
	 */
	EClass getNodeView();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.diagram.notation.NodeView#getX <em>X</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>X</em>'.
	 * @see org.intdesigner.diagram.notation.NodeView#getX()
	 * @see #getNodeView()
	 * @generated
	 */
	EAttribute getNodeView_X();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.diagram.notation.NodeView#getY <em>Y</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Y</em>'.
	 * @see org.intdesigner.diagram.notation.NodeView#getY()
	 * @see #getNodeView()
	 * @generated
	 */
	EAttribute getNodeView_Y();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.diagram.notation.NodeView#getWidth <em>Width</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Width</em>'.
	 * @see org.intdesigner.diagram.notation.NodeView#getWidth()
	 * @see #getNodeView()
	 * @generated
	 */
	EAttribute getNodeView_Width();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.diagram.notation.NodeView#getHeight <em>Height</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Height</em>'.
	 * @see org.intdesigner.diagram.notation.NodeView#getHeight()
	 * @see #getNodeView()
	 * @generated
	 */
	EAttribute getNodeView_Height();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.diagram.notation.NodeView#isCollapsed <em>Collapsed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Collapsed</em>'.
	 * @see org.intdesigner.diagram.notation.NodeView#isCollapsed()
	 * @see #getNodeView()
	 * @generated
	 */
	EAttribute getNodeView_Collapsed();

	/**
	 * Returns the meta object for the containment reference list '{@link org.intdesigner.diagram.notation.NodeView#getChildren <em>Children</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Children</em>'.
	 * @see org.intdesigner.diagram.notation.NodeView#getChildren()
	 * @see #getNodeView()
	 * @generated
	 */
	EReference getNodeView_Children();

	/**
	 * Returns the meta object for class '{@link org.intdesigner.diagram.notation.EdgeView <em>Edge View</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Edge View</em>'.
	 * @see org.intdesigner.diagram.notation.EdgeView
	 * @generated
	 */
	EClass getEdgeView();

	/**
	 * Returns the meta object for the reference '{@link org.intdesigner.diagram.notation.EdgeView#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Source</em>'.
	 * @see org.intdesigner.diagram.notation.EdgeView#getSource()
	 * @see #getEdgeView()
	 * @generated
	 */
	EReference getEdgeView_Source();

	/**
	 * Returns the meta object for the reference '{@link org.intdesigner.diagram.notation.EdgeView#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target</em>'.
	 * @see org.intdesigner.diagram.notation.EdgeView#getTarget()
	 * @see #getEdgeView()
	 * @generated
	 */
	EReference getEdgeView_Target();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.diagram.notation.EdgeView#getBendpoints <em>Bendpoints</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bendpoints</em>'.
	 * @see org.intdesigner.diagram.notation.EdgeView#getBendpoints()
	 * @see #getEdgeView()
	 * @generated
	 */
	EAttribute getEdgeView_Bendpoints();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	NotationFactory getNotationFactory();

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
		 * The meta object literal for the '{@link org.intdesigner.diagram.notation.impl.DiagramSetImpl <em>Diagram Set</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.intdesigner.diagram.notation.impl.DiagramSetImpl
		 * @see org.intdesigner.diagram.notation.impl.NotationPackageImpl#getDiagramSet()
		 * @generated
		 */
		EClass DIAGRAM_SET = eINSTANCE.getDiagramSet();

		/**
		 * The meta object literal for the '<em><b>Format Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM_SET__FORMAT_VERSION = eINSTANCE.getDiagramSet_FormatVersion();

		/**
		 * The meta object literal for the '<em><b>Diagrams</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIAGRAM_SET__DIAGRAMS = eINSTANCE.getDiagramSet_Diagrams();

		/**
		 * The meta object literal for the '{@link org.intdesigner.diagram.notation.impl.DiagramImpl <em>Diagram</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.intdesigner.diagram.notation.impl.DiagramImpl
		 * @see org.intdesigner.diagram.notation.impl.NotationPackageImpl#getDiagram()
		 * @generated
		 */
		EClass DIAGRAM = eINSTANCE.getDiagram();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM__ID = eINSTANCE.getDiagram_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM__NAME = eINSTANCE.getDiagram_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM__DESCRIPTION = eINSTANCE.getDiagram_Description();

		/**
		 * The meta object literal for the '<em><b>Element</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM__ELEMENT = eINSTANCE.getDiagram_Element();

		/**
		 * The meta object literal for the '<em><b>Active Layers</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM__ACTIVE_LAYERS = eINSTANCE.getDiagram_ActiveLayers();

		/**
		 * The meta object literal for the '<em><b>Active Filters</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM__ACTIVE_FILTERS = eINSTANCE.getDiagram_ActiveFilters();

		/**
		 * The meta object literal for the '<em><b>Nodes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIAGRAM__NODES = eINSTANCE.getDiagram_Nodes();

		/**
		 * The meta object literal for the '<em><b>Edges</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIAGRAM__EDGES = eINSTANCE.getDiagram_Edges();

		/**
		 * The meta object literal for the '{@link org.intdesigner.diagram.notation.impl.ViewImpl <em>View</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.intdesigner.diagram.notation.impl.ViewImpl
		 * @see org.intdesigner.diagram.notation.impl.NotationPackageImpl#getView()
		 * @generated
		 */
		EClass VIEW = eINSTANCE.getView();

		/**
		 * The meta object literal for the '<em><b>Element</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIEW__ELEMENT = eINSTANCE.getView_Element();

		/**
		 * The meta object literal for the '<em><b>Mapping</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIEW__MAPPING = eINSTANCE.getView_Mapping();

		/**
		 * The meta object literal for the '{@link org.intdesigner.diagram.notation.impl.NodeViewImpl <em>Node View</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.intdesigner.diagram.notation.impl.NodeViewImpl
		 * @see org.intdesigner.diagram.notation.impl.NotationPackageImpl#getNodeView()
		 * @generated
		 */
		EClass NODE_VIEW = eINSTANCE.getNodeView();

		/**
		 * The meta object literal for the '<em><b>X</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_VIEW__X = eINSTANCE.getNodeView_X();

		/**
		 * The meta object literal for the '<em><b>Y</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_VIEW__Y = eINSTANCE.getNodeView_Y();

		/**
		 * The meta object literal for the '<em><b>Width</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_VIEW__WIDTH = eINSTANCE.getNodeView_Width();

		/**
		 * The meta object literal for the '<em><b>Height</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_VIEW__HEIGHT = eINSTANCE.getNodeView_Height();

		/**
		 * The meta object literal for the '<em><b>Collapsed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_VIEW__COLLAPSED = eINSTANCE.getNodeView_Collapsed();

		/**
		 * The meta object literal for the '<em><b>Children</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NODE_VIEW__CHILDREN = eINSTANCE.getNodeView_Children();

		/**
		 * The meta object literal for the '{@link org.intdesigner.diagram.notation.impl.EdgeViewImpl <em>Edge View</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.intdesigner.diagram.notation.impl.EdgeViewImpl
		 * @see org.intdesigner.diagram.notation.impl.NotationPackageImpl#getEdgeView()
		 * @generated
		 */
		EClass EDGE_VIEW = eINSTANCE.getEdgeView();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EDGE_VIEW__SOURCE = eINSTANCE.getEdgeView_Source();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EDGE_VIEW__TARGET = eINSTANCE.getEdgeView_Target();

		/**
		 * The meta object literal for the '<em><b>Bendpoints</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDGE_VIEW__BENDPOINTS = eINSTANCE.getEdgeView_Bendpoints();

	}

} //NotationPackage
