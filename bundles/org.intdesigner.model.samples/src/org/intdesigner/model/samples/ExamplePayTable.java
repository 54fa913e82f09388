package org.intdesigner.model.samples;

import java.util.Locale;

import org.intdesigner.model.PayBand;
import org.intdesigner.model.Sector;

/**
 * The example place's pay table: one scale per pay scale its employers' terms name (the scale's name is the terms'
 * {@code payScale}, so that every post is costed on the band its {@code band} names), each band at what a whole-time
 * post on it costs a year with on-costs, for 2025/26.
 * <p>
 * Pay is the mid point of the band (half way between its lowest and highest pay point), plus the supplement the terms
 * name. On-costs, the same in every band's description:
 * <ul>
 * <li>employer's National Insurance: 15 % of pay above £5,000 a year (the rate and threshold from April 2025);</li>
 * <li>NHS Pension Scheme: 23.7 % of pay, the whole employer's rate whoever pays part of it (NHS trusts, the ICB, and
 * practices for their staff and salaried GPs);</li>
 * <li>Local Government Pension Scheme: 18 % (a typical London borough's employer rate; each fund sets its own);</li>
 * <li>charities: 5 % (an employer's contribution above the auto-enrolment minimum), the NJC-linked charity 6 %;
 * community pharmacy: 3 % (the auto-enrolment minimum).</li>
 * </ul>
 * The figures: Agenda for Change 2025/26 pay points (the 3.6 % award from 1 April 2025); inner London high-cost area
 * supplement 20 % of basic pay, at least £5,415 and at most £8,465; band 1 is closed and paid at band 2's rate. A
 * PCN's own scale pays the entry point of the Agenda for Change band it names (spot salaries). Consultants: the 2003
 * contract's 2025/26 range (£109,725 to £145,478) with London weighting £2,162. Salaried GPs: the model salary range
 * uplifted for 2025/26 (about £76,355 to £115,187). Council grades, charity grades and employer scales are illustrative
 * mid points of inner London rates (a place replaces them with its partners' own). Sectors: a scale that is a sector's
 * usual one is marked for it ({@link PayBand#getSector()}), so a post whose terms name no scale is still costed;
 * general practice is not marked (its scales differ by practice).
 */
final class ExamplePayTable {

	static final double NI_RATE = 0.15;
	static final double NI_THRESHOLD = 5_000;
	static final double NHS_PENSION = 0.237;
	static final double LGPS = 0.18;
	static final double CHARITY_PENSION = 0.05;
	static final double NJC_CHARITY_PENSION = 0.06;
	static final double PHARMACY_PENSION = 0.03;

	static final String AFC_HCAS = "Agenda for Change (inner London HCAS)";
	static final String AFC_MIRRORED = "Agenda for Change (mirrored)";
	static final String PCN_OWN = "PCN own scale";
	static final String CONSULTANT = "Consultant pay scale";
	static final String NJC = "NJC pay spine (London weighting)";
	static final String NJC_SUPPLEMENT = "NJC pay spine + supplement";
	static final String PHARMACY = "Employer own scale";
	static final String CHARITY = "Charity own scale";
	static final String CHARITY_NJC = "Charity own scale (NJC-linked)";
	static final String UNPAID = "Unpaid (expenses)";

	/** Agenda for Change 2025/26: band, lowest and highest pay point. */
	static final String[][] AFC = { { "1", "24465", "24465" }, { "2", "24465", "24465" }, { "3", "24937", "26598" },
			{ "4", "27485", "30162" }, { "5", "31049", "37796" }, { "6", "38682", "46580" }, { "7", "47810", "54710" },
			{ "8a", "55690", "62682" }, { "8b", "64455", "74896" }, { "8c", "76965", "88682" },
			{ "8d", "91342", "105337" }, { "9", "109179", "125637" }, };

	/** London borough grades on the NJC spine, 2025/26 with inner London weighting: grade, lowest, highest. */
	static final String[][] COUNCIL = { { "NJC Scale 6", "34900", "37100" }, { "NJC SO1", "38500", "40700" },
			{ "NJC SO2", "40700", "42700" }, { "NJC PO1", "42700", "45100" }, { "NJC PO2", "45100", "47500" },
			{ "NJC PO3", "47500", "50100" }, { "NJC PO4", "50100", "52700" }, { "NJC PO5", "52700", "55500" },
			{ "NJC PO6", "55500", "58500" }, { "NJC PO7", "58500", "61500" }, { "NJC PO8", "61500", "64700" }, };

	/** Social work market supplement of the children's services terms, on every NJC grade. */
	static final double SOCIAL_WORK_SUPPLEMENT = 3_500;

	/** Charity grades 1 to 7: lowest and highest, the own scale then the NJC-linked one. */
	static final int[][] CHARITY_GRADES = { { 25000, 26500 }, { 27000, 28500 }, { 29000, 31000 }, { 32000, 34000 },
			{ 35500, 37500 }, { 39500, 41500 }, { 44000, 46000 } };
	static final int[][] CHARITY_NJC_GRADES = { { 26500, 28000 }, { 29000, 30500 }, { 31000, 33000 }, { 34000, 36000 },
			{ 37500, 39500 }, { 41500, 43500 }, { 46000, 48000 } };

	private final ModelBuilder b;

	ExamplePayTable(ExamplePlace place) {
		this.b = place.b;
	}

