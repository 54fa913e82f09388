package org.intdesigner.model.edit;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.provider.DelegatingWrapperItemProvider;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.intdesigner.model.Allocation;
import org.intdesigner.model.Post;
import org.intdesigner.model.Team;

/**
 * A post as it appears under a team it works in: "Care coordinator (vacant), 0.8 FTE". It stands
 * for the post's allocation to that team (its Properties are the allocation's: team and FTE), and
 * for the post itself when renamed.
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
