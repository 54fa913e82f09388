package org.intdesigner.ui.raci;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Party;

/**
 * The parties shown as columns, kept in place while people edit: a party whose last code was just
 * cleared keeps its column (so the next keystroke can put one back), parties that gain a code or
 * that the user adds join at the end, and parties deleted from the model leave.
 */
final class RaciColumns {

	private final Set<Party> parties = new LinkedHashSet<>();

	/** The columns for a matrix just made from the model. */
	List<Party> update(List<Party> used, IntdModel model) {
		parties.removeIf(party -> EcoreUtil.getRootContainer(party) != model);
		parties.addAll(used);
		return new ArrayList<>(parties);
	}

	/** Adds a column for a party that holds no code yet; false when it is already shown. */
	boolean add(Party party) {
		return parties.add(party);
	}

	boolean contains(Party party) {
		return parties.contains(party);
	}
}
