package org.intdesigner.analysis.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.intdesigner.model.Element;
import org.intdesigner.model.Post;
import org.intdesigner.model.io.Labels;

/**
 * How rules name things in their findings, in words a service designer reads ("two Accountable
 * parties: 'Practice nurse' and 'Team lead'"). The built-in rules use it; a contributed rule that does
 * too reads like them in the Validation view and in reports.
 */
public final class FindingWords {

	private static final String[] NUMBERS = { "no", "one", "two", "three", "four", "five", "six", "seven", "eight",
			"nine", "ten" };

	/** Long lists are cut here: a message names a few and counts the rest. */
	public static final int MOST_NAMED = 8;

	private FindingWords() {
	}

	/**
	 * The element's name; a post without one by its holder, role and employer ("vacant Care coordinator
	 * post, Riverside PCN": posts from a spreadsheet rarely have names); else what it is ("an unnamed team").
	 */
	public static String name(EObject element) {
		if (element == null) {
			return "nobody";
		}
		if (hasName(element)) {
			return ((Element) element).getName();
		}
		return element instanceof Post ? Labels.readable(element) : "an unnamed " + kind(element);
	}

	/** The element's name in quotes, as messages name their subject: 'Falls prevention'. */
	public static String quoted(EObject element) {
		if (hasName(element) || element instanceof Post) {
			return "'" + name(element) + "'";
		}
		return name(element);
	}

	private static boolean hasName(EObject element) {
		return element instanceof Element named && named.getName() != null && !named.getName().isBlank();
	}

	/** "accountability item", "post": the class name as words. */
	public static String kind(EObject element) {
		return Labels.kind(element);
	}

	/** "A", "A and B", "A, B and C"; past {@link #MOST_NAMED} names, "A, B, ... and 12 more". */
	public static String list(Collection<String> names) {
		List<String> all = List.copyOf(names);
		if (all.isEmpty()) {
			return "";
		}
		if (all.size() > MOST_NAMED) {
			return String.join(", ", all.subList(0, MOST_NAMED)) + " and " + (all.size() - MOST_NAMED) + " more";
		}
		if (all.size() == 1) {
			return all.get(0);
		}
		return String.join(", ", all.subList(0, all.size() - 1)) + " and " + all.get(all.size() - 1);
	}

	/** The elements' names in quotes, listed: names often hold commas ("Practice nurse, Riverside North"). */
	public static String names(Collection<? extends EObject> elements) {
		return list(elements.stream().map(FindingWords::quoted).toList());
	}

	/** "no", "one", ... "ten", then digits. */
	public static String number(int n) {
		return n >= 0 && n < NUMBERS.length ? NUMBERS[n] : String.valueOf(n);
	}

	/** "two posts", "one post", "12 posts". */
	public static String count(int n, String singular) {
		return number(n) + " " + (n == 1 ? singular : singular + "s");
	}

	/** An FTE as people write it: 1, 0.8, 1.25 (at most two decimals, no trailing zeros). */
	public static String fte(double fte) {
		return new BigDecimal(fte).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
	}
}
