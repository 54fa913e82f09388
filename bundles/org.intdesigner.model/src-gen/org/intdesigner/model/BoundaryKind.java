/**
 */
package org.intdesigner.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Boundary Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.intdesigner.model.IntdPackage#getBoundaryKind()
 * @model
 * @generated
 */
public enum BoundaryKind implements Enumerator {
	/**
	 * The '<em><b>ORGANISATIONAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ORGANISATIONAL_VALUE
	 * @generated
	 * @ordered
	 */
	ORGANISATIONAL(0, "ORGANISATIONAL", "organisational"),

	/**
	 * The '<em><b>PROFESSIONAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROFESSIONAL_VALUE
	 * @generated
	 * @ordered
	 */
	PROFESSIONAL(1, "PROFESSIONAL", "professional"),

	/**
	 * The '<em><b>SECTOR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SECTOR_VALUE
	 * @generated
	 * @ordered
	 */
	SECTOR(2, "SECTOR", "sector"),

	/**
	 * The '<em><b>GEOGRAPHIC</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GEOGRAPHIC_VALUE
	 * @generated
	 * @ordered
	 */
	GEOGRAPHIC(3, "GEOGRAPHIC", "geographic");

	/**
	 * The '<em><b>ORGANISATIONAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ORGANISATIONAL
	 * @model literal="organisational"
	 * @generated
	 * @ordered
	 */
	public static final int ORGANISATIONAL_VALUE = 0;

	/**
	 * The '<em><b>PROFESSIONAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROFESSIONAL
	 * @model literal="professional"
	 * @generated
	 * @ordered
	 */
	public static final int PROFESSIONAL_VALUE = 1;

	/**
	 * The '<em><b>SECTOR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SECTOR
	 * @model literal="sector"
	 * @generated
	 * @ordered
	 */
	public static final int SECTOR_VALUE = 2;

	/**
	 * The '<em><b>GEOGRAPHIC</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GEOGRAPHIC
	 * @model literal="geographic"
	 * @generated
	 * @ordered
	 */
	public static final int GEOGRAPHIC_VALUE = 3;

	/**
	 * An array of all the '<em><b>Boundary Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final BoundaryKind[] VALUES_ARRAY =
		new BoundaryKind[] {
			ORGANISATIONAL,
			PROFESSIONAL,
			SECTOR,
			GEOGRAPHIC,
		};

	/**
	 * A public read-only list of all the '<em><b>Boundary Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<BoundaryKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Boundary Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static BoundaryKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			BoundaryKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Boundary Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static BoundaryKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			BoundaryKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Boundary Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static BoundaryKind get(int value) {
		switch (value) {
			case ORGANISATIONAL_VALUE: return ORGANISATIONAL;
			case PROFESSIONAL_VALUE: return PROFESSIONAL;
			case SECTOR_VALUE: return SECTOR;
			case GEOGRAPHIC_VALUE: return GEOGRAPHIC;
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
	private BoundaryKind(int value, String name, String literal) {
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
	
} //BoundaryKind