	void build() {
		for (String[] row : AFC) {
			double mid = mid(row);
			double hcas = Math.min(8_465, Math.max(5_415, 0.2 * mid));
			band(AFC_HCAS, "AfC " + row[0], mid + hcas, NHS_PENSION, true, Sector.COMMUNITY_HEALTH,
					range(row) + " + inner London HCAS £" + money(hcas));
			band(AFC_MIRRORED, "AfC " + row[0], mid, NHS_PENSION, true, null, range(row) + ", mirrored by the PCN without HCAS");
			if (!row[0].equals("1")) {
				double entry = Double.parseDouble(row[1]);
				band(PCN_OWN, "AfC " + row[0], entry, NHS_PENSION, true, null,
						"the PCN's spot salary at the entry point of Agenda for Change band " + row[0] + ", £" + money(entry));
			}
		}
		band(AFC_HCAS, "VSM", 140_000, NHS_PENSION, true, null, "very senior manager (ICB director), spot salary £140,000");
		for (String scale : new String[] { AFC_MIRRORED, PCN_OWN }) {
			band(scale, "Salaried GP", (76_355 + 115_187) / 2.0, NHS_PENSION, true, null,
					"salaried GP, mid point of the model salary range £76,355 to £115,187");
			// a partner is self-employed: the PCN buys the sessions and pays the pension, no National Insurance
			band(scale, "GP partner", 105_000, NHS_PENSION, false, null,
					"GP partner's clinical director sessions bought at £105,000 a year whole time, no employer's NI");
		}
		band(CONSULTANT, "Consultant", (109_725 + 145_478) / 2.0 + 2_162, NHS_PENSION, true, Sector.ACUTE,
				"consultant (2003 contract), mid point of £109,725 to £145,478 + London weighting £2,162");
		band(CONSULTANT, "VSM", 165_000, NHS_PENSION, true, null, "very senior manager (trust executive), spot salary £165,000");
		for (String[] row : COUNCIL) {
			band(NJC, row[0], mid(row), LGPS, true, Sector.SOCIAL_CARE, range(row) + " with inner London weighting");
			band(NJC_SUPPLEMENT, row[0], mid(row) + SOCIAL_WORK_SUPPLEMENT, LGPS, true, Sector.CHILDRENS_SERVICES,
					range(row) + " with inner London weighting + social work market supplement £3,500");
		}
		for (String scale : new String[] { NJC, NJC_SUPPLEMENT }) {
			band(scale, "Council grade 15", 125_000, LGPS, true, null, "chief officer (director), spot salary £125,000");
		}
		band(PHARMACY, "Pharmacist (employer scale)", 55_000, PHARMACY_PENSION, true, Sector.COMMUNITY_PHARMACY,
				"community pharmacist, £55,000");
		band(PHARMACY, "Pharmacy technician (employer scale)", 32_000, PHARMACY_PENSION, true, Sector.COMMUNITY_PHARMACY,
				"pharmacy technician, £32,000");
		for (int grade = 1; grade <= CHARITY_GRADES.length; grade++) {
			int[] own = CHARITY_GRADES[grade - 1];
			band(CHARITY, "Charity grade " + grade, (own[0] + own[1]) / 2.0, CHARITY_PENSION, true, Sector.VCFSE,
					"mid point of £" + money(own[0]) + " to £" + money(own[1]));
			int[] linked = CHARITY_NJC_GRADES[grade - 1];
			band(CHARITY_NJC, "Charity grade " + grade, (linked[0] + linked[1]) / 2.0, NJC_CHARITY_PENSION, true, null,
					"mid point of £" + money(linked[0]) + " to £" + money(linked[1]) + ", linked to the NJC spine");
		}
		band(UNPAID, "Volunteer", 2_000, 0, false, Sector.VOLUNTEERS,
				"volunteers' expenses (travel, meals, training) of £2,000 a year per whole-time equivalent, no on-costs");
		band(UNPAID, "Sessional coordinator", 33_000, CHARITY_PENSION, true, Sector.VOLUNTEERS,
				"the network's paid sessional coordinator, £33,000 whole time");
	}

	/** What a whole-time post paid {@code pay} costs a year with its employer's pension and National Insurance. */
	static double withOnCosts(double pay, double pension, boolean nationalInsurance) {
		double ni = nationalInsurance ? NI_RATE * Math.max(0, pay - NI_THRESHOLD) : 0;
		return Math.round(pay + pay * pension + ni);
	}

	private void band(String scale, String band, double pay, double pension, boolean ni, Sector sector, String what) {
		String code = "pay-" + slug(scale) + "-" + slug(band);
		PayBand payBand = b.payBand(code, band + ", " + scale, scale, band, withOnCosts(pay, pension, ni), sector);
		payBand.setDescription("2025/26: " + what + "; pay £" + money(pay) + " a year whole time; on-costs: "
				+ (pension > 0 ? "pension " + percent(pension) : "no pension")
				+ (ni ? ", employer's National Insurance 15 % above £5,000" : ", no employer's National Insurance") + ".");
	}

	private static double mid(String[] row) {
		return (Double.parseDouble(row[1]) + Double.parseDouble(row[2])) / 2;
	}

	private static String range(String[] row) {
		return row[1].equals(row[2]) ? "single pay point £" + money(Double.parseDouble(row[1]))
				: "mid point of £" + money(Double.parseDouble(row[1])) + " to £" + money(Double.parseDouble(row[2]));
	}

	static String money(double pounds) {
		return String.format(Locale.UK, "%,.0f", pounds);
	}

	private static String percent(double rate) {
		return String.format(Locale.UK, "%.1f %%", rate * 100).replace(".0 %", " %");
	}

	private static String slug(String text) {
		return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
	}
}
