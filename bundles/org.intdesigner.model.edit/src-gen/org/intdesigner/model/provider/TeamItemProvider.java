/**
 */
package org.intdesigner.model.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

import org.intdesigner.model.IntdFactory;
import org.intdesigner.model.IntdPackage;
import org.intdesigner.model.Team;

/**
 * This is the item provider adapter for a {@link org.intdesigner.model.Team} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class TeamItemProvider extends PartyItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TeamItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addKindPropertyDescriptor(object);
			addPurposePropertyDescriptor(object);
			addLeadPropertyDescriptor(object);
			addAreaPropertyDescriptor(object);
			addHostPropertyDescriptor(object);
			addServedCohortsPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Kind feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addKindPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Team_kind_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Team_kind_feature", "_UI_Team_type"),
				 IntdPackage.Literals.TEAM__KIND,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Purpose feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPurposePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Team_purpose_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Team_purpose_feature", "_UI_Team_type"),
				 IntdPackage.Literals.TEAM__PURPOSE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Lead feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLeadPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Team_lead_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Team_lead_feature", "_UI_Team_type"),
				 IntdPackage.Literals.TEAM__LEAD,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Area feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAreaPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Team_area_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Team_area_feature", "_UI_Team_type"),
				 IntdPackage.Literals.TEAM__AREA,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Host feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addHostPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Team_host_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Team_host_feature", "_UI_Team_type"),
				 IntdPackage.Literals.TEAM__HOST,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Served Cohorts feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addServedCohortsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Team_servedCohorts_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Team_servedCohorts_feature", "_UI_Team_type"),
				 IntdPackage.Literals.TEAM__SERVED_COHORTS,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(IntdPackage.Literals.TEAM__SUB_TEAMS);
			childrenFeatures.add(IntdPackage.Literals.TEAM__REQUIRED_CAPABILITIES);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns Team.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Team"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * The name alone: the icon says what it is.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	@Override
	public String getText(Object object) {
		return org.intdesigner.model.edit.ItemLabels.nameOf((org.intdesigner.model.Element)object);
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(Team.class)) {
			case IntdPackage.TEAM__KIND:
			case IntdPackage.TEAM__PURPOSE:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case IntdPackage.TEAM__SUB_TEAMS:
			case IntdPackage.TEAM__REQUIRED_CAPABILITIES:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * What a team is built from comes first: a post working in it (created with its allocation,
	 * see {@link #createCreateChildCommand}), a sub-team, a required capability; then the
	 * properties and suppressions every element has.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		org.intdesigner.model.Post post = IntdFactory.eINSTANCE.createPost();
		org.intdesigner.model.Allocation allocation = IntdFactory.eINSTANCE.createAllocation();
		allocation.setTeam((Team)object);
		allocation.setFte(post.getFte());
		post.getAllocations().add(allocation);
		newChildDescriptors.add(createChildParameter(IntdPackage.Literals.INTD_MODEL__POSTS, post));

		newChildDescriptors.add
			(createChildParameter
				(IntdPackage.Literals.TEAM__SUB_TEAMS,
				 IntdFactory.eINSTANCE.createTeam()));

		newChildDescriptors.add
			(createChildParameter
				(IntdPackage.Literals.TEAM__REQUIRED_CAPABILITIES,
				 IntdFactory.eINSTANCE.createCapabilityLevel()));

		super.collectNewChildDescriptors(newChildDescriptors, object);
	}

	/**
	 * <!-- begin-user-doc -->
	 * New > Post on a team: the post goes into the model's posts, already allocated to the team,
	 * in one command (one Undo); what is selected afterwards is the post under the team.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	@Override
	protected org.eclipse.emf.common.command.Command createCreateChildCommand(org.eclipse.emf.edit.domain.EditingDomain domain,
			org.eclipse.emf.ecore.EObject owner, EStructuralFeature feature, Object value, int index, Collection<?> collection) {
		if (feature != IntdPackage.Literals.INTD_MODEL__POSTS || !(value instanceof org.intdesigner.model.Post post)
				|| !(org.eclipse.emf.ecore.util.EcoreUtil.getRootContainer(owner) instanceof org.intdesigner.model.IntdModel model)) {
			return super.createCreateChildCommand(domain, owner, feature, value, index, collection);
		}
		org.intdesigner.model.io.ModelIds.assignMissing(post);
		return new org.intdesigner.model.edit.NewChildCommand(domain, model, feature, post,
				org.eclipse.emf.edit.command.CommandParameter.NO_INDEX, collection, this) {
			@Override
			public Collection<?> getAffectedObjects() {
				Collection<?> affected = super.getAffectedObjects();
				Object shown = affected.contains(post) && !post.getAllocations().isEmpty()
						? org.intdesigner.model.edit.AllocatedPosts.wrapperOf(adapterFactory, post.getAllocations().get(0))
						: null;
				return shown != null ? java.util.List.of(shown) : affected;
			}
		};
	}

	/**
	 * <!-- begin-user-doc -->
	 * Sub-teams, then the posts working in the team (with their FTE), then required capabilities.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	@Override
	public Collection<?> getChildren(Object object) {
		java.util.List<Object> children = new java.util.ArrayList<>(super.getChildren(object));
		int at = children.size();
		for (int i = 0; i < children.size(); i++) {
			if (children.get(i) instanceof org.intdesigner.model.CapabilityLevel) {
				at = i;
				break;
			}
		}
		children.addAll(at, org.intdesigner.model.edit.AllocatedPosts.of(adapterFactory, (Team)object));
		return children;
	}

	/**
	 * <!-- begin-user-doc -->
	 * Delete on a post shown under the team takes it out of the team (removes that allocation);
	 * the post itself stays in the model.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	@Override
	protected org.eclipse.emf.common.command.Command factorRemoveCommand(org.eclipse.emf.edit.domain.EditingDomain domain,
			org.eclipse.emf.edit.command.CommandParameter commandParameter) {
		java.util.List<Object> others = new java.util.ArrayList<>();
		org.eclipse.emf.common.command.CompoundCommand removal = new org.eclipse.emf.common.command.CompoundCommand(
				org.eclipse.emf.common.command.CompoundCommand.MERGE_COMMAND_ALL);
		for (Object child : commandParameter.getCollection()) {
			// the command arrives with the shown posts already unwrapped into their allocations
			if (child instanceof org.intdesigner.model.Allocation allocation
					&& allocation.getTeam() == commandParameter.getOwner() && allocation.eContainer() != null) {
				removal.append(org.eclipse.emf.edit.command.RemoveCommand.create(domain, allocation.eContainer(),
						IntdPackage.Literals.POST__ALLOCATIONS, allocation));
			} else {
				others.add(child);
			}
		}
		if (removal.isEmpty()) {
			return super.factorRemoveCommand(domain, commandParameter);
		}
		if (!others.isEmpty()) {
			removal.append(super.factorRemoveCommand(domain, new org.eclipse.emf.edit.command.CommandParameter(
					commandParameter.getOwner(), commandParameter.getFeature(), others)));
		}
		return removal.unwrap();
	}

	/**
	 * <!-- begin-user-doc -->
	 * A team with only posts in it opens too.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	@Override
	public boolean hasChildren(Object object) {
		return super.hasChildren(object) || org.intdesigner.model.edit.AllocatedPosts.any(adapterFactory, (Team)object);
	}

}
