package org.intdesigner.diagram.ui.session;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.ui.views.properties.IPropertySourceProvider;

/**
 * A semantic model file as the editors of its kind hold it open: diagrams share its editing
 * domain, so their changes are undone by the same Undo as the model editor's, and show its objects'
 * properties as the model editor does. Contributed per file extension through the
 * {@code org.intdesigner.diagram.ui.semanticModels} extension point.
 */
public interface SemanticModel extends IAdaptable {

	Path getFile();

	EObject getRoot();

	/** The shared editing domain; its command stack is the one Undo and Redo work on. */
	EditingDomain getEditingDomain();

	IPropertySourceProvider getPropertySourceProvider();

	/** The text the model editor shows for an object (used in dialogs and tooltips). */
	String getText(Object object);

	boolean isDirty();

	void save() throws IOException;

	/**
	 * Saves to {@code target}, which becomes this model's file for every editor of it; refused (with
	 * the reason) when {@code target} is open as another model.
	 */
	void saveAs(Path target) throws IOException;

	/** Told after every save of the model, whichever editor saved it. */
	void addSaveListener(Runnable listener);

	void removeSaveListener(Runnable listener);

	/** This user of the model is done with it; the model closes when nobody uses it any more. */
	void release();
}
