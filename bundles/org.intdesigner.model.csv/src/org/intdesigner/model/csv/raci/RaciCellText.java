package org.intdesigner.model.csv.raci;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.intdesigner.model.RaciCode;

/**
 * The text of one matrix cell: the codes one party holds on one item, in R, A, S, C, I order and
 * joined by "/" ("R/A"). Several codes are allowed because a model can hold them (DOMAIN warns
 * about A with C, it does not forbid it); reading accepts "/", ",", ";" or spaces between codes and
 * either case, as people type them into spreadsheets.
 */
public final class RaciCellText {

	private RaciCellText() {
	}

	public static String format(Set<RaciCode> codes) {
		return EnumSet.copyOf(codes.isEmpty() ? EnumSet.noneOf(RaciCode.class) : codes).stream()
				.map(RaciCode::getLiteral).collect(Collectors.joining("/"));
	}

	/** The codes in {@code text}; empty for a blank cell. */
	public static Set<RaciCode> parse(String text) {
		Set<RaciCode> codes = EnumSet.noneOf(RaciCode.class);
		if (text == null || text.isBlank()) {
			return codes;
		}
		for (String token : text.trim().split("[/,;\\s]+")) {
			RaciCode code = RaciCode.get(token.toUpperCase(Locale.ROOT));
			if (code == null) {
				throw new IllegalArgumentException("\"" + token + "\" is not a RACI code (R, A, S, C or I)");
			}
			codes.add(code);
		}
		return codes;
	}
}
