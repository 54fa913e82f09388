package org.intdesigner.development;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.intdesigner.workforce.metrics.MeasureBatch;

/**
 * The workforce store's staff spells and skills assessments, read once and kept in memory (a snapshot of the store):
 * what anyone held on any day is then worked out without going back to the database ({@link #at}), so a year of
 * monthly sufficiency figures costs one read.
 */
public final class SkillRecords {

	/** One person in one post for a while; {@code end} null while in post. */
	record Spell(String person, String organisation, String role, String team, String post, double fte, LocalDate start,
			LocalDate end) {

		boolean inPostOn(LocalDate day) {
			return !start.isAfter(day) && (end == null || !end.isBefore(day));
		}
	}

	private static final String SCHEMA = "WORKFORCE";

	private final List<Spell> spells;
	/** per person, their assessments in the order they were made */
	private final Map<String, List<Holding>> assessments;
	private final int assessmentCount;

	SkillRecords(List<Spell> spells, Map<String, List<Holding>> assessments) {
		this.spells = spells;
		this.assessments = assessments;
		assessments.values().forEach(list -> list.sort(Comparator.comparing(Holding::assessedOn)));
		this.assessmentCount = assessments.values().stream().mapToInt(List::size).sum();
	}

	/** Reads the staff and skills of a workforce store (tables in schema WORKFORCE). */
	public static SkillRecords read(Connection connection) throws SQLException {
		Map<String, String> names = new HashMap<>();
		List<Spell> spells = new ArrayList<>();
		try (PreparedStatement query = connection.prepareStatement("SELECT PERSON_ID, ORG_ID, ROLE_ID, TEAM_ID, POST_ID, FTE,"
				+ " START_DATE, END_DATE FROM " + SCHEMA + ".STAFF"); ResultSet rows = query.executeQuery()) {
			while (rows.next()) {
				spells.add(new Spell(shared(names, rows.getString(1)), shared(names, rows.getString(2)),
						shared(names, rows.getString(3)), shared(names, rows.getString(4)), shared(names, rows.getString(5)),
						rows.getDouble(6), rows.getDate(7).toLocalDate(), day(rows.getDate(8))));
			}
		}
		Map<String, List<Holding>> assessments = new HashMap<>();
		try (PreparedStatement query = connection.prepareStatement("SELECT PERSON_ID, CAPABILITY_ID, SKILL_LEVEL, ASSESSED_ON,"
				+ " EXPIRES_ON FROM " + SCHEMA + ".SKILL"); ResultSet rows = query.executeQuery()) {
			while (rows.next()) {
				assessments.computeIfAbsent(shared(names, rows.getString(1)), p -> new ArrayList<>(4))
						.add(new Holding(shared(names, rows.getString(2)), rows.getInt(3), rows.getDate(4).toLocalDate(),
								day(rows.getDate(5))));
			}
		}
		return new SkillRecords(spells, assessments);
	}

	/**
	 * The store's staff and skills, read once per {@link MeasureBatch} (a report run's sections, the
	 * dashboard's figures): the same records whatever is worked out from them. Outside a batch, read each time.
	 */
	public static SkillRecords readOnce(Connection connection) throws SQLException {
		return MeasureBatch.shared(List.of(SkillRecords.class), () -> read(connection));
	}

	/** No store: nobody is in post and nothing is assessed. */
	public static SkillRecords none() {
		return new SkillRecords(List.of(), Map.of());
	}

	private static LocalDate day(Date date) {
		return date == null ? null : date.toLocalDate();
	}

	/** One String per code, however many rows name it. */
	private static String shared(Map<String, String> names, String text) {
		return text == null ? null : names.computeIfAbsent(text, t -> t);
	}

	/** True when the store holds any skills assessment. */
	public boolean hasAssessments() {
		return assessmentCount > 0;
	}

	public int assessmentCount() {
		return assessmentCount;
	}

	/** The last day any spell starts or ends or any assessment is made: where the data ends. */
	public LocalDate lastDay() {
		LocalDate last = null;
		for (Spell spell : spells) {
			last = later(later(last, spell.start()), spell.end());
		}
		for (List<Holding> list : assessments.values()) {
			last = later(last, list.get(list.size() - 1).assessedOn());
		}
		return last;
	}

	private static LocalDate later(LocalDate a, LocalDate b) {
		return b == null || a != null && !b.isAfter(a) ? a : b;
	}

	/** The people in post on {@code day} (spells covering it) with, per capability, their latest assessment up to it. */
	List<PersonOnDay> inPostOn(LocalDate day) {
		Map<String, PersonOnDay> people = new HashMap<>();
		for (Spell spell : spells) {
			if (spell.inPostOn(day)) {
				people.computeIfAbsent(spell.person(), p -> new PersonOnDay(p, new ArrayList<>(2), latest(p, day)))
						.spells().add(spell);
			}
		}
		return new ArrayList<>(people.values());
	}

	private Map<String, Holding> latest(String person, LocalDate day) {
		List<Holding> made = assessments.getOrDefault(person, List.of());
		Map<String, Holding> latest = new HashMap<>(made.size() * 2);
		for (Holding holding : made) {
			if (holding.assessedOn().isAfter(day)) {
				break;
			}
			latest.put(holding.capability(), holding);
		}
		return latest;
	}

	/** A person in post on a day: their spells then (one per post) and what they held. */
	record PersonOnDay(String person, List<Spell> spells, Map<String, Holding> holdings) {
	}
}
