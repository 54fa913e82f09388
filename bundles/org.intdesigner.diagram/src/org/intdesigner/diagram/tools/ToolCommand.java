package org.intdesigner.diagram.tools;

import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.ChangeCommand;

/**
 * One use of a diagram tool as one undoable command. The tool's operations run inside
 * {@link #execute()}, not when the command is made, because later operations read what earlier
 * ones did (the name of the post just created); a change recorder over the model keeps what they
 * did for undo and redo. If an operation fails, what was recorded so far is rolled back before
 * the {@link ToolException} leaves, so a failed tool never leaves half a change behind.
 */
public final class ToolCommand extends ChangeCommand {

	private final String toolName;
	private final Supplier<List<EObject>> change;
	private final List<EObject> context;
	private List<EObject> changed = List.of();
	private String problem;
	private boolean done;

	/**
	 * @param scope   what to record: the resource sets (or stray trees) every change falls in
	 * @param context what the user pointed at, affected until the command has run
	 * @param problem why the tool cannot be used here, or null if it can
	 * @param change  the model change; gives the elements an editor should select afterwards
	 */
	ToolCommand(String toolName, String label, Collection<Notifier> scope, List<EObject> context, String problem,
			Supplier<List<EObject>> change) {
		super(scope);
		this.toolName = toolName;
		this.context = context;
		this.problem = problem;
		this.change = change;
		setLabel(label);
		setDescription(label);
	}

	@Override
	protected boolean prepare() {
		return problem == null;
	}

	/** Why the command cannot execute (a precondition that does not hold) or why it failed; null otherwise. */
	public String getProblem() {
		return problem;
	}

	public String getToolName() {
		return toolName;
	}

	@Override
	public void execute() {
		try {
			super.execute();
		} catch (RuntimeException e) {
			// ChangeCommand has ended the recording in its finally block: undo exactly what ran
			if (getChangeDescription() != null) {
				getChangeDescription().apply();
				setChangeDescription(null);
			}
			ToolException failure = e instanceof ToolException known ? known
					: new ToolException(toolName, null, String.valueOf(e.getMessage()), e);
			problem = failure.getMessage();
			throw failure;
		}
		done = true;
	}

	@Override
	protected void doExecute() {
		changed = List.copyOf(change.get());
	}

	@Override
	public void undo() {
		super.undo();
		done = false;
	}

	@Override
	public void redo() {
		super.redo();
		done = true;
	}

	/**
	 * The created, moved or edited elements once executed, so an editor can select them (for a
	 * deletion, what held the deleted element); before that and after undo, what the user pointed at.
	 */
	@Override
	public Collection<?> getAffectedObjects() {
		return done ? changed : context;
	}

	/** The created, moved or edited elements; empty until executed. */
	@Override
	public Collection<?> getResult() {
		return changed;
	}
}
