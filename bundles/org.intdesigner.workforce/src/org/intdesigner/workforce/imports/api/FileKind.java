package org.intdesigner.workforce.imports.api;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A kind of workforce file the store can import, as a plug-in contributes it to
 * {@code org.intdesigner.workforce.fileKinds}: the id the command line uses, a name and the columns in
 * words for people choosing a file, the table its rows go to, the plug-in that contributed it, and its
 * reader (a new one for each pass over a file).
 */
public final class FileKind {

	private final String id;
	private final String name;
	private final String columns;
	private final ImportTarget target;
	private final String contributor;
	private final Supplier<FileKindReader> readers;

	public FileKind(String id, String name, String columns, ImportTarget target, String contributor,
			Supplier<FileKindReader> readers) {
		this.id = Objects.requireNonNull(id);
		this.name = Objects.requireNonNull(name);
		this.columns = Objects.requireNonNull(columns);
		this.target = Objects.requireNonNull(target);
		this.contributor = Objects.requireNonNull(contributor);
		this.readers = Objects.requireNonNull(readers);
	}

	/** The name on the command line ({@code ./intd import-workforce ID FILE}) and in the import log. */
	public String id() {
		return id;
	}

	/** The name people choose in the import wizard. */
	public String name() {
		return name;
	}

	/** The columns the file needs, in words. */
	public String columns() {
		return columns;
	}

	public ImportTarget target() {
		return target;
	}

	/** The plug-in that contributed the kind. */
	public String contributor() {
		return contributor;
	}

	/** A new reader, for one pass over a file. */
	public FileKindReader newReader() {
		return readers.get();
	}

	/** The columns the header must name. */
	public List<String> requiredColumns() {
		return newReader().requiredColumns();
	}

	@Override
	public String toString() {
		return id;
	}
}
