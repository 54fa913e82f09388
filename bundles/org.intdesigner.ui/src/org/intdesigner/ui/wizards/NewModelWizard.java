package org.intdesigner.ui.wizards;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.intdesigner.model.IntdModel;
import org.intdesigner.ui.editor.ModelEditor;
import org.intdesigner.ui.files.PathEditorInput;
import org.intdesigner.ui.model.ModelManager;
import org.intdesigner.ui.templates.ModelTemplates;

/** File > New > INT Model: builds the chosen template, saves it, opens it in the model editor. */
public class NewModelWizard extends Wizard implements INewWizard {

	public static final String ID = "org.intdesigner.ui.newModelWizard";

	private IWorkbench workbench;
	private NewModelPage page;

	public NewModelWizard() {
		setWindowTitle("New INT Model");
		setNeedsProgressMonitor(false);
	}

	@Override
	public void init(IWorkbench newWorkbench, IStructuredSelection selection) {
		workbench = newWorkbench;
	}

	@Override
	public void addPages() {
		page = new NewModelPage(defaultFolder(), ModelTemplates.all());
		addPage(page);
	}

	/** {@code models/} in the user's data folder (the instance location), else the home folder. */
	public static Path defaultFolder() {
		Location instance = Platform.getInstanceLocation();
		if (instance != null && instance.getURL() != null) {
			return Paths.get(instance.getURL().getPath()).resolve("models");
		}
		return Paths.get(System.getProperty("user.home"));
	}

	@Override
	public boolean performFinish() {
		Path file = page.file();
		try {
			IntdModel model = page.template().create().create(page.modelName());
			Files.createDirectories(file.getParent());
			ModelManager.INSTANCE.create(file, model);
			workbench.getActiveWorkbenchWindow().getActivePage().openEditor(new PathEditorInput(file), ModelEditor.ID);
			return true;
		} catch (IOException | CoreException e) {
			MessageDialog.openError(getShell(), "New INT Model", "Could not create " + file + ": " + e.getMessage());
			return false;
		}
	}
}
