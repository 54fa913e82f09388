/**
 */
package org.intdesigner.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Area Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.intdesigner.model.IntdPackage#getAreaKind()
 * @model
 * @generated
 */
public enum AreaKind implements Enumerator {
	/**
	 * The '<em><b>ICS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ICS_VALUE
	 * @generated
	 * @ordered
	 */
	ICS(0, "ICS", "ics"),

	/**
	 * The '<em><b>PLACE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PLACE_VALUE
	 * @generated
	 * @ordered
	 */
	PLACE(1, "PLACE", "place"),

	/**
	 * The '<em><b>NEIGHBOURHOOD</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NEIGHBOURHOOD_VALUE
	 * @generated
	 * @ordered
	 */
	NEIGHBOURHOOD(2, "NEIGHBOURHOOD", "neighbourhood");

	/**
	 * The '<em><b>ICS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ICS
	 * @model literal="ics"
	 * @generated
	 * @ordered
	 */
	public static final int ICS_VALUE = 0;

	/**
	 * The '<em><b>PLACE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PLACE
	 * @model literal="place"
	 * @generated
	 * @ordered
	 */
	public static final int PLACE_VALUE = 1;

	/**
	 * The '<em><b>NEIGHBOURHOOD</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NEIGHBOURHOOD
	 * @model literal="neighbourhood"
	 * @generated
	 * @ordered
	 */
	public static final int NEIGHBOURHOOD_VALUE = 2;

	/**
	 * An array of all the '<em><b>Area Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final AreaKind[] VALUES_ARRAY =
		new AreaKind[] {
			ICS,
			PLACE,
			NEIGHBOURHOOD,
		};

	/**
	 * A public read-only list of all the '<em><b>Area Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<AreaKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Area Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AreaKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AreaKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Area Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AreaKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AreaKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Area Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AreaKind get(int value) {
		switch (value) {
			case ICS_VALUE: return ICS;
			case PLACE_VALUE: return PLACE;
			case NEIGHBOURHOOD_VALUE: return NEIGHBOURHOOD;
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
	private AreaKind(int value, String name, String literal) {
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
	
} //AreaKind
