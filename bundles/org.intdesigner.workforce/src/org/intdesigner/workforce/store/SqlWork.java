package org.intdesigner.workforce.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Work done with the store's connection, in {@link WorkforceStore#read} or {@link WorkforceStore#write}. */
@FunctionalInterface
public interface SqlWork<T> {

	T apply(Connection connection) throws SQLException;
}
