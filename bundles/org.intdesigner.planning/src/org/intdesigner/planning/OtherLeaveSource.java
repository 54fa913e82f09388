package org.intdesigner.planning;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

import org.intdesigner.model.IntdModel;

/**
 * Time away from service work that another plug-in knows of, per role: it joins the other leave (E) of the
 * available working time of every WISN study of the role. Contributed through the extension point
 * {@code org.intdesigner.planning.otherLeave}; the workforce development plug-in gives the training hours of its
 * training plan this way, so planning and development need not know each other.
 */
public interface OtherLeaveSource {

	/** What the time is, for the plan's notes ("training in the training plan"). */
	String label();

	/**
	 * Hours a year per FTE for each role (by its code in the model: its code, else its id), from the model and the
	 * workforce store {@code connection} is to. Roles it does not name get none.
	 */
	Map<String, Double> hoursPerFte(Connection connection, IntdModel model) throws SQLException;
}
