package org.intdesigner.model.edit;

import org.intdesigner.model.Allocation;
import org.intdesigner.model.CategoryAllowance;
import org.intdesigner.model.IndividualAllowance;
import org.intdesigner.model.ServiceActivity;
import org.intdesigner.model.CapabilityLevel;
import org.intdesigner.model.Course;
import org.intdesigner.model.Element;
import org.intdesigner.model.PayBand;
import org.intdesigner.model.Post;
import org.intdesigner.model.Property;
import org.intdesigner.model.RaciAssignment;
import org.intdesigner.model.TransitionWave;

/**
 * Labels for the objects that have no name of their own: they read as what they say
 * ("A: Clinical lead", "0.5 FTE in Frailty MDT"), and posts show who holds them.
 */
public final class ItemLabels {

	private ItemLabels() {
	}

	public static String nameOf(Element element) {
		return element == null ? "(none)" : element.getName() == null || element.getName().isBlank()
				? "(unnamed " + element.eClass().getName().toLowerCase() + ")" : element.getName();
	}

	public static String post(Post post) {
		String holder = post.isVacant() ? "vacant" : post.getHolder();
		return nameOf(post) + " (" + holder + ")";
	}

	public static String allocation(Allocation allocation) {
		return format(allocation.getFte()) + " FTE in " + nameOf(allocation.getTeam());
	}

	public static String raci(RaciAssignment assignment) {
		return (assignment.getCode() == null ? "?" : assignment.getCode().getLiteral()) + ": "
				+ nameOf(assignment.getParty());
	}

	/** "Frailty assessment and management (practitioner)"; a requirement for cover adds ", 2 people". */
	public static String capabilityLevel(CapabilityLevel level) {
		return nameOf(level.getCapability()) + " (" + (level.getLevel() == null ? "?" : level.getLevel().getLiteral())
				+ (level.getPeople() == 1 ? "" : ", " + level.getPeople() + " people") + ")";
	}

	/** "CGA essentials (Frailty assessment and management, working, 14 h, £250, joint)" */
	public static String course(Course course) {
		return nameOf(course) + " (" + nameOf(course.getCapability()) + ", " + (course.getLevel() == null ? "?"
				: course.getLevel().getLiteral()) + ", " + format(course.getHours()) + " h, " + pounds(course.getCost())
				+ (course.isJoint() ? ", joint" : "") + ")";
	}

	/** "AfC 6, Agenda for Change: £70,120 a year", "+ for community health" when it is that sector's scale. */
	public static String payBand(PayBand band) {
		String name = blank(band.getBand()) ? "(no band)" : band.getBand().trim();
		String scale = blank(band.getScale()) ? "" : ", " + band.getScale().trim();
		String sector = band.isSetSector() ? ", " + band.getSector().getLiteral().replace('_', ' ') + "'s scale" : "";
		return name + scale + ": " + (band.getAnnualCost() == 0 ? "£0" : pounds(band.getAnnualCost())) + " a year" + sector;
	}

	/** "2026-07-01 Wave 1: two MDTs (Docklands INT lead, 12 elements)" */
	public static String transitionWave(TransitionWave wave) {
		int count = wave.getElementIds().size();
		return (blank(wave.getEffectiveDate()) ? "(no date)" : wave.getEffectiveDate()) + " " + nameOf(wave) + " ("
				+ (blank(wave.getOwner()) ? "no owner" : wave.getOwner()) + ", " + count + (count == 1 ? " element)" : " elements)");
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	/** "£250", "£1,000", "£12.50", "free" */
	static String pounds(double cost) {
		if (cost == 0) {
			return "free";
		}
		return (cost < 0 ? "-£" : "£") + (Math.abs(cost) == Math.rint(cost) ? String.format(java.util.Locale.UK, "%,d",
				(long) Math.abs(cost)) : String.format(java.util.Locale.UK, "%,.2f", Math.abs(cost)));
	}

	/** "home visit: 45 min, frailty cohort x 4 a year" */
	public static String serviceActivity(ServiceActivity activity) {
		String standard = activity.isSetUnitMinutes() ? format(activity.getUnitMinutes()) + " min"
				: activity.isSetRatePerHour() ? format(activity.getRatePerHour()) + " an hour" : "no standard";
		String workload = activity.getCohort() != null ? nameOf(activity.getCohort()) + " x "
				+ (activity.isSetPerPerson() ? format(activity.getPerPerson()) : "?") + " a year"
				: activity.isSetAnnualWorkload() ? format(activity.getAnnualWorkload()) + " a year" : "no workload";
		return activity.getActivity() + ": " + standard + ", " + workload;
	}

	/** "supervision: 1 h a week", "team meetings: 8 %" */
	public static String categoryAllowance(CategoryAllowance allowance) {
		return allowance.getActivity() + ": " + (allowance.isSetPercent() ? format(allowance.getPercent()) + " %"
				: format(allowance.getHours()) + " h a " + (allowance.isSetPer() ? allowance.getPer().getLiteral() : "?"));
	}

	/** "practice education: 60 h a year x 2 staff" */
	public static String individualAllowance(IndividualAllowance allowance) {
		return allowance.getActivity() + ": " + format(allowance.getHoursPerYear()) + " h a year x " + format(allowance.getStaff())
				+ " staff";
	}

	public static String property(Property property) {
		return property.getKey() + " = " + (property.getValue() == null ? "" : property.getValue());
	}

	/** An FTE as people write it: "1", "0.8". */
	public static String fte(double value) {
		return format(value);
	}

	private static String format(double value) {
		return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
	}
}
