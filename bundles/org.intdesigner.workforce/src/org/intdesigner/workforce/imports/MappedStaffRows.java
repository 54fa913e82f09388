package org.intdesigner.workforce.imports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.intdesigner.workforce.imports.api.SourceRow;

/**
 * Any staff spreadsheet (an ESR or HR-system extract, whose headers differ by trust) with a mapping
 * file ({@link StaffMapping}) of its columns onto staff's: each row is turned into a staff.csv row
 * (values mapped, dates and hours converted) and read as staff.csv is, so its checks are the same.
 * Problems name the file's own headers. A mapping with a problem, or naming a header the file does not
 * have, imports nothing.
 */
final class MappedStaffRows extends RowReader {

	private static final Set<String> DATES = Set.of("start_date", "end_date");

	private final StaffRows staff;
	private StaffMapping mapping;

	MappedStaffRows(ImportContext context) {
		super(context);
		this.staff = new StaffRows(context);
	}

	@Override
	TargetTable target() {
		return TargetTable.STAFF;
	}

	/** None before the mapping is read: {@link #header} checks the headers the mapping names. */
	@Override
	List<String> requiredColumns() {
		return List.of();
	}

	@Override
	void header(Set<String> columns, String questionsFile) {
		if (context.options.mapping() == null) {
			context.problems.add(0, "", "a mapped-staff file needs its mapping file (--mapping MAPPING.json): which of"
					+ " its headers feeds each staff column");
			return;
		}
		String mappingFile = context.options.mapping().name();
		mapping = StaffMapping.read(context.options.mapping(), context.problems);
		if (mapping == null) {
			return;
		}
		for (Map.Entry<String, String> mapped : mapping.headers.entrySet()) {
			if (!columns.contains(mapping.header(mapped.getKey()))) {
				context.problems.addOf(mappingFile, 0, mapped.getKey(), "the header '" + mapped.getValue() + "' is not in "
						+ context.file + " (its headers: " + String.join(", ", columns) + "): correct the mapping or the file");
			}
		}
		context.labelColumns(mapping::label);
		context.notes.add("columns mapped by " + mappingFile);
	}

	@Override
	void read(SourceRow row, Consumer<Object[]> out) {
		Map<String, String> cells = new HashMap<>();
		boolean ok = true;
		for (String column : mapping.headers.keySet()) {
			String cell = mapping.value(column, row.get(mapping.header(column)));
			String converted = convert(column, cell);
			if (converted == null) {
				context.problems.add(row.number(), mapping.label(column), problem(column, cell));
				ok = false;
			} else {
				cells.put(column, converted);
			}
		}
		if (ok) {
			staff.read(new StaffRow(row.number(), cells), out);
		}
	}

	/** The cell as staff.csv writes it, or null when it cannot be converted. */
	private String convert(String column, String cell) {
		if (cell.isEmpty()) {
			return cell;
		}
		if (DATES.contains(column) && mapping.dates != null) {
			try {
				return LocalDate.parse(cell, mapping.dates).toString();
			} catch (DateTimeParseException e) {
				return null;
			}
		}
		if (column.equals("fte") && mapping.fteHours != null) {
			try {
				return new BigDecimal(cell).divide(mapping.fteHours, 3, RoundingMode.HALF_UP).toPlainString();
			} catch (NumberFormatException e) {
				return null;
			}
		}
		return cell;
	}

	private String problem(String column, String cell) {
		return DATES.contains(column)
				? "'" + cell + "' is not a date written as " + mapping.dateFormat + " (the mapping's dateFormat)"
				: "'" + cell + "' is not a number of hours a week (the mapping's fteHours: " + mapping.fteHours
						+ " hours are 1 FTE)";
	}

	@Override
	void finish(Consumer<Object[]> out) {
		staff.finish(out);
	}

	@Override
	String keyColumn() {
		return staff.keyColumn();
	}

	@Override
	String alreadyStored() {
		return staff.alreadyStored();
	}

	/** A staff.csv row made from a row of the mapped file. */
	private record StaffRow(long number, Map<String, String> cells) implements SourceRow {
		@Override
		public String get(String column) {
			return cells.getOrDefault(column, "");
		}
	}
}
