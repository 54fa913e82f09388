package org.intdesigner.diagram.tools;

/**
 * A tool whose model change failed part way: names the tool and, when an expression was to blame,
 * the expression. Unchecked, because it leaves {@code Command.execute()}, which declares nothing;
 * by the time it is thrown the model has been rolled back.
 */
public class ToolException extends RuntimeException {

	private static final long serialVersionUID = 1L;
	private final String toolName;
	private final String expression;

	public ToolException(String toolName, String expression, String problem, Throwable cause) {
		super("Tool '" + toolName + "': " + problem, cause);
		this.toolName = toolName;
		this.expression = expression;
	}

	public String getToolName() {
		return toolName;
	}

	/** The expression that failed, or null when the problem was not an expression's. */
	public String getExpression() {
		return expression;
	}
}
