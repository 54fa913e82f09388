package org.intdesigner.workforce.example;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.intdesigner.io.SpreadsheetText;
import org.intdesigner.workforce.example.SyntheticWorkforce.Absence;
import org.intdesigner.workforce.example.SyntheticWorkforce.Assessment;
import org.intdesigner.workforce.example.SyntheticWorkforce.Data;
import org.intdesigner.workforce.example.SyntheticWorkforce.Planned;
import org.intdesigner.workforce.example.SyntheticWorkforce.Question;
import org.intdesigner.workforce.example.SyntheticWorkforce.Response;
import org.intdesigner.workforce.example.SyntheticWorkforce.Spell;

/**
 * Writes workforce data as the files the importers read: staff.csv, establishment.csv, absence.csv,
 * skills.csv, survey.csv and its questions.csv (UTF-8, \n).
 */
public final class WorkforceCsv {

	public static final String STAFF = "staff.csv";
	public static final String ESTABLISHMENT = "establishment.csv";
	public static final String ABSENCE = "absence.csv";
	public static final String SKILLS = "skills.csv";
	public static final String SURVEY = "survey.csv";
	public static final String QUESTIONS = "questions.csv";

	private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();

	private WorkforceCsv() {
	}

	public static void write(Data data, Path folder) throws IOException {
		Files.createDirectories(folder);
		List<List<Object>> rows = new ArrayList<>();
		for (Spell s : data.staff()) {
			rows.add(row(s.person(), s.organisation(), s.role(), s.team(), s.post(), number(s.fte()), s.start(), s.end(),
					s.leavingReason()));
		}
		write(folder.resolve(STAFF), List.of("person_id", "org_id", "role_id", "team_id", "post_id", "fte", "start_date",
				"end_date", "leaving_reason"), rows);
		rows.clear();
		for (Planned p : data.establishment()) {
			rows.add(row(p.organisation(), p.role(), p.month(), number(p.fte())));
		}
		write(folder.resolve(ESTABLISHMENT), List.of("org_id", "role_id", "month", "planned_fte"), rows);
		rows.clear();
		for (Absence a : data.absence()) {
			rows.add(row(a.person(), a.start(), a.end()));
		}
		write(folder.resolve(ABSENCE), List.of("person_id", "start_date", "end_date"), rows);
		rows.clear();
		for (Assessment a : data.skills()) {
			rows.add(row(a.person(), a.capability(), a.level(), a.assessed(), a.expires()));
		}
		write(folder.resolve(SKILLS), List.of("person_id", "capability_id", "level", "assessed_on", "expires_on"), rows);
		rows.clear();
		for (Response r : data.survey()) {
			List<Object> row = row(r.organisation(), r.team());
			for (int answer : r.answers()) {
				row.add(answer == 0 ? "" : String.valueOf(answer));
			}
			for (int answer : r.further()) {
				row.add(answer == 0 ? "" : String.valueOf(answer));
			}
			rows.add(row);
		}
		List<String> header = new ArrayList<>(List.of("org_id", "team_id", "q1", "q2", "q3", "q4", "q5", "q6", "q7", "q8", "q9"));
		data.questions().forEach(q -> header.add(q.column()));
		write(folder.resolve(SURVEY), header, rows);
		rows.clear();
		for (Question q : data.questions()) {
			rows.add(row(q.column(), q.text(), q.theme()));
		}
		write(folder.resolve(QUESTIONS), List.of("column", "question", "theme"), rows);
	}

	private static List<Object> row(Object... cells) {
		List<Object> row = new ArrayList<>();
		for (Object cell : cells) {
			row.add(cell == null ? "" : cell.toString());
		}
		return row;
	}

	private static String number(BigDecimal value) {
		return value.stripTrailingZeros().scale() <= 0 ? value.setScale(1).toPlainString() : value.stripTrailingZeros().toPlainString();
	}

	private static void write(Path file, List<String> header, List<List<Object>> rows) throws IOException {
		try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
				CSVPrinter printer = new CSVPrinter(writer, FORMAT)) {
			printer.printRecord(header.stream().map(SpreadsheetText::forCell).toList());
			for (List<Object> row : rows) {
				printer.printRecord(row.stream().map(cell -> cell == null ? null : SpreadsheetText.forCell(cell.toString())).toList());
			}
		}
	}
}
