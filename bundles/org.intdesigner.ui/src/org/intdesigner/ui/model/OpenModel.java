package org.intdesigner.ui.model;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.io.LoadedModel;
import org.intdesigner.model.io.ModelFiles;
import org.intdesigner.model.io.ModelIntegrity;
import org.intdesigner.ui.emf.IntdAdapterFactories;
import org.intdesigner.analysis.engine.ModelValidation;

/**
 * One .intd file open in the workbench: its model, and the editing domain with the command
 * stack every view of it shares, so an undo in the editor also undoes an edit made in the
 * Properties view or the explorer. A cross-reference index makes deleting an object (and
 * cleaning every reference to it) independent of the model's size.
 */
public final class OpenModel {

	private Path file;
	private final IntdModel model;
	private final ModelIntegrity.Report integrity;
	private final ComposedAdapterFactory adapterFactory;
	private final AdapterFactoryEditingDomain domain;
	private final java.util.List<Runnable> saveListeners = new java.util.concurrent.CopyOnWriteArrayList<>();
	/** Kept current from the start, before any editor listens to the command stack (see ModelValidation). */
	private final ModelValidation validation;

	private final ModelChangeWatch changes;

	private OpenModel(Path file, IntdModel model, ModelIntegrity.Report integrity,
			ComposedAdapterFactory adapterFactory, AdapterFactoryEditingDomain domain) {
		changes = new ModelChangeWatch(model.eResource());
		domain.getResourceSet().eAdapters().add(changes);
		this.file = file;
		this.model = model;
		this.integrity = integrity;
		this.adapterFactory = adapterFactory;
		this.domain = domain;
		this.validation = new ModelValidation(model, domain.getCommandStack());
	}

	/** Opens {@code file}; the caller reports a {@link org.intdesigner.model.io.ModelLoadException}. */
	public static OpenModel load(Path file) throws IOException {
		ComposedAdapterFactory adapterFactory = IntdAdapterFactories.create();
		AdapterFactoryEditingDomain domain = newDomain(adapterFactory);
		LoadedModel loaded = ModelFiles.load(domain.getResourceSet(), file);
		return new OpenModel(file, loaded.model(), loaded.integrity(), adapterFactory, domain);
	}

	/** A model made in memory (a new file from a template) that is saved to {@code file} first. */
	public static OpenModel create(Path file, IntdModel model) throws IOException {
		ComposedAdapterFactory adapterFactory = IntdAdapterFactories.create();
		AdapterFactoryEditingDomain domain = newDomain(adapterFactory);
		Resource resource = ModelFiles.createResource(domain.getResourceSet(), file);
		resource.getContents().add(model);
		ModelFiles.save(resource, file);
		return new OpenModel(file, model, ModelIntegrity.check(model), adapterFactory, domain);
	}

	private static AdapterFactoryEditingDomain newDomain(ComposedAdapterFactory adapterFactory) {
		AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(adapterFactory, new BasicCommandStack(),
				new HashMap<>());
		ModelFiles.registerIntd(domain.getResourceSet());
		return domain;
	}

	public Path getFile() {
		return file;
	}

	public IntdModel getModel() {
		return model;
	}

	public Resource getResource() {
		return model.eResource();
	}

	public ModelIntegrity.Report getIntegrity() {
		return integrity;
	}

	public ComposedAdapterFactory getAdapterFactory() {
		return adapterFactory;
	}

	public AdapterFactoryEditingDomain getDomain() {
		return domain;
	}

	public BasicCommandStack getCommandStack() {
		return (BasicCommandStack) domain.getCommandStack();
	}

	/**
	 * Whether the model file has unsaved changes: commands since the save that changed the model, not only the
	 * layout of a diagram drawn of it (which its own editor saves, or discards when closed without saving).
	 */
	public boolean isDirty() {
		return getCommandStack().isSaveNeeded() && changes.changedSinceSave();
	}

	/** Saves to the current file; the command stack remembers this as the clean state. */
	public void save() throws IOException {
		ModelFiles.save(getResource(), file);
		getCommandStack().saveIsDone();
		changes.saved();
		saveListeners.forEach(Runnable::run);
	}

	/** Told after every save, whichever editor saved: the others update their dirty marker. */
	public void addSaveListener(Runnable listener) {
		saveListeners.add(listener);
	}

	public void removeSaveListener(Runnable listener) {
		saveListeners.remove(listener);
	}

	/** Saves to {@code target}, which becomes the file of this model. */
	public void saveAs(Path target) throws IOException {
		ModelFiles.save(getResource(), target);
		getResource().setURI(ModelFiles.uriOf(target));
		file = target;
		getCommandStack().saveIsDone();
		changes.saved();
		saveListeners.forEach(Runnable::run);
	}

	public ModelValidation getValidation() {
		return validation;
	}

	public void dispose() {
		validation.dispose();
		domain.getResourceSet().eAdapters().clear();
		adapterFactory.dispose();
	}
}
