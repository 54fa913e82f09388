/**
 */
package org.intdesigner.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Sector</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.intdesigner.model.IntdPackage#getSector()
 * @model
 * @generated
 */
public enum Sector implements Enumerator {
	/**
	 * The '<em><b>GENERAL PRACTICE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GENERAL_PRACTICE_VALUE
	 * @generated
	 * @ordered
	 */
	GENERAL_PRACTICE(0, "GENERAL_PRACTICE", "general_practice"),

	/**
	 * The '<em><b>COMMUNITY HEALTH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMMUNITY_HEALTH_VALUE
	 * @generated
	 * @ordered
	 */
	COMMUNITY_HEALTH(1, "COMMUNITY_HEALTH", "community_health"),

	/**
	 * The '<em><b>MENTAL HEALTH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MENTAL_HEALTH_VALUE
	 * @generated
	 * @ordered
	 */
	MENTAL_HEALTH(2, "MENTAL_HEALTH", "mental_health"),

	/**
	 * The '<em><b>ACUTE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ACUTE_VALUE
	 * @generated
	 * @ordered
	 */
	ACUTE(3, "ACUTE", "acute"),

	/**
	 * The '<em><b>SOCIAL CARE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SOCIAL_CARE_VALUE
	 * @generated
	 * @ordered
	 */
	SOCIAL_CARE(4, "SOCIAL_CARE", "social_care"),

	/**
	 * The '<em><b>CHILDRENS SERVICES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHILDRENS_SERVICES_VALUE
	 * @generated
	 * @ordered
	 */
	CHILDRENS_SERVICES(5, "CHILDRENS_SERVICES", "childrens_services"),

	/**
	 * The '<em><b>COMMUNITY PHARMACY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMMUNITY_PHARMACY_VALUE
	 * @generated
	 * @ordered
	 */
	COMMUNITY_PHARMACY(6, "COMMUNITY_PHARMACY", "community_pharmacy"),

	/**
	 * The '<em><b>VCFSE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VCFSE_VALUE
	 * @generated
	 * @ordered
	 */
	VCFSE(7, "VCFSE", "vcfse"),

	/**
	 * The '<em><b>VOLUNTEERS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VOLUNTEERS_VALUE
	 * @generated
	 * @ordered
	 */
	VOLUNTEERS(8, "VOLUNTEERS", "volunteers"),

	/**
	 * The '<em><b>INFORMAL CARERS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INFORMAL_CARERS_VALUE
	 * @generated
	 * @ordered
	 */
	INFORMAL_CARERS(9, "INFORMAL_CARERS", "informal_carers"),

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(10, "OTHER", "other");

	/**
	 * The '<em><b>GENERAL PRACTICE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GENERAL_PRACTICE
	 * @model literal="general_practice"
	 * @generated
	 * @ordered
	 */
	public static final int GENERAL_PRACTICE_VALUE = 0;

	/**
	 * The '<em><b>COMMUNITY HEALTH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMMUNITY_HEALTH
	 * @model literal="community_health"
	 * @generated
	 * @ordered
	 */
	public static final int COMMUNITY_HEALTH_VALUE = 1;

	/**
	 * The '<em><b>MENTAL HEALTH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MENTAL_HEALTH
	 * @model literal="mental_health"
	 * @generated
	 * @ordered
	 */
	public static final int MENTAL_HEALTH_VALUE = 2;

	/**
	 * The '<em><b>ACUTE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ACUTE
	 * @model literal="acute"
	 * @generated
	 * @ordered
	 */
	public static final int ACUTE_VALUE = 3;

	/**
	 * The '<em><b>SOCIAL CARE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SOCIAL_CARE
	 * @model literal="social_care"
	 * @generated
	 * @ordered
	 */
	public static final int SOCIAL_CARE_VALUE = 4;

	/**
	 * The '<em><b>CHILDRENS SERVICES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHILDRENS_SERVICES
	 * @model literal="childrens_services"
	 * @generated
	 * @ordered
	 */
	public static final int CHILDRENS_SERVICES_VALUE = 5;

	/**
	 * The '<em><b>COMMUNITY PHARMACY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMMUNITY_PHARMACY
	 * @model literal="community_pharmacy"
	 * @generated
	 * @ordered
	 */
	public static final int COMMUNITY_PHARMACY_VALUE = 6;

	/**
	 * The '<em><b>VCFSE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VCFSE
	 * @model literal="vcfse"
	 * @generated
	 * @ordered
	 */
	public static final int VCFSE_VALUE = 7;

	/**
	 * The '<em><b>VOLUNTEERS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VOLUNTEERS
	 * @model literal="volunteers"
	 * @generated
	 * @ordered
	 */
	public static final int VOLUNTEERS_VALUE = 8;

	/**
	 * The '<em><b>INFORMAL CARERS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INFORMAL_CARERS
	 * @model literal="informal_carers"
	 * @generated
	 * @ordered
	 */
	public static final int INFORMAL_CARERS_VALUE = 9;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model literal="other"
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 10;

	/**
	 * An array of all the '<em><b>Sector</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Sector[] VALUES_ARRAY =
		new Sector[] {
			GENERAL_PRACTICE,
			COMMUNITY_HEALTH,
			MENTAL_HEALTH,
			ACUTE,
			SOCIAL_CARE,
			CHILDRENS_SERVICES,
			COMMUNITY_PHARMACY,
			VCFSE,
			VOLUNTEERS,
			INFORMAL_CARERS,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Sector</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Sector> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Sector</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Sector get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Sector result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Sector</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Sector getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Sector result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Sector</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Sector get(int value) {
		switch (value) {
			case GENERAL_PRACTICE_VALUE: return GENERAL_PRACTICE;
			case COMMUNITY_HEALTH_VALUE: return COMMUNITY_HEALTH;
			case MENTAL_HEALTH_VALUE: return MENTAL_HEALTH;
			case ACUTE_VALUE: return ACUTE;
			case SOCIAL_CARE_VALUE: return SOCIAL_CARE;
			case CHILDRENS_SERVICES_VALUE: return CHILDRENS_SERVICES;
			case COMMUNITY_PHARMACY_VALUE: return COMMUNITY_PHARMACY;
			case VCFSE_VALUE: return VCFSE;
			case VOLUNTEERS_VALUE: return VOLUNTEERS;
			case INFORMAL_CARERS_VALUE: return INFORMAL_CARERS;
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
	private Sector(int value, String name, String literal) {
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
	
} //Sector
