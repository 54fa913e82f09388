package org.intdesigner.diagram.expressions;

/** An expression that could not be parsed or failed on an element; names the expression. */
public class ExpressionException extends Exception {

	private static final long serialVersionUID = 1L;
	private final String expression;

	public ExpressionException(String expression, String problem, Throwable cause) {
		super("'" + expression + "': " + problem, cause);
		this.expression = expression;
	}

	public String getExpression() {
		return expression;
	}
}
