package org.intdesigner.development.ui;

import java.nio.file.Files;

import org.intdesigner.development.SkillRecords;
import org.intdesigner.workforce.store.StoreLocation;
import org.intdesigner.workforce.ui.store.WorkforceStores;

/**
 * The workforce store's staff and skills, read once and kept until the store's data or its location change (an
 * import, another store chosen in the preferences): every matrix, the training plan and the diagram decoration work on
 * that snapshot. An embedded store is only read when its folder is there: looking at skills never creates one.
 */
public final class SkillRecordsSource {

	/** What was read, and why nothing could be when it could not. */
	public record Snapshot(SkillRecords records, String problem) {
	}

	private static volatile Snapshot cached;
	private static boolean listening;

	private SkillRecordsSource() {
	}

	/** The snapshot, read now if there is none (safe on any thread). */
	public static Snapshot get() {
		Snapshot snapshot = cached;
		if (snapshot != null) {
			return snapshot;
		}
		synchronized (SkillRecordsSource.class) {
			if (!listening) {
				WorkforceStores.get().addListener(SkillRecordsSource::forget);
				listening = true;
			}
			if (cached == null) {
				cached = read();
			}
			return cached;
		}
	}

	/** Reads again at the next {@link #get()}. */
	public static void forget() {
		cached = null;
	}

	private static Snapshot read() {
		if (!storeExists()) {
			return new Snapshot(SkillRecords.none(), null);
		}
		try {
			return new Snapshot(WorkforceStores.get().store().read(SkillRecords::read), null);
		} catch (Exception e) {
			return new Snapshot(SkillRecords.none(), "The workforce store could not be read (" + e.getMessage()
					+ "): posts are shown as designed.");
		}
	}

	private static boolean storeExists() {
		StoreLocation location = WorkforceStores.get().location();
		return !(location instanceof StoreLocation.Embedded embedded) || Files.isDirectory(embedded.databaseDirectory());
	}
}
