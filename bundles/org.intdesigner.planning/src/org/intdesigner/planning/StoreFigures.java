package org.intdesigner.planning;

import java.util.OptionalDouble;

import org.intdesigner.model.Element;
import org.intdesigner.model.Role;

/**
 * What a plan takes from the workforce store when the model does not say: the FTE in post of a role in a unit, the
 * role's FTE turnover over the last 12 months (%) and its sickness absence rate (%).
 */
public interface StoreFigures {

	/** No store: every figure must be given in the model. */
	StoreFigures NONE = new StoreFigures() {
		@Override
		public OptionalDouble fteInPost(Role role, Element unit) {
			return OptionalDouble.empty();
		}

		@Override
		public OptionalDouble fteTurnover(Role role) {
			return OptionalDouble.empty();
		}

		@Override
		public OptionalDouble sicknessAbsenceRate(Role role) {
			return OptionalDouble.empty();
		}

		@Override
		public String source() {
			return "no workforce store";
		}
	};

	OptionalDouble fteInPost(Role role, Element unit);

	OptionalDouble fteTurnover(Role role);

	OptionalDouble sicknessAbsenceRate(Role role);

	/**
	 * Hours a year per FTE of the role away from service work that plug-ins know of ({@link OtherLeaveSource}: the
	 * training plan's hours): they join the other leave (E) of its studies. 0 when none.
	 */
	default double otherLeaveHours(Role role) {
		return 0;
	}

	/** What those hours are ("training in the training plan"), empty when none. */
	default String otherLeaveLabel() {
		return "";
	}

	/** Where the figures come from, for reports ("the workforce store at /data/store, March 2026"). */
	String source();
}
