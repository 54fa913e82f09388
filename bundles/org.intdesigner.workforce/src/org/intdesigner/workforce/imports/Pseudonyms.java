package org.intdesigner.workforce.imports;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Person ids are pseudonyms. A value that looks like a real identifier (an NHS number: 10 digits,
 * spaces or hyphens allowed; a National Insurance number; an e-mail address) is replaced by "h" and
 * 24 hex digits (96 bits) of SHA-256(salt, ':', the value normalised), with the store's own salt, so
 * that the same person gets the same pseudonym in every file imported into that store. Other values
 * (an ESR assignment number, a local code) are kept as written.
 */
final class Pseudonyms {

	/** HMRC's format: two letters (not D, F, I, Q, U or V; O not second), six digits, A to D */
	private static final Pattern NATIONAL_INSURANCE = Pattern.compile("[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\\d{6}[A-D]");

	private final byte[] salt;
	private final MessageDigest sha256;
	private long replaced;

	Pseudonyms(String salt) {
		this.salt = salt.getBytes(StandardCharsets.UTF_8);
		try {
			this.sha256 = MessageDigest.getInstance("SHA-256");
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java has SHA-256", e);
		}
	}

	/** {@code id} itself, or its pseudonym when it looks like a real identifier. */
	String apply(String id) {
		String normal = normalIdentifier(id);
		if (normal == null) {
			return id;
		}
		replaced++;
		sha256.reset();
		sha256.update(salt);
		sha256.update((byte) ':');
		byte[] hash = sha256.digest(normal.getBytes(StandardCharsets.UTF_8));
		return "h" + HexFormat.of().formatHex(hash, 0, 12);
	}

	/** How many values were replaced. */
	long replaced() {
		return replaced;
	}

	/** The identifier in a normal form (digits only, upper case, lower-case address) or null when it is none. */
	static String normalIdentifier(String id) {
		if (id.indexOf('@') > 0) {
			return id.trim().toLowerCase(Locale.ROOT);
		}
		StringBuilder digits = new StringBuilder(10);
		boolean onlyDigits = true;
		for (int i = 0; i < id.length() && onlyDigits; i++) {
			char c = id.charAt(i);
			if (c >= '0' && c <= '9') {
				digits.append(c);
			} else if (c != ' ' && c != '-') {
				onlyDigits = false;
			}
		}
		if (onlyDigits && digits.length() == 10) {
			return digits.toString();
		}
		if (id.length() < 9 || id.length() > 13) {
			return null;
		}
		String compact = id.replace(" ", "").toUpperCase(Locale.ROOT);
		return NATIONAL_INSURANCE.matcher(compact).matches() ? compact : null;
	}
}
