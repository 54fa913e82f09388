package org.intdesigner.examples.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.intdesigner.analysis.api.Finding;
import org.intdesigner.analysis.engine.RuleRegistry;
import org.intdesigner.analysis.engine.RuleSettings;
import org.intdesigner.analysis.engine.ValidationReport;
import org.intdesigner.analysis.engine.Validator;
import org.intdesigner.model.IntdFactory;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Team;
import org.junit.jupiter.api.Test;

/** The example rule, found through the extension point like any installed rule, with its parameter and fix. */
class TeamWithoutPurposeRuleTest {

	private final IntdModel model = IntdFactory.eINSTANCE.createIntdModel();

	private Team team(String name, String purpose) {
		Team team = IntdFactory.eINSTANCE.createTeam();
		team.setName(name);
		team.setPurpose(purpose);
		team.setId(name);
		model.getTeams().add(team);
		return team;
	}

	private List<Finding> findings(RuleSettings settings) {
		ValidationReport report = new Validator(List.of(RuleRegistry.getDefault().find("EXM-001")), settings).validate(model);
		return report.active().stream().filter(f -> f.ruleId().equals("EXM-001")).toList();
	}

	@Test
	void theContributedRuleFindsTeamsWithoutAPurposeAndItsFixWritesOne() {
		assertNotNull(RuleRegistry.getDefault().find("EXM-001"), "contributed through plugin.xml");
		Team vague = team("Hub", "Helps");
		team("Frailty MDT", "Keeps frail older people in Riverside North well at home");
		List<Finding> findings = findings(RuleSettings.defaults());
		assertEquals(1, findings.size());
		assertEquals("Team 'Hub' states its purpose in only 1 word(s): 'Helps'.", findings.get(0).message());
		assertEquals(2, findings(RuleSettings.defaults().withParameter("EXM-001", "minWords", 20)).size());

		AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(
				new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE), new BasicCommandStack());
		var fix = RuleRegistry.getDefault().find("EXM-001").fixes(findings.get(0)).get(0);
		domain.getCommandStack().execute(fix.createCommand(domain));
		assertTrue(vague.getPurpose().startsWith("To be agreed"));
		assertTrue(findings(RuleSettings.defaults()).isEmpty());
	}
}
