/**
 */
package org.intdesigner.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Arrangement Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.intdesigner.model.IntdPackage#getArrangementKind()
 * @model
 * @generated
 */
public enum ArrangementKind implements Enumerator {
	/**
	 * The '<em><b>HOSTING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HOSTING_VALUE
	 * @generated
	 * @ordered
	 */
	HOSTING(0, "HOSTING", "hosting"),

	/**
	 * The '<em><b>LINE MANAGEMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LINE_MANAGEMENT_VALUE
	 * @generated
	 * @ordered
	 */
	LINE_MANAGEMENT(1, "LINE_MANAGEMENT", "line_management"),

	/**
	 * The '<em><b>PROFESSIONAL SUPERVISION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROFESSIONAL_SUPERVISION_VALUE
	 * @generated
	 * @ordered
	 */
	PROFESSIONAL_SUPERVISION(2, "PROFESSIONAL_SUPERVISION", "professional_supervision"),

	/**
	 * The '<em><b>INFORMATION SHARING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INFORMATION_SHARING_VALUE
	 * @generated
	 * @ordered
	 */
	INFORMATION_SHARING(3, "INFORMATION_SHARING", "information_sharing"),

	/**
	 * The '<em><b>SHARED GOVERNANCE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SHARED_GOVERNANCE_VALUE
	 * @generated
	 * @ordered
	 */
	SHARED_GOVERNANCE(4, "SHARED_GOVERNANCE", "shared_governance");

	/**
	 * The '<em><b>HOSTING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HOSTING
	 * @model literal="hosting"
	 * @generated
	 * @ordered
	 */
	public static final int HOSTING_VALUE = 0;

	/**
	 * The '<em><b>LINE MANAGEMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LINE_MANAGEMENT
	 * @model literal="line_management"
	 * @generated
	 * @ordered
	 */
	public static final int LINE_MANAGEMENT_VALUE = 1;

	/**
	 * The '<em><b>PROFESSIONAL SUPERVISION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROFESSIONAL_SUPERVISION
	 * @model literal="professional_supervision"
	 * @generated
	 * @ordered
	 */
	public static final int PROFESSIONAL_SUPERVISION_VALUE = 2;

	/**
	 * The '<em><b>INFORMATION SHARING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INFORMATION_SHARING
	 * @model literal="information_sharing"
	 * @generated
	 * @ordered
	 */
	public static final int INFORMATION_SHARING_VALUE = 3;

	/**
	 * The '<em><b>SHARED GOVERNANCE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SHARED_GOVERNANCE
	 * @model literal="shared_governance"
	 * @generated
	 * @ordered
	 */
	public static final int SHARED_GOVERNANCE_VALUE = 4;

	/**
	 * An array of all the '<em><b>Arrangement Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ArrangementKind[] VALUES_ARRAY =
		new ArrangementKind[] {
			HOSTING,
			LINE_MANAGEMENT,
			PROFESSIONAL_SUPERVISION,
			INFORMATION_SHARING,
			SHARED_GOVERNANCE,
		};

	/**
	 * A public read-only list of all the '<em><b>Arrangement Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ArrangementKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Arrangement Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ArrangementKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ArrangementKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Arrangement Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ArrangementKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ArrangementKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Arrangement Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ArrangementKind get(int value) {
		switch (value) {
			case HOSTING_VALUE: return HOSTING;
			case LINE_MANAGEMENT_VALUE: return LINE_MANAGEMENT;
			case PROFESSIONAL_SUPERVISION_VALUE: return PROFESSIONAL_SUPERVISION;
			case INFORMATION_SHARING_VALUE: return INFORMATION_SHARING;
			case SHARED_GOVERNANCE_VALUE: return SHARED_GOVERNANCE;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private ArrangementKind(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //ArrangementKind
