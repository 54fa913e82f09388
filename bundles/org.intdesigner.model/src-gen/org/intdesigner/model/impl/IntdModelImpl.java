/**
 */
package org.intdesigner.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.intdesigner.model.AccountabilityItem;
import org.intdesigner.model.Area;
import org.intdesigner.model.Arrangement;
import org.intdesigner.model.Boundary;
import org.intdesigner.model.Capability;
import org.intdesigner.model.Course;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.IntdPackage;
import org.intdesigner.model.Interaction;
import org.intdesigner.model.Organisation;
import org.intdesigner.model.PayBand;
import org.intdesigner.model.Post;
import org.intdesigner.model.Role;
import org.intdesigner.model.SupplyAssumption;
import org.intdesigner.model.Team;
import org.intdesigner.model.TransitionWave;
import org.intdesigner.model.WisnStudy;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Model</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.intdesigner.model.impl.IntdModelImpl#getFormatVersion <em>Format Version</em>}</li>
 *   <li>{@link org.intdesigner.model.impl.IntdModelImpl#getBaseline <em>Baseline</em>}</li>
 *   <li>{@link org.intdesigner.model.impl.IntdModelImpl#getAreas <em>Areas</em>}</li>
 *   <li>{@link org.intdesigner.model.impl.IntdModelImpl#getOrganisations <em>Organisations</em>}</li>
 *   <li>{@link org.intdesigner.model.impl.IntdModelImpl#getCapabilities <em>Capabilities</em>}</li>
 *   <li>{@link org.intdesigner.model.impl.IntdModelImpl#getRoles <em>Roles</em>}</li>
 *   <li>{@link org.intdesigner.model.impl.IntdModelImpl#getPosts <em>Posts</em>}</li>
 *   <li>{@link org.intdesigner.model.impl.IntdModelImpl#getTeams <em>Teams</em>}</li>
 *   <li>{@link org.intdesigner.model.impl.IntdModelImpl#getAccountabilities <em>Accountabilities</em>}</li>
 *   <li>{@link org.intdesigner.model.impl.IntdModelImpl#getBoundaries <em>Boundaries</em>}</li>
 *   <li>{@link org.intdesigner.model.impl.IntdModelImpl#getArrangements <em>Arrangements</em>}</li>
 *   <li>{@link org.intdesigner.model.impl.IntdModelImpl#getInteractions <em>Interactions</em>}</li>
 *   <li>{@link org.intdesigner.model.impl.IntdModelImpl#getWisnStudies <em>Wisn Studies</em>}</li>
 *   <li>{@link org.intdesigner.model.impl.IntdModelImpl#getSupplyAssumptions <em>Supply Assumptions</em>}</li>
 *   <li>{@link org.intdesigner.model.impl.IntdModelImpl#getCourses <em>Courses</em>}</li>
 *   <li>{@link org.intdesigner.model.impl.IntdModelImpl#getPayBands <em>Pay Bands</em>}</li>
 *   <li>{@link org.intdesigner.model.impl.IntdModelImpl#getTransitionWaves <em>Transition Waves</em>}</li>
 * </ul>
 *
 * @generated
 */
public class IntdModelImpl extends ElementImpl implements IntdModel {
	/**
	 * The default value of the '{@link #getFormatVersion() <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormatVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String FORMAT_VERSION_EDEFAULT = "1.0";

	/**
	 * The cached value of the '{@link #getFormatVersion() <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormatVersion()
	 * @generated
	 * @ordered
	 */
	protected String formatVersion = FORMAT_VERSION_EDEFAULT;

	/**
	 * This is true if the Format Version attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean formatVersionESet;

	/**
	 * The default value of the '{@link #getBaseline() <em>Baseline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaseline()
	 * @generated
	 * @ordered
	 */
	protected static final String BASELINE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBaseline() <em>Baseline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaseline()
	 * @generated
	 * @ordered
	 */
	protected String baseline = BASELINE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAreas() <em>Areas</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAreas()
	 * @generated
	 * @ordered
	 */
	protected EList<Area> areas;

	/**
	 * The cached value of the '{@link #getOrganisations() <em>Organisations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrganisations()
	 * @generated
	 * @ordered
	 */
	protected EList<Organisation> organisations;

	/**
	 * The cached value of the '{@link #getCapabilities() <em>Capabilities</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCapabilities()
	 * @generated
	 * @ordered
	 */
	protected EList<Capability> capabilities;

	/**
	 * The cached value of the '{@link #getRoles() <em>Roles</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRoles()
	 * @generated
	 * @ordered
	 */
	protected EList<Role> roles;

	/**
	 * The cached value of the '{@link #getPosts() <em>Posts</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPosts()
	 * @generated
	 * @ordered
	 */
	protected EList<Post> posts;

	/**
	 * The cached value of the '{@link #getTeams() <em>Teams</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTeams()
	 * @generated
	 * @ordered
	 */
	protected EList<Team> teams;

	/**
	 * The cached value of the '{@link #getAccountabilities() <em>Accountabilities</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAccountabilities()
	 * @generated
	 * @ordered
	 */
	protected EList<AccountabilityItem> accountabilities;

	/**
	 * The cached value of the '{@link #getBoundaries() <em>Boundaries</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBoundaries()
	 * @generated
	 * @ordered
	 */
	protected EList<Boundary> boundaries;

	/**
	 * The cached value of the '{@link #getArrangements() <em>Arrangements</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArrangements()
	 * @generated
	 * @ordered
	 */
	protected EList<Arrangement> arrangements;

	/**
	 * The cached value of the '{@link #getInteractions() <em>Interactions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInteractions()
	 * @generated
	 * @ordered
	 */
	protected EList<Interaction> interactions;

	/**
	 * The cached value of the '{@link #getWisnStudies() <em>Wisn Studies</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWisnStudies()
	 * @generated
	 * @ordered
	 */
	protected EList<WisnStudy> wisnStudies;

	/**
	 * The cached value of the '{@link #getSupplyAssumptions() <em>Supply Assumptions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupplyAssumptions()
	 * @generated
	 * @ordered
	 */
	protected EList<SupplyAssumption> supplyAssumptions;

	/**
	 * The cached value of the '{@link #getCourses() <em>Courses</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCourses()
	 * @generated
	 * @ordered
	 */
	protected EList<Course> courses;

	/**
	 * The cached value of the '{@link #getPayBands() <em>Pay Bands</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPayBands()
	 * @generated
	 * @ordered
	 */
	protected EList<PayBand> payBands;

	/**
	 * The cached value of the '{@link #getTransitionWaves() <em>Transition Waves</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTransitionWaves()
	 * @generated
	 * @ordered
	 */
	protected EList<TransitionWave> transitionWaves;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected IntdModelImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return IntdPackage.Literals.INTD_MODEL;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFormatVersion() {
		return formatVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFormatVersion(String newFormatVersion) {
		String oldFormatVersion = formatVersion;
		formatVersion = newFormatVersion;
		boolean oldFormatVersionESet = formatVersionESet;
		formatVersionESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IntdPackage.INTD_MODEL__FORMAT_VERSION, oldFormatVersion, formatVersion, !oldFormatVersionESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetFormatVersion() {
		String oldFormatVersion = formatVersion;
		boolean oldFormatVersionESet = formatVersionESet;
		formatVersion = FORMAT_VERSION_EDEFAULT;
		formatVersionESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, IntdPackage.INTD_MODEL__FORMAT_VERSION, oldFormatVersion, FORMAT_VERSION_EDEFAULT, oldFormatVersionESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetFormatVersion() {
		return formatVersionESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBaseline() {
		return baseline;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBaseline(String newBaseline) {
		String oldBaseline = baseline;
		baseline = newBaseline;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IntdPackage.INTD_MODEL__BASELINE, oldBaseline, baseline));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Area> getAreas() {
		if (areas == null) {
			areas = new EObjectContainmentEList<Area>(Area.class, this, IntdPackage.INTD_MODEL__AREAS);
		}
		return areas;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Organisation> getOrganisations() {
		if (organisations == null) {
			organisations = new EObjectContainmentEList<Organisation>(Organisation.class, this, IntdPackage.INTD_MODEL__ORGANISATIONS);
		}
		return organisations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Capability> getCapabilities() {
		if (capabilities == null) {
			capabilities = new EObjectContainmentEList<Capability>(Capability.class, this, IntdPackage.INTD_MODEL__CAPABILITIES);
		}
		return capabilities;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Role> getRoles() {
		if (roles == null) {
			roles = new EObjectContainmentEList<Role>(Role.class, this, IntdPackage.INTD_MODEL__ROLES);
		}
		return roles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Post> getPosts() {
		if (posts == null) {
			posts = new EObjectContainmentEList<Post>(Post.class, this, IntdPackage.INTD_MODEL__POSTS);
		}
		return posts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Team> getTeams() {
		if (teams == null) {
			teams = new EObjectContainmentEList<Team>(Team.class, this, IntdPackage.INTD_MODEL__TEAMS);
		}
		return teams;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AccountabilityItem> getAccountabilities() {
		if (accountabilities == null) {
			accountabilities = new EObjectContainmentEList<AccountabilityItem>(AccountabilityItem.class, this, IntdPackage.INTD_MODEL__ACCOUNTABILITIES);
		}
		return accountabilities;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Boundary> getBoundaries() {
		if (boundaries == null) {
			boundaries = new EObjectContainmentEList<Boundary>(Boundary.class, this, IntdPackage.INTD_MODEL__BOUNDARIES);
		}
		return boundaries;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Arrangement> getArrangements() {
		if (arrangements == null) {
			arrangements = new EObjectContainmentEList<Arrangement>(Arrangement.class, this, IntdPackage.INTD_MODEL__ARRANGEMENTS);
		}
		return arrangements;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Interaction> getInteractions() {
		if (interactions == null) {
			interactions = new EObjectContainmentEList<Interaction>(Interaction.class, this, IntdPackage.INTD_MODEL__INTERACTIONS);
		}
		return interactions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<WisnStudy> getWisnStudies() {
		if (wisnStudies == null) {
			wisnStudies = new EObjectContainmentEList<WisnStudy>(WisnStudy.class, this, IntdPackage.INTD_MODEL__WISN_STUDIES);
		}
		return wisnStudies;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SupplyAssumption> getSupplyAssumptions() {
		if (supplyAssumptions == null) {
			supplyAssumptions = new EObjectContainmentEList<SupplyAssumption>(SupplyAssumption.class, this, IntdPackage.INTD_MODEL__SUPPLY_ASSUMPTIONS);
		}
		return supplyAssumptions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Course> getCourses() {
		if (courses == null) {
			courses = new EObjectContainmentEList<Course>(Course.class, this, IntdPackage.INTD_MODEL__COURSES);
		}
		return courses;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PayBand> getPayBands() {
		if (payBands == null) {
			payBands = new EObjectContainmentEList<PayBand>(PayBand.class, this, IntdPackage.INTD_MODEL__PAY_BANDS);
		}
		return payBands;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TransitionWave> getTransitionWaves() {
		if (transitionWaves == null) {
			transitionWaves = new EObjectContainmentEList<TransitionWave>(TransitionWave.class, this, IntdPackage.INTD_MODEL__TRANSITION_WAVES);
		}
		return transitionWaves;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case IntdPackage.INTD_MODEL__AREAS:
				return ((InternalEList<?>)getAreas()).basicRemove(otherEnd, msgs);
			case IntdPackage.INTD_MODEL__ORGANISATIONS:
				return ((InternalEList<?>)getOrganisations()).basicRemove(otherEnd, msgs);
			case IntdPackage.INTD_MODEL__CAPABILITIES:
				return ((InternalEList<?>)getCapabilities()).basicRemove(otherEnd, msgs);
			case IntdPackage.INTD_MODEL__ROLES:
				return ((InternalEList<?>)getRoles()).basicRemove(otherEnd, msgs);
			case IntdPackage.INTD_MODEL__POSTS:
				return ((InternalEList<?>)getPosts()).basicRemove(otherEnd, msgs);
			case IntdPackage.INTD_MODEL__TEAMS:
				return ((InternalEList<?>)getTeams()).basicRemove(otherEnd, msgs);
			case IntdPackage.INTD_MODEL__ACCOUNTABILITIES:
				return ((InternalEList<?>)getAccountabilities()).basicRemove(otherEnd, msgs);
			case IntdPackage.INTD_MODEL__BOUNDARIES:
				return ((InternalEList<?>)getBoundaries()).basicRemove(otherEnd, msgs);
			case IntdPackage.INTD_MODEL__ARRANGEMENTS:
				return ((InternalEList<?>)getArrangements()).basicRemove(otherEnd, msgs);
			case IntdPackage.INTD_MODEL__INTERACTIONS:
				return ((InternalEList<?>)getInteractions()).basicRemove(otherEnd, msgs);
			case IntdPackage.INTD_MODEL__WISN_STUDIES:
				return ((InternalEList<?>)getWisnStudies()).basicRemove(otherEnd, msgs);
			case IntdPackage.INTD_MODEL__SUPPLY_ASSUMPTIONS:
				return ((InternalEList<?>)getSupplyAssumptions()).basicRemove(otherEnd, msgs);
			case IntdPackage.INTD_MODEL__COURSES:
				return ((InternalEList<?>)getCourses()).basicRemove(otherEnd, msgs);
			case IntdPackage.INTD_MODEL__PAY_BANDS:
				return ((InternalEList<?>)getPayBands()).basicRemove(otherEnd, msgs);
			case IntdPackage.INTD_MODEL__TRANSITION_WAVES:
				return ((InternalEList<?>)getTransitionWaves()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case IntdPackage.INTD_MODEL__FORMAT_VERSION:
				return getFormatVersion();
			case IntdPackage.INTD_MODEL__BASELINE:
				return getBaseline();
			case IntdPackage.INTD_MODEL__AREAS:
				return getAreas();
			case IntdPackage.INTD_MODEL__ORGANISATIONS:
				return getOrganisations();
			case IntdPackage.INTD_MODEL__CAPABILITIES:
				return getCapabilities();
			case IntdPackage.INTD_MODEL__ROLES:
				return getRoles();
			case IntdPackage.INTD_MODEL__POSTS:
				return getPosts();
			case IntdPackage.INTD_MODEL__TEAMS:
				return getTeams();
			case IntdPackage.INTD_MODEL__ACCOUNTABILITIES:
				return getAccountabilities();
			case IntdPackage.INTD_MODEL__BOUNDARIES:
				return getBoundaries();
			case IntdPackage.INTD_MODEL__ARRANGEMENTS:
				return getArrangements();
			case IntdPackage.INTD_MODEL__INTERACTIONS:
				return getInteractions();
			case IntdPackage.INTD_MODEL__WISN_STUDIES:
				return getWisnStudies();
			case IntdPackage.INTD_MODEL__SUPPLY_ASSUMPTIONS:
				return getSupplyAssumptions();
			case IntdPackage.INTD_MODEL__COURSES:
				return getCourses();
			case IntdPackage.INTD_MODEL__PAY_BANDS:
				return getPayBands();
			case IntdPackage.INTD_MODEL__TRANSITION_WAVES:
				return getTransitionWaves();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case IntdPackage.INTD_MODEL__FORMAT_VERSION:
				setFormatVersion((String)newValue);
				return;
			case IntdPackage.INTD_MODEL__BASELINE:
				setBaseline((String)newValue);
				return;
			case IntdPackage.INTD_MODEL__AREAS:
				getAreas().clear();
				getAreas().addAll((Collection<? extends Area>)newValue);
				return;
			case IntdPackage.INTD_MODEL__ORGANISATIONS:
				getOrganisations().clear();
				getOrganisations().addAll((Collection<? extends Organisation>)newValue);
				return;
			case IntdPackage.INTD_MODEL__CAPABILITIES:
				getCapabilities().clear();
				getCapabilities().addAll((Collection<? extends Capability>)newValue);
				return;
			case IntdPackage.INTD_MODEL__ROLES:
				getRoles().clear();
				getRoles().addAll((Collection<? extends Role>)newValue);
				return;
			case IntdPackage.INTD_MODEL__POSTS:
				getPosts().clear();
				getPosts().addAll((Collection<? extends Post>)newValue);
				return;
			case IntdPackage.INTD_MODEL__TEAMS:
				getTeams().clear();
				getTeams().addAll((Collection<? extends Team>)newValue);
				return;
			case IntdPackage.INTD_MODEL__ACCOUNTABILITIES:
				getAccountabilities().clear();
				getAccountabilities().addAll((Collection<? extends AccountabilityItem>)newValue);
				return;
			case IntdPackage.INTD_MODEL__BOUNDARIES:
				getBoundaries().clear();
				getBoundaries().addAll((Collection<? extends Boundary>)newValue);
				return;
			case IntdPackage.INTD_MODEL__ARRANGEMENTS:
				getArrangements().clear();
				getArrangements().addAll((Collection<? extends Arrangement>)newValue);
				return;
			case IntdPackage.INTD_MODEL__INTERACTIONS:
				getInteractions().clear();
				getInteractions().addAll((Collection<? extends Interaction>)newValue);
				return;
			case IntdPackage.INTD_MODEL__WISN_STUDIES:
				getWisnStudies().clear();
				getWisnStudies().addAll((Collection<? extends WisnStudy>)newValue);
				return;
			case IntdPackage.INTD_MODEL__SUPPLY_ASSUMPTIONS:
				getSupplyAssumptions().clear();
				getSupplyAssumptions().addAll((Collection<? extends SupplyAssumption>)newValue);
				return;
			case IntdPackage.INTD_MODEL__COURSES:
				getCourses().clear();
				getCourses().addAll((Collection<? extends Course>)newValue);
				return;
			case IntdPackage.INTD_MODEL__PAY_BANDS:
				getPayBands().clear();
				getPayBands().addAll((Collection<? extends PayBand>)newValue);
				return;
			case IntdPackage.INTD_MODEL__TRANSITION_WAVES:
				getTransitionWaves().clear();
				getTransitionWaves().addAll((Collection<? extends TransitionWave>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case IntdPackage.INTD_MODEL__FORMAT_VERSION:
				unsetFormatVersion();
				return;
			case IntdPackage.INTD_MODEL__BASELINE:
				setBaseline(BASELINE_EDEFAULT);
				return;
			case IntdPackage.INTD_MODEL__AREAS:
				getAreas().clear();
				return;
			case IntdPackage.INTD_MODEL__ORGANISATIONS:
				getOrganisations().clear();
				return;
			case IntdPackage.INTD_MODEL__CAPABILITIES:
				getCapabilities().clear();
				return;
			case IntdPackage.INTD_MODEL__ROLES:
				getRoles().clear();
				return;
			case IntdPackage.INTD_MODEL__POSTS:
				getPosts().clear();
				return;
			case IntdPackage.INTD_MODEL__TEAMS:
				getTeams().clear();
				return;
			case IntdPackage.INTD_MODEL__ACCOUNTABILITIES:
				getAccountabilities().clear();
				return;
			case IntdPackage.INTD_MODEL__BOUNDARIES:
				getBoundaries().clear();
				return;
			case IntdPackage.INTD_MODEL__ARRANGEMENTS:
				getArrangements().clear();
				return;
			case IntdPackage.INTD_MODEL__INTERACTIONS:
				getInteractions().clear();
				return;
			case IntdPackage.INTD_MODEL__WISN_STUDIES:
				getWisnStudies().clear();
				return;
			case IntdPackage.INTD_MODEL__SUPPLY_ASSUMPTIONS:
				getSupplyAssumptions().clear();
				return;
			case IntdPackage.INTD_MODEL__COURSES:
				getCourses().clear();
				return;
			case IntdPackage.INTD_MODEL__PAY_BANDS:
				getPayBands().clear();
				return;
			case IntdPackage.INTD_MODEL__TRANSITION_WAVES:
				getTransitionWaves().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case IntdPackage.INTD_MODEL__FORMAT_VERSION:
				return isSetFormatVersion();
			case IntdPackage.INTD_MODEL__BASELINE:
				return BASELINE_EDEFAULT == null ? baseline != null : !BASELINE_EDEFAULT.equals(baseline);
			case IntdPackage.INTD_MODEL__AREAS:
				return areas != null && !areas.isEmpty();
			case IntdPackage.INTD_MODEL__ORGANISATIONS:
				return organisations != null && !organisations.isEmpty();
			case IntdPackage.INTD_MODEL__CAPABILITIES:
				return capabilities != null && !capabilities.isEmpty();
			case IntdPackage.INTD_MODEL__ROLES:
				return roles != null && !roles.isEmpty();
			case IntdPackage.INTD_MODEL__POSTS:
				return posts != null && !posts.isEmpty();
			case IntdPackage.INTD_MODEL__TEAMS:
				return teams != null && !teams.isEmpty();
			case IntdPackage.INTD_MODEL__ACCOUNTABILITIES:
				return accountabilities != null && !accountabilities.isEmpty();
			case IntdPackage.INTD_MODEL__BOUNDARIES:
				return boundaries != null && !boundaries.isEmpty();
			case IntdPackage.INTD_MODEL__ARRANGEMENTS:
				return arrangements != null && !arrangements.isEmpty();
			case IntdPackage.INTD_MODEL__INTERACTIONS:
				return interactions != null && !interactions.isEmpty();
			case IntdPackage.INTD_MODEL__WISN_STUDIES:
				return wisnStudies != null && !wisnStudies.isEmpty();
			case IntdPackage.INTD_MODEL__SUPPLY_ASSUMPTIONS:
				return supplyAssumptions != null && !supplyAssumptions.isEmpty();
			case IntdPackage.INTD_MODEL__COURSES:
				return courses != null && !courses.isEmpty();
			case IntdPackage.INTD_MODEL__PAY_BANDS:
				return payBands != null && !payBands.isEmpty();
			case IntdPackage.INTD_MODEL__TRANSITION_WAVES:
				return transitionWaves != null && !transitionWaves.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (formatVersion: ");
		if (formatVersionESet) result.append(formatVersion); else result.append("<unset>");
		result.append(", baseline: ");
		result.append(baseline);
		result.append(')');
		return result.toString();
	}

} //IntdModelImpl
