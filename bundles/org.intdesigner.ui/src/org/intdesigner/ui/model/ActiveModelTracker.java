package org.intdesigner.ui.model;

import java.util.function.Consumer;

import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;

/**
 * Tells a view which editor it should follow: the editor activated, or the one active after an editor closed (null
 * when none is left). Views that show something of the active editor's model (validation findings, the workforce
 * plan) install one and take the model with {@link #modelOf(IEditorPart)} or {@link #modelToFollow}. Handlers are
 * called again with the same editor now and then (an editor opened behind a view): they do nothing when it is the same.
 */
public final class ActiveModelTracker implements IPartListener2 {

	private final IWorkbenchPage page;
	private final Consumer<IEditorPart> show;

	private ActiveModelTracker(IWorkbenchPage page, Consumer<IEditorPart> show) {
		this.page = page;
		this.show = show;
	}

	/** Calls {@code show} with the active editor now and whenever it changes, until {@link #uninstall()}. */
	public static ActiveModelTracker install(IWorkbenchPage page, Consumer<IEditorPart> show) {
		ActiveModelTracker tracker = new ActiveModelTracker(page, show);
		page.addPartListener(tracker);
		show.accept(page.getActiveEditor());
		return tracker;
	}

	public void uninstall() {
		page.removePartListener(this);
	}

	/** The open model an editor edits (a model editor, a diagram, a matrix, a study), or null. */
	public static OpenModel modelOf(IEditorPart editor) {
		return editor == null ? null : editor.getAdapter(OpenModel.class);
	}

	/**
	 * The model a view about "the model being worked on" should show when {@code editor} becomes the active one: its
	 * model; for an editor of no model (or none), the model it shows now while that is still open in an editor, else
	 * the first model open in an editor (null when there is none).
	 */
	public static OpenModel modelToFollow(IWorkbenchPage page, IEditorPart editor, OpenModel shown) {
		OpenModel model = modelOf(editor);
		if (model != null) {
			return model;
		}
		OpenModel first = null;
		for (IEditorReference reference : page.getEditorReferences()) {
			OpenModel open = modelOf(reference.getEditor(false));
			if (open != null && open == shown) {
				return shown;
			}
			first = first == null ? open : first;
		}
		return first;
	}

	@Override
	public void partActivated(IWorkbenchPartReference ref) {
		if (ref instanceof IEditorReference editor) {
			show.accept(editor.getEditor(false));
		}
	}

	/** An editor opened without being activated (at start-up, behind a view) still changes what "open in an editor" is. */
	@Override
	public void partOpened(IWorkbenchPartReference ref) {
		if (ref instanceof IEditorReference) {
			show.accept(page.getActiveEditor());
		}
	}

	@Override
	public void partClosed(IWorkbenchPartReference ref) {
		if (ref instanceof IEditorReference) {
			show.accept(page.getActiveEditor());
		}
	}
}
