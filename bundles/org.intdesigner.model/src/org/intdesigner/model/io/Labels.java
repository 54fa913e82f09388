package org.intdesigner.model.io;

import org.eclipse.emf.ecore.EObject;
import org.intdesigner.model.Element;
import org.intdesigner.model.Identified;

/** Names model objects in messages: "Team 'Frailty MDT'" or "Allocation 3f2c…". */
public final class Labels {

	private Labels() {
	}

	public static String describe(EObject object) {
		String type = object.eClass().getName();
		if (object instanceof Element element && element.getName() != null && !element.getName().isBlank()) {
			return type + " '" + element.getName() + "'";
		}
		if (object instanceof Identified identified && identified.getId() != null) {
			return type + " " + identified.getId();
		}
		return type;
	}
}
