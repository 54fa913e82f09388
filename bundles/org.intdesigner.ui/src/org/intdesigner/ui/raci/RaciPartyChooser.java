package org.intdesigner.ui.raci;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Party;
import org.intdesigner.model.csv.raci.RaciNames;

/** Asks which party to add as a column: every team, post, role and organisation not shown yet, filtered by typing. */
final class RaciPartyChooser {

	static final String TITLE = "Add Party Column";

	private RaciPartyChooser() {
	}

	static Party choose(Shell shell, IntdModel model, Predicate<Party> shown) {
		List<Party> candidates = new ArrayList<>();
		for (var contents = model.eAllContents(); contents.hasNext();) {
			if (contents.next() instanceof Party party && !shown.test(party)) {
				candidates.add(party);
			}
		}
		ElementListSelectionDialog dialog = new ElementListSelectionDialog(shell, new LabelProvider() {
			@Override
			public String getText(Object element) {
				Party party = (Party) element;
				return RaciNames.of(party) + " (" + RaciNames.kindOf(party) + ")";
			}
		});
		dialog.setTitle(TITLE);
		dialog.setMessage("Type to find a team, post, role or organisation:");
		dialog.setElements(candidates.toArray());
		dialog.setMultipleSelection(false);
		dialog.setEmptyListMessage("Every party of the model is shown already.");
		return dialog.open() == Window.OK && dialog.getFirstResult() instanceof Party party ? party : null;
	}
}
