package org.intdesigner.model.edit;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.provider.DelegatingWrapperItemProvider;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptorDecorator;
import org.intdesigner.model.Allocation;
import org.intdesigner.model.IntdPackage;
import org.intdesigner.model.Post;
import org.intdesigner.model.Team;

/**
 * A post as it appears under a team it works in: "Care coordinator (vacant), 0.8 FTE". It stands
 * for the post's allocation to that team: its Properties are the post's, with the allocation's
 * FTE as "FTE in this team"; Rename renames the post, Delete takes it out of the team.
 */
public class AllocatedPostItemProvider extends DelegatingWrapperItemProvider {

	AllocatedPostItemProvider(Allocation allocation, Team team, AdapterFactory adapterFactory) {
		super(allocation, team, null, CommandParameter.NO_INDEX, adapterFactory);
	}

	public Allocation getAllocation() {
		return (Allocation) getValue();
	}

	public Post getPost() {
		return getAllocation().eContainer() instanceof Post post ? post : null;
	}

	public Team getTeam() {
		return (Team) getOwner();
	}

	/** The post's own properties, and what it gives this team. */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (propertyDescriptors == null) {
			List<IItemPropertyDescriptor> descriptors = new ArrayList<>();
			Post post = getPost();
			IItemPropertySource postSource = post == null ? null
					: (IItemPropertySource) adapterFactory.adapt(post, IItemPropertySource.class);
			if (postSource != null) {
				for (IItemPropertyDescriptor descriptor : postSource.getPropertyDescriptors(post)) {
					descriptors.add(new ItemPropertyDescriptorDecorator(post, descriptor));
				}
			}
			IItemPropertySource allocationSource = (IItemPropertySource) adapterFactory.adapt(getAllocation(),
					IItemPropertySource.class);
			if (allocationSource != null) {
				for (IItemPropertyDescriptor descriptor : allocationSource.getPropertyDescriptors(getAllocation())) {
					if (descriptor.getFeature(getAllocation()) == IntdPackage.Literals.ALLOCATION__FTE) {
						descriptors.add(new FteInTeam(getAllocation(), descriptor));
					}
				}
			}
			propertyDescriptors = descriptors;
		}
		return propertyDescriptors;
	}

	/** The allocation's FTE beside the post's own (whole-post) FTE, named so the two are not confused. */
	private static final class FteInTeam extends ItemPropertyDescriptorDecorator {
		static final String ID = "fteInThisTeam";

		FteInTeam(Allocation allocation, IItemPropertyDescriptor descriptor) {
			super(allocation, descriptor);
		}

		@Override
		public String getDisplayName(Object thisObject) {
			return "FTE in this team";
		}

		@Override
		public String getDescription(Object thisObject) {
			return "The share of the post's time that works in this team";
		}

		@Override
		public String getId(Object thisObject) {
			return ID;
		}
	}

	@Override
	public String getText(Object object) {
		Post post = getPost();
		return (post == null ? "(no post)" : ItemLabels.post(post)) + ", " + ItemLabels.fte(getAllocation().getFte())
				+ " FTE";
	}

	@Override
	public Object getImage(Object object) {
		Post post = getPost();
		IItemLabelProvider labels = post == null ? null
				: (IItemLabelProvider) adapterFactory.adapt(post, IItemLabelProvider.class);
		return labels != null ? labels.getImage(post) : super.getImage(object);
	}
}
