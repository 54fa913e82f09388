package org.intdesigner.workforce.metrics;

import java.sql.SQLException;
import java.util.Set;

/**
 * Computes measures the store's tables alone cannot (skill sufficiency needs the INT model's
 * requirements as well as the people's assessed skills): contributed to the extension point
 * {@value MeasureSources#EXTENSION_POINT} by another plug-in, which depends on this one, never the
 * other way round. The metrics ask a source only for the groups and periods a figure needs.
 */
public interface MeasureSource {

	/** The measures this source computes. */
	Set<Measure> measures();

	/** Adds this source's measures for every group and period asked for. */
	void measure(MeasureRequest request, MeasureSink sink) throws SQLException;
}
