package org.intdesigner.workforce.metrics;

import java.sql.Connection;
import java.util.List;

import org.intdesigner.model.IntdModel;

/**
 * What a {@link MeasureSource} is asked for.
 *
 * @param connection  a connection to the workforce store (tables in schema WORKFORCE), open for the call only
 * @param model       the INT model; may be null: then a source that needs it throws IllegalArgumentException
 *                    saying an INT model is needed
 * @param dimensions  ORGANISATION, SECTOR, ROLE, TEAM, in the order the group values come (neighbourhood and
 *                    month are handled by the caller: a neighbourhood adds up its teams, a month is a period)
 * @param periods     the periods, each measured as on its last day; the sink's period index is a position here
 * @param team        only this team's figures (its code as in the store), or null for all
 */
public record MeasureRequest(Connection connection, IntdModel model, List<Cut> dimensions, List<Period> periods,
		String team) {

	public MeasureRequest {
		dimensions = List.copyOf(dimensions);
		periods = List.copyOf(periods);
	}
}
