package org.intdesigner.model.diagrams;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.intdesigner.analysis.api.ModelIndex;
import org.intdesigner.model.Allocation;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.IntdPackage;
import org.intdesigner.model.Post;
import org.intdesigner.model.Team;

/**
 * What INT diagram specifications call as {@code intd:...}: questions the metamodel answers only
 * by walking it (which posts work in a team: those with an allocation to it).
 */
public class IntdDiagramServices {

	/**
	 * The posts with time allocated to {@code team}. Uses the model's cross-reference index when
	 * the workbench keeps one (a diagram of thousands of teams must not scan every post per team).
	 */
	public List<Post> postsIn(Team team) {
		List<Post> posts = new ArrayList<>();
		IntdModel model = modelOf(team);
		if (model == null) {
			return posts;
		}
		List<EObject> allocations = ModelIndex.indexedReferrers(model, team, IntdPackage.Literals.ALLOCATION__TEAM);
		if (allocations != null) {
			for (EObject allocation : allocations) {
				if (allocation.eContainer() instanceof Post post && !posts.contains(post)) {
					posts.add(post);
				}
			}
			return posts;
		}
		for (Post post : model.getPosts()) {
			for (Allocation allocation : post.getAllocations()) {
				if (allocation.getTeam() == team) {
					posts.add(post);
					break;
				}
			}
		}
		return posts;
	}

	/** A team's kind as written in specifications ("core", "mdt", ...), or "" (enum properties are not readable from expressions). */
	public String kindOf(Team team) {
		return team == null || team.getKind() == null ? "" : team.getKind().getLiteral();
	}

	/** The sector of a post's employer ("general_practice", "social_care", ...), or "". */
	public String sectorOf(Post post) {
		return post == null || post.getEmployer() == null || post.getEmployer().getSector() == null ? ""
				: post.getEmployer().getSector().getLiteral();
	}

	/** Is it a team? (Tools use it in preconditions: a post can only be made inside a team.) */
	public boolean isTeam(Object element) {
		return element instanceof Team;
	}

	/** Is it the model itself? (A diagram of the whole model is where top-level teams are made.) */
	public boolean isModel(Object element) {
		return element instanceof IntdModel;
	}

	/** The model an element belongs to. */
	public IntdModel modelOf(EObject element) {
		return element == null ? null : EcoreUtil.getRootContainer(element) instanceof IntdModel model ? model : null;
	}

	/** The allocation of {@code post} to {@code team}, or null. */
	public Allocation allocationTo(Post post, Team team) {
		for (Allocation allocation : post.getAllocations()) {
			if (allocation.getTeam() == team) {
				return allocation;
			}
		}
		return null;
	}
}
