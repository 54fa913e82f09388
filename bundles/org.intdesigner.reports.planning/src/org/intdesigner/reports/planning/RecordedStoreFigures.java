package org.intdesigner.reports.planning;

import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.intdesigner.model.Element;
import org.intdesigner.model.Role;
import org.intdesigner.planning.StoreFigures;

/**
 * The store's figures for a plan, remembering which FTE in post the plan took from the store: those are counted from
 * people, so a report puts them (and what is worked out from them) through the small-number suppression; the model's
 * own figures are design, not people, and are shown as they are. Asked from several threads (supply is projected in
 * parallel), hence the concurrent set.
 */
final class RecordedStoreFigures implements StoreFigures {

	private final StoreFigures store;
	private final Set<List<Element>> answered = ConcurrentHashMap.newKeySet();

	RecordedStoreFigures(StoreFigures store) {
		this.store = store;
	}

	@Override
	public OptionalDouble fteInPost(Role role, Element unit) {
		OptionalDouble fte = store.fteInPost(role, unit);
		if (fte.isPresent() && role != null && unit != null) {
			answered.add(List.of(role, unit));
		}
		return fte;
	}

	/** Whether the FTE in post of a role in a unit came from the store. */
	boolean fromStore(Role role, Element unit) {
		return role != null && unit != null && answered.contains(List.of(role, unit));
	}

	@Override
	public OptionalDouble fteTurnover(Role role) {
		return store.fteTurnover(role);
	}

	@Override
	public OptionalDouble sicknessAbsenceRate(Role role) {
		return store.sicknessAbsenceRate(role);
	}

	@Override
	public double otherLeaveHours(Role role) {
		return store.otherLeaveHours(role);
	}

	@Override
	public String otherLeaveLabel() {
		return store.otherLeaveLabel();
	}

	@Override
	public String source() {
		return store.source();
	}
}
