package org.intdesigner.model.diagrams;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.intdesigner.model.Allocation;
import org.intdesigner.model.Arrangement;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Organisation;
import org.intdesigner.model.Post;
import org.intdesigner.model.Team;

/**
 * What the boundary map calls as {@code bnd:...}: who is employed or hosted where, and which lines
 * of management, supervision and allocation cross from one organisation to another.
 */
public class BoundaryServices {

	/** The posts {@code organisation} employs, in model order. */
	public List<Post> postsEmployedBy(Organisation organisation) {
		List<Post> posts = new ArrayList<>();
		IntdModel model = modelOf(organisation);
		if (model != null) {
			for (Post post : model.getPosts()) {
				if (post.getEmployer() == organisation) {
					posts.add(post);
				}
			}
		}
		return posts;
	}

	/** The teams, at any depth, that {@code organisation} hosts. */
	public List<Team> teamsHostedBy(Organisation organisation) {
		List<Team> teams = new ArrayList<>();
		IntdModel model = modelOf(organisation);
		if (model != null) {
			model.eAllContents().forEachRemaining(o -> {
				if (o instanceof Team team && team.getHost() == organisation) {
					teams.add(team);
				}
			});
		}
		return teams;
	}

	/** The arrangements {@code organisation} hosts, in model order: drawn in its region. */
	public List<Arrangement> arrangementsHostedBy(Organisation organisation) {
		IntdModel model = modelOf(organisation);
		return model == null ? List.of() : model.getArrangements().stream().filter(a -> a.getHost() == organisation).toList();
	}

	/** The arrangements no organisation hosts: drawn on their own. */
	public List<Arrangement> arrangementsWithoutHost(IntdModel model) {
		return model.getArrangements().stream().filter(a -> a.getHost() == null).toList();
	}

	/** The parties of an arrangement other than its host (the host holds it in its region already). */
	public List<Organisation> partiesBesidesHost(Arrangement arrangement) {
		return arrangement.getParties().stream().filter(party -> party != arrangement.getHost()).toList();
	}

	/** Every allocation of every post. */
	public List<Allocation> allocations(IntdModel model) {
		List<Allocation> allocations = new ArrayList<>();
		for (Post post : model.getPosts()) {
			allocations.addAll(post.getAllocations());
		}
		return allocations;
	}

	/** The post an allocation belongs to. */
	public Post postOf(Allocation allocation) {
		return allocation.eContainer() instanceof Post post ? post : null;
	}

	/** Does the post work in this allocation's team for another organisation than the team's host? */
	public boolean allocationCrosses(Allocation allocation) {
		Post post = postOf(allocation);
		Team team = allocation.getTeam();
		return post != null && team != null && team.getHost() != null && post.getEmployer() != null
				&& team.getHost() != post.getEmployer();
	}

	/** Is the post line-managed from another organisation? */
	public boolean lineManagementCrosses(Post post) {
		return crosses(post, post.getLineManager());
	}

	/** Is the post professionally supervised from another organisation? */
	public boolean supervisionCrosses(Post post) {
		return crosses(post, post.getSupervisor());
	}

	/** Posts working in the team for another employer than its host, and their management or supervision from elsewhere. */
	public int crossings(Team team) {
		int count = 0;
		IntdModel model = modelOf(team);
		if (model == null) {
			return 0;
		}
		for (Post post : model.getPosts()) {
			for (Allocation allocation : post.getAllocations()) {
				if (allocation.getTeam() == team) {
					count += (allocationCrosses(allocation) ? 1 : 0) + (lineManagementCrosses(post) ? 1 : 0)
							+ (supervisionCrosses(post) ? 1 : 0);
				}
			}
		}
		return count;
	}

	/** The sector of an organisation as specifications write it ("vcfse", ...), or "". */
	public String sectorOf(Organisation organisation) {
		return organisation == null || organisation.getSector() == null ? "" : organisation.getSector().getLiteral();
	}

	private static boolean crosses(Post post, Post other) {
		return post != null && other != null && post.getEmployer() != null && other.getEmployer() != null
				&& post.getEmployer() != other.getEmployer();
	}

	private static IntdModel modelOf(EObject element) {
		return EcoreUtil.getRootContainer(element) instanceof IntdModel model ? model : null;
	}
}
