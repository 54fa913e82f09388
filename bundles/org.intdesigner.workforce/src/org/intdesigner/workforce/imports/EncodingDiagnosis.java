package org.intdesigner.workforce.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Where the first bytes that are not UTF-8 are. The strict reading only knows the row before them;
 * this reads the file once more with those bytes turned into U+FFFD, and finds the first cell that
 * holds one, so that the problem names its row and column like every other problem.
 */
final class EncodingDiagnosis {

	record Place(long row, String column) {
	}

	private EncodingDiagnosis() {
	}

	static Place locate(ImportInput input, long rowBefore) {
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(input.opener().open(), StandardCharsets.UTF_8
				.newDecoder().onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)));
				CSVParser parser = CSVFormat.DEFAULT.parse(reader)) {
			Iterator<CSVRecord> records = parser.iterator();
			CSVRecord header = records.hasNext() ? records.next() : null;
			if (header != null) {
				for (String name : header) {
					if (name.indexOf('\uFFFD') >= 0) {
						return new Place(1, "");
					}
				}
			}
			while (records.hasNext()) {
				CSVRecord record = records.next();
				for (int i = 0; i < record.size(); i++) {
					if (record.get(i).indexOf('\uFFFD') >= 0) {
						String column = header != null && i < header.size() ? header.get(i).trim() : "column " + (i + 1);
						return new Place(record.getRecordNumber(), column);
					}
				}
			}
		} catch (IOException | RuntimeException e) {
			// the strict reading's own place is the best there is
		}
		return new Place(rowBefore + 1, "");
	}
}
