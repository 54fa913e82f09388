package org.intdesigner.model.diagrams;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.intdesigner.analysis.api.ModelIndex;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.IntdPackage;
import org.intdesigner.model.Post;

/**
 * What the line-management chart calls as {@code lm:...}: a manager's direct reports and span of
 * control. Answered from the model's cross-reference index when the workbench keeps one (a chart of
 * thousands of posts must not scan every post per manager), otherwise by scanning the posts.
 */
public class LineManagementServices {

	/** The posts whose line manager is {@code manager}. */
	public List<Post> directReports(Post manager) {
		return referring(manager, IntdPackage.Literals.POST__LINE_MANAGER);
	}

	/** The posts whose professional supervisor is {@code supervisor}. */
	public List<Post> supervisees(Post supervisor) {
		return referring(supervisor, IntdPackage.Literals.POST__SUPERVISOR);
	}

	/** The posts of the model whose {@code reference} is {@code post}, in the model's order when scanned. */
	private static List<Post> referring(Post post, EReference reference) {
		List<Post> found = new ArrayList<>();
		IntdModel model = EcoreUtil.getRootContainer(post) instanceof IntdModel m ? m : null;
		if (model == null) {
			return found;
		}
		List<EObject> indexed = ModelIndex.indexedReferrers(model, post, reference);
		if (indexed != null) {
			for (EObject referrer : indexed) {
				if (referrer instanceof Post other && !found.contains(other)) {
					found.add(other);
				}
			}
			return found;
		}
		for (Post other : model.getPosts()) {
			if (other.eGet(reference) == post) {
				found.add(other);
			}
		}
		return found;
	}

	/** How many posts {@code manager} line-manages directly. */
	public int span(Post manager) {
		return directReports(manager).size();
	}

	/** The post's name, with its span of control when it manages anyone: "Practice manager (span 7)". */
	public String label(Post post) {
		String name = post.getName() == null ? "" : post.getName();
		int span = span(post);
		return span == 0 ? name : name + " (span " + span + ")";
	}
}
