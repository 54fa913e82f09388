package org.intdesigner.development;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

import org.intdesigner.model.IntdModel;
import org.intdesigner.planning.OtherLeaveSource;

/**
 * The training plan's hours per role, as other leave in the planning's available working time (extension point
 * org.intdesigner.planning.otherLeave). Loaded only when the planning plug-in is installed and asks: this bundle
 * imports planning's package optionally.
 */
public final class TrainingLeave implements OtherLeaveSource {

	@Override
	public String label() {
		return "training in the training plan";
	}

	@Override
	public Map<String, Double> hoursPerFte(Connection connection, IntdModel model) throws SQLException {
		SkillRecords records = SkillRecords.read(connection);
		return TrainingTime.hoursPerFte(SkillsAnalysis.trainingPlan(model, records, SkillsAnalysis.defaultDay(records),
				SkillSufficiency.DEFAULT_EXPIRING_DAYS));
	}
}
