package org.intdesigner.workforce.imports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.samples.ExamplePlace;
import org.intdesigner.workforce.store.WorkforceStore;

/** What the importer tests share: the example place's codes, files written in a test folder, rows read back. */
final class Imports {

	static final IntdModel EXAMPLE = ExamplePlace.create();
	static final KnownCodes CODES = KnownCodes.of(EXAMPLE);
	static final ImportOptions CHECKED = ImportOptions.defaults().withCodes(CODES);

	private Imports() {
	}

	static Path write(Path folder, String name, String content) throws IOException {
		return Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
	}

	static ImportSummary run(WorkforceStore store, ImportKind kind, Path file) throws IOException {
		return run(store, kind, file, CHECKED);
	}

	static ImportSummary run(WorkforceStore store, ImportKind kind, Path file, ImportOptions options) throws IOException {
		return WorkforceImporter.importFile(store, kind, file, options, new NullProgressMonitor());
	}

	/** The rows of a query, each as its columns' text (null as "-"), joined by ','. */
	static List<String> rows(WorkforceStore store, String sql) throws SQLException {
		return store.read(c -> {
			List<String> rows = new ArrayList<>();
			try (PreparedStatement query = c.prepareStatement(sql); ResultSet result = query.executeQuery()) {
				int columns = result.getMetaData().getColumnCount();
				while (result.next()) {
					StringBuilder row = new StringBuilder();
					for (int i = 1; i <= columns; i++) {
						String value = result.getString(i);
						row.append(i > 1 ? "," : "").append(value == null ? "-" : value);
					}
					rows.add(row.toString());
				}
			}
			return rows;
		});
	}

	static String one(WorkforceStore store, String sql) throws SQLException {
		List<String> rows = rows(store, sql);
		return rows.isEmpty() ? null : rows.get(0);
	}
}
