package org.intdesigner.analysis.rules;

import java.util.List;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.intdesigner.analysis.api.AbstractRule;
import org.intdesigner.analysis.api.Category;
import org.intdesigner.analysis.api.Finding;
import org.intdesigner.analysis.api.FindingSink;
import org.intdesigner.analysis.api.FindingWords;
import org.intdesigner.analysis.api.QuickFix;
import org.intdesigner.analysis.api.RuleContext;
import org.intdesigner.analysis.api.Severity;
import org.intdesigner.model.CapabilityLevel;
import org.intdesigner.model.IntdPackage;
import org.intdesigner.model.Team;

/**
 * SKL-002: a team's required capability asks for nobody (0 people or fewer). Sufficiency counts a requirement as met
 * when enough people hold it; a requirement of nobody would always be met and hide the gap it was written for.
 */
public final class RequirementForNobodyRule extends AbstractRule {

	public RequirementForNobodyRule() {
		super("SKL-002", Category.CAPACITY, Severity.ERROR, "Team requires a capability of nobody",
				"A team's required capability says how many people in post must hold it at the level or above: one,"
						+ " or two or more where a rota needs cover. A requirement of no people is always met, so skill"
						+ " sufficiency would count it as covered and no training need would be found. Ask for at least"
						+ " one person, or remove the requirement if the team does not need the capability.",
				IntdPackage.Literals.TEAM);
	}

	@Override
	public void check(EObject element, RuleContext context, FindingSink sink) {
		Team team = (Team) element;
		for (CapabilityLevel requirement : team.getRequiredCapabilities()) {
			if (requirement.getPeople() < 1) {
				sink.report(team, "Team " + FindingWords.quoted(team) + " requires " + capability(requirement) + " of "
						+ requirement.getPeople() + " people; a requirement is for at least one person.",
						requirement.getCapability() == null ? new EObject[0] : new EObject[] { requirement.getCapability() });
			}
		}
	}

	private static String capability(CapabilityLevel requirement) {
		String name = requirement.getCapability() == null ? "a capability not chosen yet"
				: FindingWords.quoted(requirement.getCapability());
		return requirement.getLevel() == null ? name : name + " at " + requirement.getLevel().getLiteral() + " level";
	}

	/** Every requirement of the team that asks for nobody asks for one person. */
	@Override
	public List<QuickFix> fixes(Finding finding) {
		if (!(finding.element() instanceof Team team)) {
			return List.of();
		}
		return List.of(QuickFix.of("Require one person", domain -> {
			CompoundCommand fix = new CompoundCommand("Require one person");
			for (CapabilityLevel requirement : team.getRequiredCapabilities()) {
				if (requirement.getPeople() < 1) {
					fix.append(new SetCommand(domain, requirement, IntdPackage.Literals.CAPABILITY_LEVEL__PEOPLE, 1));
				}
			}
			return fix;
		}));
	}
}
