package org.intdesigner.cli;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

import org.intdesigner.cli.api.WorkforceStoreOptions;
import org.intdesigner.development.SkillRecords;
import org.intdesigner.development.SkillSufficiency;
import org.intdesigner.development.SkillsAnalysis;
import org.intdesigner.development.SufficiencyReport;
import org.intdesigner.model.IntdModel;
import org.intdesigner.workforce.store.StoreException;
import org.intdesigner.workforce.store.StoreLocation;
import org.intdesigner.workforce.store.WorkforceStore;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * What the skills and training-plan commands share: the store (--db, --server, else the default one when it exists,
 * else none: posts as designed), the day (--day, else the end of the store's data) and how far ahead lapsing
 * training is flagged.
 */
final class SkillsInputs {

	@Option(names = "--day", paramLabel = "YYYY-MM-DD", description = "the day to look at (default: the last day of the"
			+ " store's data, else today)")
	String day;

	@Option(names = "--expiring-days", paramLabel = "N", defaultValue = "" + SkillSufficiency.DEFAULT_EXPIRING_DAYS,
			description = "flag training lapsing within N days (default 90)")
	int expiringDays;

	@Mixin
	WorkforceStoreOptions store = new WorkforceStoreOptions();

	/** @throws IllegalArgumentException for a day that is not a date or a negative number of days (usage mistakes) */
	SufficiencyReport sufficiency(IntdModel model, Function<String, String> environment) throws SQLException, StoreException {
		if (expiringDays < 0) {
			throw new IllegalArgumentException("--expiring-days must be 0 or more, not " + expiringDays + ".");
		}
		SkillRecords records = records(environment);
		return SkillsAnalysis.sufficiency(model, records, day(records), expiringDays);
	}

	private SkillRecords records(Function<String, String> environment) throws SQLException, StoreException {
		StoreLocation location = store.locationIfAny(environment);
		if (location == null) {
			return SkillRecords.none();
		}
		try (WorkforceStore workforce = WorkforceStore.openExisting(location)) {
			return workforce.read(SkillRecords::read);
		}
	}

	private LocalDate day(SkillRecords records) {
		if (day == null) {
			return SkillsAnalysis.defaultDay(records);
		}
		try {
			return LocalDate.parse(day.trim());
		} catch (DateTimeParseException e) {
			throw new IllegalArgumentException("--day " + day + " is not a date: write it as YYYY-MM-DD, e.g. 2026-03-31.");
		}
	}
}
