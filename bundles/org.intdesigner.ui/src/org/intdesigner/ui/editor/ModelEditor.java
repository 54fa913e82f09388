package org.intdesigner.ui.editor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.EventObject;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IPathEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.intdesigner.model.io.ModelFiles;
import org.intdesigner.ui.actions.EditActions;
import org.intdesigner.ui.emf.ItemPropertySourceProvider;
import org.intdesigner.ui.emf.ModelPropertySheetPage;
import org.intdesigner.ui.files.PathEditorInput;
import org.intdesigner.ui.model.ModelManager;
import org.intdesigner.ui.model.ModelPartEditing;
import org.intdesigner.ui.model.OpenModel;

/**
 * The editor of a whole .intd file: the model as a tree with a search box, its objects' details
 * in the Properties view, every change a command on the model's stack (undo/redo, a dirty marker
 * until saved), Save and Save As writing safely through {@link ModelFiles}.
 */
public class ModelEditor extends EditorPart implements IEditingDomainProvider {

	public static final String ID = "org.intdesigner.ui.modelEditor";

	private OpenModel model;
	private ModelTree tree;
	private final EditActions actions = new EditActions();
	private final CommandStackListener dirtyListener = this::commandStackChanged;
	/** Another editor of the same model (a diagram) saved it. */
	private final Runnable savedListener = this::modelSaved;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof IPathEditorInput pathInput)) {
			throw new PartInitException("INT Designer models open from files; " + input.getName() + " is not a file.");
		}
		Path file = Paths.get(pathInput.getPath().toOSString());
		try {
			model = ModelManager.INSTANCE.open(file);
		} catch (IOException e) {
			throw new PartInitException(e.getMessage(), e);
		}
		setSite(site);
		setInput(input);
		setPartName(file.getFileName().toString());
		setTitleToolTip(file.toString());
		model.getCommandStack().addCommandStackListener(dirtyListener);
	}

	@Override
	public void createPartControl(Composite parent) {
		tree = new ModelTree(parent, model.getDomain(), actions);
		tree.setInput(model.getResource(), model.getModel());
		tree.showFindings(model.getValidation());
		tree.getViewer().expandToLevel(model.getModel(), 1);
		tree.getViewer().setSelection(new StructuredSelection(model.getModel()));
		actions.setRename(tree.getRenameAction());
		actions.setContext(model.getDomain(), tree.getViewer());
		getSite().setSelectionProvider(tree.getViewer());
		getSite().registerContextMenu(tree.getContextMenu(), tree.getViewer());
		model.addSaveListener(savedListener);
		reportIntegrity();
	}

	private void reportIntegrity() {
		var report = model.getIntegrity();
		if (report.isClean()) {
			return;
		}
		StringBuilder text = new StringBuilder();
		if (report.idsAssigned() > 0) {
			text.append(report.idsAssigned()).append(" object(s) had no usable id and were given one; save to keep them.\n");
		}
		report.problems().stream().limit(10).forEach(p -> text.append("\n").append(p));
		getSite().getShell().getDisplay().asyncExec(() -> MessageDialog.openWarning(getSite().getShell(),
				"Model repaired on opening", model.getFile() + ":\n" + text));
	}

	public EditActions getEditActions() {
		return actions;
	}

	public OpenModel getModel() {
		return model;
	}

	public ModelTree getTree() {
		return tree;
	}

	@Override
	public EditingDomain getEditingDomain() {
		return model.getDomain();
	}

	private void commandStackChanged(EventObject event) {
		getSite().getShell().getDisplay().asyncExec(() -> {
			if (tree != null && !tree.getControl().isDisposed()) {
				firePropertyChange(PROP_DIRTY);
				var affected = model.getCommandStack().getMostRecentCommand();
				if (affected != null && !affected.getAffectedObjects().isEmpty()
						&& !showsAlready(affected.getAffectedObjects())) {
					tree.getViewer().setSelection(new StructuredSelection(affected.getAffectedObjects().toArray()), true);
				}
			}
		});
	}

	/**
	 * Whether the selection already shows {@code objects}, e.g. a post renamed where it sits under
	 * its team: the selection then stays there rather than jumping to the Posts folder.
	 */
	private boolean showsAlready(java.util.Collection<?> objects) {
		java.util.Set<Object> shown = new java.util.HashSet<>();
		for (Object selected : tree.getViewer().getStructuredSelection()) {
			shown.add(selected);
			if (selected instanceof org.intdesigner.model.edit.AllocatedPostItemProvider allocated) {
				shown.add(allocated.getPost());
				shown.add(allocated.getAllocation());
			}
		}
		return shown.containsAll(objects);
	}

	@Override
	public boolean isDirty() {
		return model != null && model.isDirty();
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		try {
			model.save();
			firePropertyChange(PROP_DIRTY);
		} catch (IOException e) {
			saveFailed(model.getFile(), e);
			if (monitor != null) {
				monitor.setCanceled(true);
			}
		}
	}

	@Override
	public boolean isSaveAsAllowed() {
		return true;
	}

	@Override
	public void doSaveAs() {
		ModelPartEditing.saveAs(getSite().getShell(), model);
	}

	/** Saves to {@code target}, which this editor then shows (Save As without the dialog). */
	public boolean saveAs(Path target) {
		return ModelPartEditing.saveAs(getSite().getShell(), model, target);
	}

	/** After any save: the dirty marker, and after a Save As made elsewhere (a diagram, a RACI matrix) the model's new file. */
	private void modelSaved() {
		if (getEditorInput() instanceof PathEditorInput input && !model.getFile().equals(Paths.get(input.getPath().toOSString()))) {
			setInputWithNotify(new PathEditorInput(model.getFile()));
			setPartName(model.getFile().getFileName().toString());
			setTitleToolTip(model.getFile().toString());
		}
		firePropertyChange(PROP_DIRTY);
	}

	private void saveFailed(Path file, IOException e) {
		String exists = Files.exists(file) ? " The file on disk was not changed." : "";
		MessageDialog.openError(getSite().getShell(), "Could not save",
				"Could not save " + file + ": " + e.getMessage() + "." + exists
						+ "\nChoose File > Save As to save somewhere else.");
	}

	@Override
	public void setFocus() {
		tree.getViewer().getControl().setFocus();
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == OpenModel.class) {
			return adapter.cast(model);
		}
		if (adapter == java.nio.file.Path.class) {
			return adapter.cast(model.getFile()); // file dialogs start in its folder
		}
		if (adapter == IPropertySheetPage.class) {
			PropertySheetPage page = new ModelPropertySheetPage(model.getCommandStack(),
					new ItemPropertySourceProvider(model.getAdapterFactory())) {
				@Override
				public void setActionBars(org.eclipse.ui.IActionBars actionBars) {
					super.setActionBars(actionBars);
					actions.contributeTo(actionBars);
				}
			};
			return adapter.cast(page);
		}
		return super.getAdapter(adapter);
	}

	@Override
	public void dispose() {
		actions.dispose();
		if (model != null) {
			model.getCommandStack().removeCommandStackListener(dirtyListener);
			model.removeSaveListener(savedListener);
			ModelManager.INSTANCE.close(model);
		}
		super.dispose();
	}
}
