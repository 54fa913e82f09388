package org.intdesigner.analysis.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.ECrossReferenceAdapter;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.intdesigner.model.Allocation;
import org.intdesigner.model.IntdPackage;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Post;
import org.intdesigner.model.Team;

/**
 * Relations the metamodel stores one way, turned round once per validation run: a manager's
 * direct reports, the posts working in a team. Built on first use; valid for one run only.
 */
public final class ModelIndex {

	private final IntdModel model;
	/** The model's cross-reference index, used instead of whole-model maps when only a few lookups are expected. */
	private final ECrossReferenceAdapter inverse;
	private Map<Post, List<Post>> directReports;
	private Map<Team, List<Post>> postsInTeam;

	public ModelIndex(IntdModel model) {
		this(model, false);
	}

	/**
	 * @param fewLookups true when only elements near an edit are checked (re-validation): then the
	 *                   model's cross-reference index, where there is one, answers each question
	 *                   directly instead of a map of the whole model being built first
	 */
	public ModelIndex(IntdModel model, boolean fewLookups) {
		this.model = model;
		this.inverse = fewLookups ? ECrossReferenceAdapter.getCrossReferenceAdapter(model) : null;
	}

	/**
	 * Short lists (what messages name) in the model's order, as the whole-model maps give them;
	 * finding a post's place costs a scan of the posts, so long lists (only counted) keep the
	 * index's order.
	 */
	private List<Post> inModelOrder(List<Post> posts) {
		if (posts.size() > 1 && posts.size() <= 32) {
			Map<Post, Integer> place = new HashMap<>();
			posts.forEach(p -> place.put(p, model.getPosts().indexOf(p)));
			posts.sort(Comparator.comparingInt(place::get));
		}
		return posts;
	}

	private List<EObject> referrers(EObject target, EReference reference) {
		return indexedReferrers(model, target, reference);
	}

	/**
	 * The objects of {@code model} whose {@code reference} points at {@code target}, answered by the
	 * model's cross-reference index (what the workbench keeps on every open model); null when the
	 * model keeps none, and the caller scans instead. Objects the index still remembers but that
	 * have left the model (just deleted) are left out.
	 */
	public static List<EObject> indexedReferrers(IntdModel model, EObject target, EReference reference) {
		ECrossReferenceAdapter index = ECrossReferenceAdapter.getCrossReferenceAdapter(target);
		if (index == null) {
			return null;
		}
		List<EObject> referrers = new ArrayList<>();
		for (EStructuralFeature.Setting setting : index.getInverseReferences(target, false)) {
			if (setting.getEStructuralFeature() == reference && EcoreUtil.isAncestor(model, setting.getEObject())) {
				referrers.add(setting.getEObject());
			}
		}
		return referrers;
	}

	/** The posts whose line manager is {@code manager}, in model order. */
	public List<Post> directReports(Post manager) {
		if (inverse != null) {
			List<Post> reports = new ArrayList<>();
			referrers(manager, IntdPackage.Literals.POST__LINE_MANAGER).forEach(p -> reports.add((Post) p));
			return inModelOrder(reports);
		}
		if (directReports == null) {
			directReports = new HashMap<>();
			for (Post post : model.getPosts()) {
				if (post.getLineManager() != null) {
					directReports.computeIfAbsent(post.getLineManager(), m -> new ArrayList<>()).add(post);
				}
			}
		}
		return directReports.getOrDefault(manager, List.of());
	}

	/** The posts with an allocation to {@code team}, in model order. */
	public List<Post> postsIn(Team team) {
		if (inverse != null) {
			List<Post> posts = new ArrayList<>();
			for (EObject allocation : referrers(team, IntdPackage.Literals.ALLOCATION__TEAM)) {
				if (allocation.eContainer() instanceof Post post && !posts.contains(post)) {
					posts.add(post);
				}
			}
			return inModelOrder(posts);
		}
		if (postsInTeam == null) {
			postsInTeam = new HashMap<>();
			for (Post post : model.getPosts()) {
				for (Allocation allocation : post.getAllocations()) {
					if (allocation.getTeam() != null) {
						List<Post> posts = postsInTeam.computeIfAbsent(allocation.getTeam(), t -> new ArrayList<>());
						if (posts.isEmpty() || posts.get(posts.size() - 1) != post) {
							posts.add(post);
						}
					}
				}
			}
		}
		return postsInTeam.getOrDefault(team, List.of());
	}
}
