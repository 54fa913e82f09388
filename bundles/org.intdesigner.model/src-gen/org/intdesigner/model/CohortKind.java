/**
 */
package org.intdesigner.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Cohort Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.intdesigner.model.IntdPackage#getCohortKind()
 * @model
 * @generated
 */
public enum CohortKind implements Enumerator {
	/**
	 * The '<em><b>FRAILTY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FRAILTY_VALUE
	 * @generated
	 * @ordered
	 */
	FRAILTY(0, "FRAILTY", "frailty"),

	/**
	 * The '<em><b>CHILDREN AND FAMILIES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHILDREN_AND_FAMILIES_VALUE
	 * @generated
	 * @ordered
	 */
	CHILDREN_AND_FAMILIES(1, "CHILDREN_AND_FAMILIES", "children_and_families"),

	/**
	 * The '<em><b>COMPLEX NEEDS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMPLEX_NEEDS_VALUE
	 * @generated
	 * @ordered
	 */
	COMPLEX_NEEDS(2, "COMPLEX_NEEDS", "complex_needs"),

	/**
	 * The '<em><b>END OF LIFE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #END_OF_LIFE_VALUE
	 * @generated
	 * @ordered
	 */
	END_OF_LIFE(3, "END_OF_LIFE", "end_of_life"),

	/**
	 * The '<em><b>MENTAL HEALTH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MENTAL_HEALTH_VALUE
	 * @generated
	 * @ordered
	 */
	MENTAL_HEALTH(4, "MENTAL_HEALTH", "mental_health"),

	/**
	 * The '<em><b>LONG TERM CONDITIONS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LONG_TERM_CONDITIONS_VALUE
	 * @generated
	 * @ordered
	 */
	LONG_TERM_CONDITIONS(5, "LONG_TERM_CONDITIONS", "long_term_conditions"),

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(6, "OTHER", "other");

	/**
	 * The '<em><b>FRAILTY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FRAILTY
	 * @model literal="frailty"
	 * @generated
	 * @ordered
	 */
	public static final int FRAILTY_VALUE = 0;

	/**
	 * The '<em><b>CHILDREN AND FAMILIES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHILDREN_AND_FAMILIES
	 * @model literal="children_and_families"
	 * @generated
	 * @ordered
	 */
	public static final int CHILDREN_AND_FAMILIES_VALUE = 1;

	/**
	 * The '<em><b>COMPLEX NEEDS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMPLEX_NEEDS
	 * @model literal="complex_needs"
	 * @generated
	 * @ordered
	 */
	public static final int COMPLEX_NEEDS_VALUE = 2;

	/**
	 * The '<em><b>END OF LIFE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #END_OF_LIFE
	 * @model literal="end_of_life"
	 * @generated
	 * @ordered
	 */
	public static final int END_OF_LIFE_VALUE = 3;

	/**
	 * The '<em><b>MENTAL HEALTH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MENTAL_HEALTH
	 * @model literal="mental_health"
	 * @generated
	 * @ordered
	 */
	public static final int MENTAL_HEALTH_VALUE = 4;

	/**
	 * The '<em><b>LONG TERM CONDITIONS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LONG_TERM_CONDITIONS
	 * @model literal="long_term_conditions"
	 * @generated
	 * @ordered
	 */
	public static final int LONG_TERM_CONDITIONS_VALUE = 5;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model literal="other"
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 6;

	/**
	 * An array of all the '<em><b>Cohort Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final CohortKind[] VALUES_ARRAY =
		new CohortKind[] {
			FRAILTY,
			CHILDREN_AND_FAMILIES,
			COMPLEX_NEEDS,
			END_OF_LIFE,
			MENTAL_HEALTH,
			LONG_TERM_CONDITIONS,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Cohort Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<CohortKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Cohort Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CohortKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CohortKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Cohort Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CohortKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CohortKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Cohort Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CohortKind get(int value) {
		switch (value) {
			case FRAILTY_VALUE: return FRAILTY;
			case CHILDREN_AND_FAMILIES_VALUE: return CHILDREN_AND_FAMILIES;
			case COMPLEX_NEEDS_VALUE: return COMPLEX_NEEDS;
			case END_OF_LIFE_VALUE: return END_OF_LIFE;
			case MENTAL_HEALTH_VALUE: return MENTAL_HEALTH;
			case LONG_TERM_CONDITIONS_VALUE: return LONG_TERM_CONDITIONS;
			case OTHER_VALUE: return OTHER;
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
	private CohortKind(int value, String name, String literal) {
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
	
} //CohortKind
