package org.intdesigner.workforce.imports;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

import org.intdesigner.workforce.imports.api.FileKind;
import org.intdesigner.workforce.imports.api.FileKindReader;
import org.intdesigner.workforce.imports.api.SourceRow;

/**
 * A plug-in's reader inside an import. What the plug-in gets wrong (a row of the wrong length, an
 * exception) becomes a problem naming the kind and the plug-in, so the file is rejected and nothing
 * is written, instead of the import failing half-way.
 */
final class ContributedRows extends RowReader {

	private final FileKind kind;
	private final FileKindReader reader;
	private final TargetTable target;

	ContributedRows(ImportContext context, FileKind kind, FileKindReader reader) {
		super(context);
		this.kind = kind;
		this.reader = reader;
		this.target = TargetTable.of(kind.target());
	}

	@Override
	TargetTable target() {
		return target;
	}

	@Override
	List<String> requiredColumns() {
		return reader.requiredColumns().stream().map(column -> column.toLowerCase(Locale.ROOT)).toList();
	}

	@Override
	void header(Set<String> columns, String questionsFile) {
		try {
			reader.header(columns, context);
		} catch (RuntimeException e) {
			failed(1, e);
		}
	}

	@Override
	void read(SourceRow row, Consumer<Object[]> out) {
		try {
			reader.read(row, context, values -> handOn(values, row.number(), out));
		} catch (RuntimeException e) {
			failed(row.number(), e);
		}
	}

	@Override
	void finish(Consumer<Object[]> out) {
		try {
			reader.finish(context, values -> handOn(values, 0, out));
		} catch (RuntimeException e) {
			failed(0, e);
		}
	}

	private void handOn(Object[] values, long row, Consumer<Object[]> out) {
		if (values == null || values.length != target.columns().size()) {
			context.problems.add(row, "", "the reader of '" + kind.id() + "' (plug-in " + kind.contributor() + ") handed on "
					+ (values == null ? "no row" : values.length + " values") + " where " + kind.target().id() + " takes "
					+ target.columns().size() + ": report this to the plug-in's makers");
			return;
		}
		out.accept(values);
	}

	private void failed(long row, RuntimeException e) {
		context.problems.add(row, "", "the reader of '" + kind.id() + "' (plug-in " + kind.contributor() + ") failed: " + e
				+ "; nothing is imported: report this to the plug-in's makers");
	}

	@Override
	String keyColumn() {
		return reader.keyColumn();
	}

	@Override
	String alreadyStored() {
		return reader.alreadyStored();
	}
}
