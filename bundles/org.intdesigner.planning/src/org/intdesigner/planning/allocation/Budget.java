package org.intdesigner.planning.allocation;

import java.util.Locale;

/**
 * What a place can fund: FTE of new posts or money a year (posts costed with on-costs), and whether it is ARRS money
 * (the Additional Roles Reimbursement Scheme pays for ARRS roles only, and ARRS roles are paid from it only).
 */
public record Budget(Kind kind, double amount, boolean arrs) {

	public enum Kind {
		FTE, MONEY
	}

	public Budget {
		if (!(amount > 0) || Double.isInfinite(amount)) {
			throw new IllegalArgumentException("The budget is " + amount + (kind == Kind.FTE ? " FTE" : " a year")
					+ ": give a number above 0.");
		}
	}

	/** Whether this budget may fund a post of {@code candidate}'s role: by ARRS, and for money only a costable role. */
	public boolean funds(Candidate candidate) {
		return candidate.role().isArrs() == arrs && (kind == Kind.FTE || candidate.costable());
	}

	/** What a half post of {@code candidate} takes from this budget. */
	public double halfPost(Candidate candidate) {
		return kind == Kind.FTE ? 0.5 : 0.5 * candidate.costPerFte();
	}

	/** The budget in words: "12.5 FTE of ARRS posts", "£300,000 a year". */
	public String describe() {
		String what = kind == Kind.FTE ? String.format(Locale.ROOT, "%s FTE", number(amount))
				: String.format(Locale.UK, "£%,.0f a year", amount);
		return what + (arrs ? " of ARRS money" : "");
	}

	/** An amount of this budget's unit in words. */
	public String amountOf(double value) {
		return kind == Kind.FTE ? number(value) + " FTE" : String.format(Locale.UK, "£%,.0f", value);
	}

	static String number(double value) {
		return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
	}
}
