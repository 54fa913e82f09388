package org.intdesigner.planning.transition;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import org.intdesigner.model.Identified;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Post;
import org.intdesigner.planning.pay.PayTable;

/**
 * Annual pay bills from a pay table: of a whole model, and the change a wave makes to the bill of the posts it changes
 * (a post that is not there counts nothing: an added post adds its cost, a closed one takes its cost off, a re-banded
 * one its difference). A post the table cannot cost is left out and counted.
 */
final class PayBill {

	/** A sum and how many posts were left out of it. */
	record Sum(double amount, int uncosted) {
	}

	private PayBill() {
	}

	static Sum of(IntdModel model, PayTable table) {
		double amount = 0;
		int uncosted = 0;
		for (Post post : model.getPosts()) {
			OptionalDouble cost = table.annualCost(post);
			if (cost.isPresent()) {
				amount += cost.getAsDouble();
			} else {
				uncosted++;
			}
		}
		return new Sum(amount, uncosted);
	}

	/** The change to the bill of {@code postIds} from the model {@code before} to the model {@code after}. */
	static Sum change(Collection<String> postIds, Map<String, Identified> before, Map<String, Identified> after,
			PayTable table) {
		double amount = 0;
		int uncosted = 0;
		for (String id : postIds) {
			OptionalDouble was = cost(before.get(id), table);
			OptionalDouble now = cost(after.get(id), table);
			if (was.isPresent() && now.isPresent()) {
				amount += now.getAsDouble() - was.getAsDouble();
			} else {
				uncosted++;
			}
		}
		return new Sum(amount, uncosted);
	}

	/** Zero for a post that is not there; empty for one the table cannot cost. */
	private static OptionalDouble cost(Identified post, PayTable table) {
		return post instanceof Post p ? table.annualCost(p) : OptionalDouble.of(0);
	}

	/** The posts of {@code model} the table cannot cost, and why. */
	static List<UncostedPost> uncosted(IntdModel model, PayTable table, String which) {
		return model.getPosts().stream().filter(post -> table.whyNoCost(post) != null)
				.map(post -> new UncostedPost(post.getId(), PlanNames.code(post), PlanNames.post(post), which, table.whyNoCost(post)))
				.toList();
	}
}
