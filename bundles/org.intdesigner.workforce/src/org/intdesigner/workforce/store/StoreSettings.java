package org.intdesigner.workforce.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Reads the store's own settings (table STORE_SETTING). */
public final class StoreSettings {

	/** A random hex string made with the store: the salt of the SHA-256 person pseudonyms of this store. */
	public static final String PSEUDONYM_SALT = "pseudonym.salt";

	private StoreSettings() {
	}

	public static String get(Connection connection, String name) throws SQLException {
		try (PreparedStatement query = connection.prepareStatement("SELECT SETTING_VALUE FROM " + StoreTable.STORE_SETTING.qualified()
				+ " WHERE NAME = ?")) {
			query.setString(1, name);
			try (ResultSet result = query.executeQuery()) {
				if (!result.next()) {
					throw new SQLException("the store has no setting " + name);
				}
				return result.getString(1);
			}
		}
	}
}
