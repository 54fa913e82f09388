package org.intdesigner.workforce.imports;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.core.runtime.Status;
import org.intdesigner.workforce.imports.api.FileKindReader;
import org.intdesigner.workforce.imports.api.ReaderContext;
import org.intdesigner.workforce.imports.api.SourceRow;

/**
 * The reader this bundle contributes for each of its own kinds ({@code class="...BuiltInReader:staff"}
 * in its plugin.xml): it names an {@link ImportKind}, whose reader the import then uses directly. Its
 * own methods hand on to that reader too, but only within this bundle's imports (whose context it
 * needs): the built-in readers use more of an import than a plug-in's reader may.
 */
public final class BuiltInReader implements FileKindReader, IExecutableExtension {

	private ImportKind kind;
	private RowReader rows;

	/** For the extension registry, which then gives the kind's id. */
	public BuiltInReader() {
	}

	static BuiltInReader of(ImportKind kind) {
		BuiltInReader reader = new BuiltInReader();
		reader.kind = kind;
		return reader;
	}

	@Override
	public void setInitializationData(IConfigurationElement config, String propertyName, Object data) throws CoreException {
		try {
			kind = ImportKind.of(data instanceof String id ? id : "");
		} catch (IllegalArgumentException e) {
			throw new CoreException(Status.error(config.getContributor().getName() + ": " + e.getMessage()
					+ " (write class=\"" + BuiltInReader.class.getName() + ":ID\")"));
		}
	}

	ImportKind kind() {
		return kind;
	}

	@Override
	public List<String> requiredColumns() {
		return kind.rows(null, List.of()).requiredColumns();
	}

	@Override
	public void header(Set<String> columns, ReaderContext context) {
		rows(context).header(columns, null);
	}

	@Override
	public void read(SourceRow row, ReaderContext context, Consumer<Object[]> out) {
		rows(context).read(row, out);
	}

	@Override
	public void finish(ReaderContext context, Consumer<Object[]> out) {
		rows(context).finish(out);
	}

	@Override
	public String keyColumn() {
		return kind.rows(null, List.of()).keyColumn();
	}

	@Override
	public String alreadyStored() {
		return kind.rows(null, List.of()).alreadyStored();
	}

	private RowReader rows(ReaderContext context) {
		if (!(context instanceof ImportContext own)) {
			throw new IllegalStateException("the " + kind.id() + " reader runs only in the workforce store's own imports");
		}
		if (rows == null) {
			rows = kind.rows(own, List.of());
		}
		return rows;
	}
}
