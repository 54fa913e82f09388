/**
 */
package org.intdesigner.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Team Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.intdesigner.model.IntdPackage#getTeamKind()
 * @model
 * @generated
 */
public enum TeamKind implements Enumerator {
	/**
	 * The '<em><b>CORE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CORE_VALUE
	 * @generated
	 * @ordered
	 */
	CORE(0, "CORE", "core"),

	/**
	 * The '<em><b>MDT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MDT_VALUE
	 * @generated
	 * @ordered
	 */
	MDT(1, "MDT", "mdt"),

	/**
	 * The '<em><b>SPECIALIST</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SPECIALIST_VALUE
	 * @generated
	 * @ordered
	 */
	SPECIALIST(2, "SPECIALIST", "specialist"),

	/**
	 * The '<em><b>WIDER PARTNER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WIDER_PARTNER_VALUE
	 * @generated
	 * @ordered
	 */
	WIDER_PARTNER(3, "WIDER_PARTNER", "wider_partner"),

	/**
	 * The '<em><b>ENABLING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ENABLING_VALUE
	 * @generated
	 * @ordered
	 */
	ENABLING(4, "ENABLING", "enabling");

	/**
	 * The '<em><b>CORE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CORE
	 * @model literal="core"
	 * @generated
	 * @ordered
	 */
	public static final int CORE_VALUE = 0;

	/**
	 * The '<em><b>MDT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MDT
	 * @model literal="mdt"
	 * @generated
	 * @ordered
	 */
	public static final int MDT_VALUE = 1;

	/**
	 * The '<em><b>SPECIALIST</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SPECIALIST
	 * @model literal="specialist"
	 * @generated
	 * @ordered
	 */
	public static final int SPECIALIST_VALUE = 2;

	/**
	 * The '<em><b>WIDER PARTNER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WIDER_PARTNER
	 * @model literal="wider_partner"
	 * @generated
	 * @ordered
	 */
	public static final int WIDER_PARTNER_VALUE = 3;

	/**
	 * The '<em><b>ENABLING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ENABLING
	 * @model literal="enabling"
	 * @generated
	 * @ordered
	 */
	public static final int ENABLING_VALUE = 4;

	/**
	 * An array of all the '<em><b>Team Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final TeamKind[] VALUES_ARRAY =
		new TeamKind[] {
			CORE,
			MDT,
			SPECIALIST,
			WIDER_PARTNER,
			ENABLING,
		};

	/**
	 * A public read-only list of all the '<em><b>Team Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<TeamKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Team Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TeamKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			TeamKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Team Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TeamKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			TeamKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Team Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TeamKind get(int value) {
		switch (value) {
			case CORE_VALUE: return CORE;
			case MDT_VALUE: return MDT;
			case SPECIALIST_VALUE: return SPECIALIST;
			case WIDER_PARTNER_VALUE: return WIDER_PARTNER;
			case ENABLING_VALUE: return ENABLING;
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
	private TeamKind(int value, String name, String literal) {
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
	
} //TeamKind
