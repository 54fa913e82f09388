package org.intdesigner.development.ui;

import java.nio.file.Path;
import java.nio.file.Paths;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.intdesigner.model.Area;
import org.intdesigner.model.Element;
import org.intdesigner.model.Team;
import org.intdesigner.ui.model.CommandSelection;

/**
 * "Show Skills" on a team or an area, in the Model Explorer, the model editor or on a diagram: opens (or brings
 * forward) the skills matrix of that team with its sub-teams, or of every team of the area.
 */
public final class ShowSkillsHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		Object selected = CommandSelection.single(event);
		if (!(selected instanceof Team) && !(selected instanceof Area)) {
			return null;
		}
		Element element = (Element) selected;
		Path file = fileOf(element);
		if (file == null) {
			throw new ExecutionException("The selected " + (element instanceof Team ? "team" : "area")
					+ " is not part of a model file; save the model first.");
		}
		try {
			open(HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage(), file, element);
		} catch (PartInitException e) {
			throw new ExecutionException("Could not open the skills matrix: " + e.getMessage(), e);
		}
		return null;
	}

	/** Opens the matrix of {@code element} (a team or an area; null: the whole model) of the model in {@code file}. */
	public static SkillsMatrixEditor open(IWorkbenchPage page, Path file, Element element) throws PartInitException {
		SkillsMatrixEditorInput input = element == null ? new SkillsMatrixEditorInput(file, null, null)
				: new SkillsMatrixEditorInput(file, element.getId(), element.getName());
		return (SkillsMatrixEditor) page.openEditor(input, SkillsMatrixEditor.ID);
	}

	private static Path fileOf(EObject element) {
		URI uri = element.eResource() == null ? null : element.eResource().getURI();
		return uri != null && uri.isFile() ? Paths.get(uri.toFileString()) : null;
	}
}
