package org.intdesigner.analysis.api;

import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;

/**
 * The base class for a rule: it holds what every rule declares the same way (id, category, default
 * severity, title, rationale, the classes it checks and its parameters), so a rule class holds only
 * its check and, if it has any, its fixes. The built-in rules and the example rule extend it:
 *
 * <pre>
 * public class TeamWithoutPurposeRule extends AbstractRule {
 *    public TeamWithoutPurposeRule() {
 *       super("EXM-001", Category.STRUCTURE, Severity.INFO, "Team has no stated purpose",
 *             "A team that says what it is for can be held to account.", IntdPackage.Literals.TEAM,
 *             new Parameter("minWords", "Fewest words in a purpose", 3, 1, 50));
 *    }
 *    public void check(EObject element, RuleContext context, FindingSink sink) {
 *       Team team = (Team) element;
 *       String purpose = team.getPurpose() == null ? "" : team.getPurpose().trim();
 *       if (purpose.isEmpty() || purpose.split("\\s+").length &lt; context.parameter("minWords")) {
 *          sink.report(team, "Team " + FindingWords.quoted(team) + " has no stated purpose.");
 *       }
 *    }
 * }
 * </pre>
 *
 * The declared values are fixed at construction (the registry creates one instance per
 * contribution with the public no-argument constructor), because suppressions, preferences and
 * reports refer to the id and read the parameters before any check runs. For messages use
 * {@link FindingWords} so a contributed rule's findings read like the built-in ones; for fixes
 * {@link QuickFix#of}. A rule whose findings depend on the model further away than an element and
 * what it refers to overrides {@link #isLocal()}; one without fixes need not override {@link #fixes}.
 */
public abstract class AbstractRule implements Rule {

	private final String id;
	private final Category category;
	private final Severity severity;
	private final String title;
	private final String rationale;
	private final Set<EClass> appliesTo;
	private final List<Parameter> parameters;

	/**
	 * A rule of elements of one class (and its subclasses).
	 *
	 * @param id         stable and never reused; use a prefix of your own (the built-in ones hold ACC, TEAM,
	 *                   POST, SPAN, BND, SKL and PLAN)
	 * @param title      one line: what is wrong
	 * @param rationale  why it matters and what to do
	 * @param parameters the numbers a user may set in preferences or with {@code --set ID.key=value}
	 */
	protected AbstractRule(String id, Category category, Severity severity, String title, String rationale,
			EClass appliesTo, Parameter... parameters) {
		this(id, category, severity, title, rationale, Set.of(appliesTo), parameters);
	}

	/** A rule of elements of several classes. */
	protected AbstractRule(String id, Category category, Severity severity, String title, String rationale,
			Set<EClass> appliesTo, Parameter... parameters) {
		this.id = required(id, "id");
		this.category = required(category, "category");
		this.severity = required(severity, "severity");
		this.title = required(title, "title");
		this.rationale = required(rationale, "rationale");
		this.appliesTo = Set.copyOf(appliesTo);
		this.parameters = List.of(parameters);
		if (this.appliesTo.isEmpty()) {
			throw new IllegalArgumentException("The rule " + id + " (" + getClass().getName()
					+ ") applies to no class of element: name at least one, e.g. IntdPackage.Literals.TEAM.");
		}
	}

	/** A missing declaration fails when the registry creates the rule, so it is reported naming the contributor. */
	private <T> T required(T value, String what) {
		if (value == null || value instanceof String text && text.isBlank()) {
			throw new IllegalArgumentException("The rule " + getClass().getName() + " declares no " + what
					+ ": pass one to the AbstractRule constructor.");
		}
		return value;
	}

	@Override
	public final String id() {
		return id;
	}

	@Override
	public final Category category() {
		return category;
	}

	@Override
	public final Severity defaultSeverity() {
		return severity;
	}

	@Override
	public final String title() {
		return title;
	}

	@Override
	public final String rationale() {
		return rationale;
	}

	@Override
	public final Set<EClass> appliesTo() {
		return appliesTo;
	}

	@Override
	public final List<Parameter> parameters() {
		return parameters;
	}

	@Override
	public String toString() {
		return id + " " + title;
	}
}
