package org.intdesigner.diagram.expressions;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.commons.jexl3.JexlBuilder;
import org.apache.commons.jexl3.JexlEngine;
import org.apache.commons.jexl3.JexlException;
import org.apache.commons.jexl3.JexlInfo;
import org.apache.commons.jexl3.JexlScript;
import org.apache.commons.jexl3.MapContext;
import org.apache.commons.jexl3.introspection.JexlPermissions;

/**
 * Evaluates the expressions of diagram specifications with Apache Commons JEXL. {@code self} is
 * the element the expression is evaluated on; properties are read by feature name on any EMF
 * object ({@code self.name}, {@code self.subTeams}, {@code self.lead.holder}), also on dynamic
 * ones without Java getters. Navigating through a missing value gives null (self.lead.name of a
 * team without a lead), but an unknown feature is an error, so typos in feature names are
 * reported (an unknown method gives null: that is how JEXL's safe navigation works).
 * Parsed expressions are cached: a diagram evaluates the same few
 * expressions on thousands of elements. Tools add variables of their own next to {@code self}
 * ({@code container}, {@code source}, {@code newLabel}, ...): the overloads taking a map of them.
 * <p>
 * Services are Java objects an extender registers under a name; expressions call their public
 * methods as {@code name:method(args)} (JEXL namespaces), e.g. {@code metrics:fte(self)}.
 */
public final class Expressions {

	/** The element an expression is evaluated on (tools add variables of their own). */
	public static final String SELF = "self";

	private final JexlEngine engine;
	private final Map<String, JexlScript> scripts = new ConcurrentHashMap<>();

	/** Expressions without services. */
	public Expressions() {
		this(Map.of());
	}

	/**
	 * Expressions that can call the given services, by namespace. A service is an object (its
	 * public instance and static methods are callable) or a Class (its public static methods are);
	 * either way the class must be public and named, and only the methods it declares itself are
	 * reachable: JEXL's permissions otherwise keep expressions away from arbitrary Java.
	 */
	public Expressions(Map<String, ?> services) {
		engine = new JexlBuilder().uberspect(new EmfUberspect(permissionsFor(services.values())))
				.namespaces(new HashMap<>(services)).strict(true).silent(false).safe(true).cache(512).create();
	}

	private static JexlPermissions permissionsFor(Collection<?> services) {
		List<String> classes = services.stream().map(s -> s instanceof Class<?> c ? c : s.getClass())
				.map(Class::getCanonicalName).filter(Objects::nonNull).toList();
		return classes.isEmpty() ? JexlPermissions.RESTRICTED
				: new JexlPermissions.ClassPermissions(JexlPermissions.RESTRICTED, classes);
	}

	/** The value of {@code expression} on {@code self}; a blank expression is null. */
	public Object evaluate(String expression, Object self) throws ExpressionException {
		return evaluate(expression, self, Map.of());
	}

	/**
	 * The value of {@code expression} on {@code self} with more named variables; {@code self} wins
	 * over a variable of the same name. A blank expression is null.
	 */
	public Object evaluate(String expression, Object self, Map<String, ?> variables) throws ExpressionException {
		if (expression == null || expression.isBlank()) {
			return null;
		}
		try {
			JexlScript script = scripts.computeIfAbsent(expression, engine::createScript);
			MapContext context = new MapContext();
			variables.forEach(context::set);
			context.set(SELF, self);
			return script.execute(context);
		} catch (JexlException e) {
			throw new ExpressionException(expression, e.getMessage(), e);
		}
	}

	/** A precondition or predicate: true unless the expression says false (blank means true). */
	public boolean test(String expression, Object self) throws ExpressionException {
		return test(expression, self, Map.of());
	}

	/** {@link #test(String, Object)} with more named variables. */
	public boolean test(String expression, Object self, Map<String, ?> variables) throws ExpressionException {
		if (expression == null || expression.isBlank()) {
			return true;
		}
		Object value = evaluate(expression, self, variables);
		return value instanceof Boolean b ? b : value != null;
	}

	/** The elements an expression gives: a collection as it is, one value as a list of one, null as none. */
	public List<?> elements(String expression, Object self) throws ExpressionException {
		return elements(expression, self, Map.of());
	}

	/** {@link #elements(String, Object)} with more named variables. */
	public List<?> elements(String expression, Object self, Map<String, ?> variables) throws ExpressionException {
		Object value = evaluate(expression, self, variables);
		if (value == null) {
			return List.of();
		}
		return value instanceof Collection<?> collection ? List.copyOf(collection) : List.of(value);
	}

	/** The text of a label expression; a blank expression is the empty string. */
	public String text(String expression, Object self) throws ExpressionException {
		return text(expression, self, Map.of());
	}

	/** {@link #text(String, Object)} with more named variables. */
	public String text(String expression, Object self, Map<String, ?> variables) throws ExpressionException {
		Object value = evaluate(expression, self, variables);
		return value == null ? "" : String.valueOf(value);
	}

	/**
	 * Why {@code expression} does not parse, found without evaluating it (for validating
	 * specifications before any model is open): JEXL's message with line and column; empty when
	 * it parses or is blank.
	 */
	public Optional<String> syntaxProblem(String expression) {
		if (expression == null || expression.isBlank()) {
			return Optional.empty();
		}
		try {
			engine.createScript(new JexlInfo("", 1, 1), expression);
			return Optional.empty();
		} catch (JexlException e) {
			JexlInfo where = e.getInfo();
			// JEXL prefixes its message with the source and position; say the position in words
			String message = e.getMessage().replaceFirst("^\\S*@\\d+:\\d+\\s*", "");
			return Optional.of(where == null ? message
					: "line " + where.getLine() + ", column " + where.getColumn() + ": " + message);
		}
	}

	/**
	 * The variables {@code expression} reads (the first name of each path: {@code self} for
	 * {@code self.lead.name}); empty when it does not parse. Local variables and lambda parameters
	 * are not included, so anything but {@code self} is a typo or a variable nobody sets.
	 */
	public Set<String> variables(String expression) {
		if (expression == null || expression.isBlank()) {
			return Set.of();
		}
		try {
			Set<String> names = new LinkedHashSet<>();
			for (List<String> path : scripts.computeIfAbsent(expression, engine::createScript).getVariables()) {
				names.add(path.get(0));
			}
			return names;
		} catch (JexlException e) {
			return Set.of();
		}
	}
}
