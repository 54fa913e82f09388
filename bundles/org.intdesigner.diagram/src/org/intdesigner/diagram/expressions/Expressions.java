package org.intdesigner.diagram.expressions;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.commons.jexl3.JexlBuilder;
import org.apache.commons.jexl3.JexlEngine;
import org.apache.commons.jexl3.JexlException;
import org.apache.commons.jexl3.JexlScript;
import org.apache.commons.jexl3.MapContext;

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
 */
public final class Expressions {

	private final JexlEngine engine = new JexlBuilder().uberspect(new EmfUberspect()).strict(true).silent(false)
			.safe(true).cache(512).create();
	private final Map<String, JexlScript> scripts = new ConcurrentHashMap<>();

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
			context.set("self", self);
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
}
