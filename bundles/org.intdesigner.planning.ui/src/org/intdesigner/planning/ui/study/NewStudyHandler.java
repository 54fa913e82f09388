package org.intdesigner.planning.ui.study;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.ui.handlers.HandlerUtil;
import org.intdesigner.model.Area;
import org.intdesigner.model.AreaKind;
import org.intdesigner.model.Element;
import org.intdesigner.model.IntdFactory;
import org.intdesigner.model.IntdPackage;
import org.intdesigner.model.Role;
import org.intdesigner.model.Team;
import org.intdesigner.model.WisnStudy;
import org.intdesigner.model.io.Labels;
import org.intdesigner.model.io.ModelIds;
import org.intdesigner.planning.ui.PlanningCommands;
import org.intdesigner.ui.model.OpenModel;

/**
 * "New WISN Study" on a role, a team or an area: adds a study (one undoable command) with the available working
 * time of a full-time Agenda for Change post (260 days, 8 public holidays, 27 days' leave, 10 sick, 5 other, 7.5 hours
 * a day) for the unit (a place or larger: a standard for each neighbourhood) or the role, and opens it.
 */
public final class NewStudyHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		Object selected = PlanningCommands.selected(event);
		if (!(selected instanceof Role) && !(selected instanceof Team) && !(selected instanceof Area)) {
			return null;
		}
		OpenModel model = PlanningCommands.modelOf(event, (EObject) selected);
		if (model == null) {
			throw new ExecutionException("The model of the selection is not open in an editor.");
		}
		WisnStudy study = IntdFactory.eINSTANCE.createWisnStudy();
		study.setId(ModelIds.newId());
		if (selected instanceof Role role) {
			study.setRole(role);
		} else {
			study.setUnit((Element) selected);
			study.setEachNeighbourhood(selected instanceof Area area && area.getKind() != AreaKind.NEIGHBOURHOOD);
		}
		study.setName("WISN study: " + Labels.readable((EObject) selected));
		study.setWorkingDays(260);
		study.setPublicHolidays(8);
		study.setAnnualLeave(27);
		study.setSickLeave(10);
		study.setOtherLeave(5);
		study.setHoursPerDay(7.5);
		model.getCommandStack().execute(AddCommand.create(model.getDomain(), model.getModel(),
				IntdPackage.Literals.INTD_MODEL__WISN_STUDIES, study));
		WisnStudyEditor.open(HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage(), model.getFile(), study);
		return null;
	}
}
