package org.intdesigner.planning.pay;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

import org.intdesigner.model.IntdModel;
import org.intdesigner.model.IntdPackage;
import org.intdesigner.model.Organisation;
import org.intdesigner.model.PayBand;
import org.intdesigner.model.Post;
import org.intdesigner.model.Sector;
import org.intdesigner.model.TermsAndConditions;

/**
 * The pay table of a model ({@link IntdModel#getPayBands()}), asked what a post costs a year. A post is costed on the
 * band its {@code band} names, in the pay scale of its terms; a post without terms (or terms naming no scale) on the
 * scale whose bands are marked for its employer's sector. Names are matched trimmed and ignoring case, so "Band 6"
 * in a spreadsheet finds "band 6" in the table.
 */
public final class PayTable {

	private final Map<String, PayBand> byScaleAndBand = new HashMap<>();
	private final Map<String, PayBand> bySectorAndBand = new HashMap<>();

	private PayTable(IntdModel model) {
		for (PayBand band : model.getPayBands()) {
			byScaleAndBand.putIfAbsent(key(band.getScale(), band.getBand()), band);
			if (band.eIsSet(IntdPackage.Literals.PAY_BAND__SECTOR)) {
				bySectorAndBand.putIfAbsent(key(band.getSector().getLiteral(), band.getBand()), band);
			}
		}
	}

	public static PayTable of(IntdModel model) {
		return new PayTable(model);
	}

	/** The band {@code post} is costed on, or null when the table has none for it ({@link #whyNoCost} says why). */
	public PayBand bandOf(Post post) {
		return bandOf(post.getBand(), post.getTerms(), post.getEmployer());
	}

	/**
	 * The band a post of {@code band} under {@code terms} at {@code employer} would be costed on (for posts not yet
	 * made, such as those an allocation proposes), or null.
	 */
	public PayBand bandOf(String band, TermsAndConditions terms, Organisation employer) {
		if (blank(band)) {
			return null;
		}
		String scale = terms == null ? null : terms.getPayScale();
		if (!blank(scale)) {
			PayBand found = byScaleAndBand.get(key(scale, band));
			if (found != null) {
				return found;
			}
		}
		Sector sector = employer == null ? null : employer.getSector();
		return sector == null ? null : bySectorAndBand.get(key(sector.getLiteral(), band));
	}

	/** What {@code post} costs a year with on-costs: its band's whole-time cost times its FTE; empty when unknown. */
	public OptionalDouble annualCost(Post post) {
		PayBand band = bandOf(post);
		return band == null ? OptionalDouble.empty() : OptionalDouble.of(band.getAnnualCost() * post.getFte());
	}

	/** Why {@code post} has no cost, in words a planner can act on; null when it has one. */
	public String whyNoCost(Post post) {
		if (bandOf(post) != null) {
			return null;
		}
		if (blank(post.getBand())) {
			return "it has no band: set its band";
		}
		TermsAndConditions terms = post.getTerms();
		String scale = terms == null ? null : terms.getPayScale();
		Sector sector = post.getEmployer() == null ? null : post.getEmployer().getSector();
		StringBuilder why = new StringBuilder("the pay table has no band \"" + post.getBand().trim() + "\"");
		if (!blank(scale)) {
			why.append(" in the scale \"").append(scale.trim()).append("\"");
		}
		if (sector != null) {
			why.append(blank(scale) ? "" : " nor").append(" for the ").append(sector.getLiteral()).append(" sector");
		}
		return why.append(": add it to the pay table").toString();
	}

	public boolean isEmpty() {
		return byScaleAndBand.isEmpty();
	}

	private static String key(String scale, String band) {
		return normal(scale) + '\u0000' + normal(band);
	}

	private static String normal(String text) {
		return text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}
}
