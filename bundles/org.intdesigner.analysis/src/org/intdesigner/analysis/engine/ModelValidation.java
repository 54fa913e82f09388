package org.intdesigner.analysis.engine;

import java.util.EventObject;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.intdesigner.analysis.api.Rule;
import org.intdesigner.model.IntdModel;

/**
 * Validation of one open model, kept current: a full run when asked (on opening, after the rule
 * settings change, Validate All), and after every command (any editor, undo included) a
 * re-validation near what the command touched. Listeners (the Validation view, decorations) get each
 * new report; diagrams read it through {@link LatestFindings}. It listens to the command stack
 * before any editor does, so what editors show after a change already includes its findings. It
 * needs no display, so it lives here rather than beside the views: the model editing UI keeps one
 * per open model and the Validation view (org.intdesigner.analysis.ui) listens to it, without the
 * two importing each other.
 */
public final class ModelValidation {

	private final IntdModel model;
	private final CommandStack stack;
	private final ChangedElements changes = new ChangedElements();
	private final List<Consumer<ValidationReport>> listeners = new CopyOnWriteArrayList<>();
	private final CommandStackListener stackListener = this::commandStackChanged;
	private Validator validator;
	private ValidationReport report;

	public ModelValidation(IntdModel model, CommandStack stack) {
		this.model = model;
		this.stack = stack;
		model.eAdapters().add(changes);
		stack.addCommandStackListener(stackListener);
	}

	public List<Rule> rules() {
		return RuleRegistry.getDefault().getRules();
	}

	/** Validates the whole model now with the current rule settings. */
	public ValidationReport validateAll() {
		validator = new Validator(rules(), RulePreferences.load());
		changes.drain();
		publish(validator.validate(model));
		return report;
	}

	/** Uses new rule settings (from the preference page) and validates everything again. */
	public void settingsChanged(RuleSettings settings) {
		validator = new Validator(rules(), settings);
		changes.drain();
		publish(validator.validate(model));
	}

	private void commandStackChanged(EventObject event) {
		if (report == null) {
			return; // not validated yet: the first full run will see the change
		}
		Set<EObject> changed = changes.drain();
		if (!changed.isEmpty()) {
			publish(validator.revalidate(model, report, changed));
		}
	}

	private void publish(ValidationReport next) {
		report = next;
		LatestFindings.publish(model, next);
		listeners.forEach(listener -> listener.accept(next));
	}

	/** The last report, or null before the first validation. */
	public ValidationReport getReport() {
		return report;
	}

	public IntdModel getModel() {
		return model;
	}

	public CommandStack getCommandStack() {
		return stack;
	}

	public void addListener(Consumer<ValidationReport> listener) {
		listeners.add(listener);
	}

	public void removeListener(Consumer<ValidationReport> listener) {
		listeners.remove(listener);
	}

	public void dispose() {
		stack.removeCommandStackListener(stackListener);
		model.eAdapters().remove(changes);
		LatestFindings.forget(model);
		listeners.clear();
	}
}
