package org.intdesigner.planning.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.intdesigner.analysis.api.AbstractRule;
import org.intdesigner.analysis.api.Category;
import org.intdesigner.analysis.api.FindingSink;
import org.intdesigner.analysis.api.Parameter;
import org.intdesigner.analysis.api.RuleContext;
import org.intdesigner.analysis.api.Severity;
import org.intdesigner.model.AccountabilityItem;
import org.intdesigner.model.IntdPackage;
import org.intdesigner.model.Party;
import org.intdesigner.model.Post;
import org.intdesigner.model.RaciAssignment;
import org.intdesigner.model.RaciCode;
import org.intdesigner.model.Role;
import org.intdesigner.model.Team;
import org.intdesigner.model.io.Labels;
import org.intdesigner.planning.Plan;
import org.intdesigner.planning.StoreFigures;
import org.intdesigner.planning.Units;
import org.intdesigner.planning.WorkforcePlan;

/**
 * PLAN-001: a role is Responsible or Accountable for a team's item while its WISN ratio where the team works is
 * below a threshold: the work is assigned, the capacity is not there. A post counts as its role. The ratio is the
 * WISN study's for the role in the unit the team lies in (the staff now from the model's posts).
 */
public final class UnderstaffedAccountabilityRule extends AbstractRule {

	public UnderstaffedAccountabilityRule() {
		super("PLAN-001", Category.CAPACITY, Severity.WARNING, "Responsibility given to an under-staffed role",
				"A role that is Responsible or Accountable for a team's care functions, decisions or outcomes needs the"
						+ " staff to carry them. When its WISN ratio (staff now / staff the workload needs) where the team"
						+ " works is below the threshold (80 % by default), the work is assigned but the capacity is"
						+ " not there: recruit (see the plan), share the work with another role, or change the RACI.",
				IntdPackage.Literals.ACCOUNTABILITY_ITEM, new Parameter("min", "Lowest WISN ratio (%)", 80, 1, 100));
	}

	@Override
	public void check(EObject element, RuleContext context, FindingSink sink) {
		AccountabilityItem item = (AccountabilityItem) element;
		Team team = item.getTeam();
		if (team == null) {
			return;
		}
		double threshold = context.parameter("min") / 100.0;
		List<Plan.NeedRow> need = context.shared(UnderstaffedAccountabilityRule.class,
				() -> WorkforcePlan.need(context.model(), StoreFigures.NONE, 0, new ArrayList<>()));
		Set<Role> reported = new LinkedHashSet<>();
		for (RaciAssignment assignment : item.getAssignments()) {
			if (assignment.getCode() != RaciCode.R && assignment.getCode() != RaciCode.A) {
				continue;
			}
			Role role = roleOf(assignment.getParty());
			if (role == null || reported.contains(role)) {
				continue;
			}
			Plan.NeedRow study = studyWhere(need, role, team);
			if (study != null && study.result().ratio() < threshold) {
				reported.add(role);
				sink.report(item, "Role " + Labels.readable(role) + " is " + (assignment.getCode() == RaciCode.R ? "Responsible"
						: "Accountable") + " for " + Labels.readable(item) + " of team " + Labels.readable(team)
						+ ", but its WISN ratio in " + Labels.readable(study.unit()) + " is "
						+ ratio(study.result().ratio(), threshold) + " (" + String.format(Locale.ROOT, "%.2f",
								study.result().currentStaff()) + " staff for a workload needing "
						+ String.format(Locale.ROOT, "%.2f", study.result().requiredStaff()) + "), below "
						+ String.format(Locale.ROOT, "%.2f", threshold) + ".", role, study.study());
			}
		}
	}

	/** Two decimals, or three when two would make it look equal to the threshold (0.799 is not 0.80). */
	private static String ratio(double ratio, double threshold) {
		String two = String.format(Locale.ROOT, "%.2f", ratio);
		return two.equals(String.format(Locale.ROOT, "%.2f", threshold)) ? String.format(Locale.ROOT, "%.3f", ratio) : two;
	}

	private static Role roleOf(Party party) {
		return party instanceof Role role ? role : party instanceof Post post ? post.getRole() : null;
	}

	/** The need of {@code role} now in the smallest unit of a study that {@code team} works in. */
	private static Plan.NeedRow studyWhere(List<Plan.NeedRow> need, Role role, Team team) {
		Plan.NeedRow found = null;
		for (Plan.NeedRow row : need) {
			if (row.year() == 0 && row.role() == role && Units.teamIn(team, row.unit())
					&& (found == null || Units.within(row.unit(), found.unit()))) {
				found = row;
			}
		}
		return found;
	}
}
