package org.intdesigner.workforce.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * ASC-WDS worker bulk-upload files for tests: the file's real header (Skills for Care's worker file, with
 * CHGUNIQUEWRKID), and rows that fill every column the way a provider's export does, changed per test.
 */
final class AscWdsCsv {

	static final List<String> HEADER = List.of("LOCALESTID", "UNIQUEWORKERID", "CHGUNIQUEWRKID", "STATUS", "DISPLAYID",
			"NINUMBER", "POSTCODE", "DOB", "GENDER", "ETHNICITY", "NATIONALITY", "BRITISHCITIZENSHIP", "COUNTRYOFBIRTH",
			"YEAROFENTRY", "DISABLED", "CARECERT", "RECSOURCE", "STARTDATE", "STARTINSECT", "APPRENTICE", "EMPLSTATUS",
			"ZEROHRCONT", "DAYSSICK", "SALARYINT", "SALARY", "HOURLYRATE", "MAINJOBROLE", "MAINJRDESC", "CONTHOURS",
			"AVGHOURS", "OTHERJOBROLE", "OTHERJRDESC", "NMCREG", "NURSESPEC", "AMHP", "SCQUAL", "NONSCQUAL", "QUALACH01",
			"QUALACH01NOTES", "QUALACH02", "QUALACH02NOTES", "QUALACH03", "QUALACH03NOTES");

	private final StringBuilder text = new StringBuilder(String.join(",", HEADER)).append('\n');

	/**
	 * Adds a permanent full-time worker of the workplace RIVERSIDE-ASC-01, as ASC-WDS exports one (NI number,
	 * postcode, date of birth, pay and a qualification filled in), with {@code changes} ("COLUMN", "value", ...)
	 * written over it.
	 */
	AscWdsCsv worker(String id, String... changes) {
		Map<String, String> cells = new LinkedHashMap<>();
		HEADER.forEach(column -> cells.put(column, ""));
		cells.putAll(Map.of("LOCALESTID", "RIVERSIDE-ASC-01", "UNIQUEWORKERID", id, "STATUS", "NEW", "DISPLAYID",
				"Worker " + id, "NINUMBER", "JR123456C", "POSTCODE", "SE1 7PB", "DOB", "14/06/1985", "GENDER", "2"));
		cells.putAll(Map.of("ETHNICITY", "31", "NATIONALITY", "826", "STARTDATE", "01/04/2019", "STARTINSECT", "2015",
				"EMPLSTATUS", "1", "ZEROHRCONT", "2", "DAYSSICK", "", "SALARYINT", "3", "HOURLYRATE", "12.60"));
		cells.putAll(Map.of("MAINJOBROLE", "8", "CONTHOURS", "37.5", "SCQUAL", "1;3", "NONSCQUAL", "2"));
		for (int i = 0; i < changes.length; i += 2) {
			if (!cells.containsKey(changes[i])) {
				throw new IllegalArgumentException(changes[i] + " is not a column of the worker file");
			}
			cells.put(changes[i], changes[i + 1]);
		}
		List<String> row = new ArrayList<>();
		cells.values().forEach(value -> row.add(value.contains(",") ? '"' + value + '"' : value));
		text.append(String.join(",", row)).append('\n');
		return this;
	}

	@Override
	public String toString() {
		return text.toString();
	}
}
