/**
 */
package org.intdesigner.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Pay Band</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One band of a pay scale and what a whole-time post on it costs a year with on-costs (employer's pension and national insurance). A post is costed on the band named by its band, in the scale of its terms; a post without terms on the scale for its employer's sector.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.intdesigner.model.PayBand#getScale <em>Scale</em>}</li>
 *   <li>{@link org.intdesigner.model.PayBand#getBand <em>Band</em>}</li>
 *   <li>{@link org.intdesigner.model.PayBand#getAnnualCost <em>Annual Cost</em>}</li>
 *   <li>{@link org.intdesigner.model.PayBand#getSector <em>Sector</em>}</li>
 * </ul>
 *
 * @see org.intdesigner.model.IntdPackage#getPayBand()
 * @model
 * @generated
 */
public interface PayBand extends Element {
	/**
	 * Returns the value of the '<em><b>Scale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The pay scale the band belongs to, as terms and conditions name it (for example Agenda for Change).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Scale</em>' attribute.
	 * @see #setScale(String)
	 * @see org.intdesigner.model.IntdPackage#getPayBand_Scale()
	 * @model
	 * @generated
	 */
	String getScale();

	/**
	 * Sets the value of the '{@link org.intdesigner.model.PayBand#getScale <em>Scale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scale</em>' attribute.
	 * @see #getScale()
	 * @generated
	 */
	void setScale(String value);

	/**
	 * Returns the value of the '<em><b>Band</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The band as posts name it (for example 6, or SO1).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Band</em>' attribute.
	 * @see #setBand(String)
	 * @see org.intdesigner.model.IntdPackage#getPayBand_Band()
	 * @model
	 * @generated
	 */
	String getBand();

	/**
	 * Sets the value of the '{@link org.intdesigner.model.PayBand#getBand <em>Band</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Band</em>' attribute.
	 * @see #getBand()
	 * @generated
	 */
	void setBand(String value);

	/**
	 * Returns the value of the '<em><b>Annual Cost</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Pounds a year for one whole-time equivalent, on-costs included.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Annual Cost</em>' attribute.
	 * @see #setAnnualCost(double)
	 * @see org.intdesigner.model.IntdPackage#getPayBand_AnnualCost()
	 * @model
	 * @generated
	 */
	double getAnnualCost();

	/**
	 * Sets the value of the '{@link org.intdesigner.model.PayBand#getAnnualCost <em>Annual Cost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Annual Cost</em>' attribute.
	 * @see #getAnnualCost()
	 * @generated
	 */
	void setAnnualCost(double value);

	/**
	 * Returns the value of the '<em><b>Sector</b></em>' attribute.
	 * The literals are from the enumeration {@link org.intdesigner.model.Sector}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The sector whose employers pay on this scale when a post has no terms of its own; unset: no sector's (general practice is a sector like the others, not the default).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sector</em>' attribute.
	 * @see org.intdesigner.model.Sector
	 * @see #isSetSector()
	 * @see #unsetSector()
	 * @see #setSector(Sector)
	 * @see org.intdesigner.model.IntdPackage#getPayBand_Sector()
	 * @model unsettable="true"
	 * @generated
	 */
	Sector getSector();

	/**
	 * Sets the value of the '{@link org.intdesigner.model.PayBand#getSector <em>Sector</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sector</em>' attribute.
	 * @see org.intdesigner.model.Sector
	 * @see #isSetSector()
	 * @see #unsetSector()
	 * @see #getSector()
	 * @generated
	 */
	void setSector(Sector value);

	/**
	 * Unsets the value of the '{@link org.intdesigner.model.PayBand#getSector <em>Sector</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetSector()
	 * @see #getSector()
	 * @see #setSector(Sector)
	 * @generated
	 */
	void unsetSector();

	/**
	 * Returns whether the value of the '{@link org.intdesigner.model.PayBand#getSector <em>Sector</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Sector</em>' attribute is set.
	 * @see #unsetSector()
	 * @see #getSector()
	 * @see #setSector(Sector)
	 * @generated
	 */
	boolean isSetSector();

} // PayBand
