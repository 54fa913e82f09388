package org.intdesigner.development;

import java.time.LocalDate;

/**
 * A capability a member of staff holds, at a level: assessed (the latest assessment up to the day looked at, with the
 * day it lapses, null when it does not) or, without assessments, as their post is designed.
 */
public record Holding(String capability, int level, LocalDate assessedOn, LocalDate expiresOn) {

	/** In date on {@code day}: not expired (the expiry day itself still counts). */
	public boolean inDateOn(LocalDate day) {
		return expiresOn == null || !expiresOn.isBefore(day);
	}

	/** In date on {@code day} and lapsing within {@code days} after it. */
	public boolean expiresWithin(LocalDate day, int days) {
		return expiresOn != null && inDateOn(day) && !expiresOn.isAfter(day.plusDays(days));
	}
}
