package org.intdesigner.development.ui;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.intdesigner.development.Level;
import org.intdesigner.model.Capability;
import org.intdesigner.model.CapabilityLevel;
import org.intdesigner.model.IntdFactory;
import org.intdesigner.model.IntdPackage;
import org.intdesigner.model.ProficiencyLevel;
import org.intdesigner.model.Team;
import org.intdesigner.model.io.ModelIds;

/**
 * A team's own requirement of a capability set to a level and a number of people, as one command on the model's
 * stack: its existing requirement changed, or a new one added when the team has none (requirements of the needs it
 * serves and of its roles stay where they are: they are edited on the need or the role).
 */
public final class RequirementEdit {

	private RequirementEdit() {
	}

	/** The team's own requirement of the capability, or null. */
	public static CapabilityLevel own(Team team, Capability capability) {
		return team.getRequiredCapabilities().stream().filter(c -> c.getCapability() == capability).findFirst().orElse(null);
	}

	/**
	 * The command, or null when nothing would change.
	 *
	 * @throws IllegalArgumentException for a level outside 1-4 or fewer than one person, saying so
	 */
	public static Command command(EditingDomain domain, Team team, Capability capability, int level, int people) {
		if (level < 1 || level > Level.EXPERT) {
			throw new IllegalArgumentException("A required level is 1 (awareness) to 4 (expert), not " + level + ".");
		}
		if (people < 1) {
			throw new IllegalArgumentException("A requirement is held by at least one person, not " + people + ".");
		}
		ProficiencyLevel proficiency = ProficiencyLevel.get(level);
		CapabilityLevel own = own(team, capability);
		if (own == null) {
			CapabilityLevel added = IntdFactory.eINSTANCE.createCapabilityLevel();
			added.setId(ModelIds.newId());
			added.setCapability(capability);
			added.setLevel(proficiency);
			added.setPeople(people);
			Command add = AddCommand.create(domain, team, IntdPackage.Literals.TEAM__REQUIRED_CAPABILITIES, added);
			return labelled(add, "Require " + capability.getName() + " of " + team.getName());
		}
		if (own.getLevel() == proficiency && own.getPeople() == people) {
			return null;
		}
		CompoundCommand change = new CompoundCommand("Edit requirement of " + capability.getName() + " of " + team.getName());
		if (own.getLevel() != proficiency) {
			change.append(SetCommand.create(domain, own, IntdPackage.Literals.CAPABILITY_LEVEL__LEVEL, proficiency));
		}
		if (own.getPeople() != people) {
			change.append(SetCommand.create(domain, own, IntdPackage.Literals.CAPABILITY_LEVEL__PEOPLE, people));
		}
		return change;
	}

	private static Command labelled(Command command, String label) {
		CompoundCommand compound = new CompoundCommand(label);
		compound.append(command);
		return compound;
	}
}
