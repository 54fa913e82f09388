package org.intdesigner.analysis.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.intdesigner.analysis.api.Finding;
import org.intdesigner.analysis.api.QuickFix;
import org.intdesigner.analysis.api.Rule;
import org.intdesigner.analysis.engine.RuleRegistry;
import org.intdesigner.analysis.engine.RuleSettings;
import org.intdesigner.analysis.engine.ValidationReport;
import org.intdesigner.analysis.engine.Validator;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.samples.ExamplePlace;
import org.junit.jupiter.api.Test;

/**
 * The example place validates with a short list: one finding for each mistake it keeps on purpose,
 * and the narrow spans of its small charities, which the partners have accepted.
 */
class ExamplePlaceFindingsTest {

	private final IntdModel model = ExamplePlace.create();

	private ValidationReport validate() {
		return new Validator(RuleRegistry.getDefault().getRules(), RuleSettings.defaults()).validate(model);
	}

	private static Map<String, Long> byRule(List<Finding> findings) {
		Map<String, Long> counts = new TreeMap<>();
		findings.forEach(f -> counts.merge(f.ruleId(), 1L, Long::sum));
		return counts;
	}

	@Test
	void theExampleHasOneFindingForEachMistakeItKeepsOnPurpose() {
		ValidationReport report = validate();
		report.findings().forEach(f -> System.out.println(f.ruleId() + (f.isSuppressed() ? " (accepted) " : " ")
				+ f.message()));
		assertTrue(report.failedRules().isEmpty(), report.failedRules().toString());
		assertEquals(Map.of("ACC-002", 1L, "ACC-003", 1L, "TEAM-002", 1L, "SPAN-001", 1L, "BND-001", 1L, "BND-002", 1L,
				"SKL-001", 1L), byRule(report.active()));
		assertEquals(Map.of("SPAN-002", 5L), byRule(report.suppressed()));
		Map<String, String> messages = new TreeMap<>();
		report.active().forEach(f -> messages.put(f.ruleId(), f.message()));
		assertEquals("Accountability 'Riverside: Shared clinical governance and safety across INT partners' has two"
				+ " Accountable parties: 'Director of integration (place), North Thames Integrated Care Board' and"
				+ " 'Service director, Riverside Community Health NHS Trust'.", messages.get("ACC-002"));
		assertEquals("Post 'PCN manager, Docklands and Hillside PCN' line-manages 19 posts; the most for one manager"
				+ " is 15.", messages.get("SPAN-001"));
		assertEquals("Team 'Riverside population health and digital team' has no accountable lead.",
				messages.get("TEAM-002"));
	}

	@Test
	void theOfferedFixesClearTheExamplesFindings() {
		BasicCommandStack stack = new BasicCommandStack();
		AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(), stack);
		RuleRegistry registry = RuleRegistry.getDefault();
		for (Finding finding : validate().active()) {
			Rule rule = registry.find(finding.ruleId());
			List<QuickFix> fixes = rule.fixes(finding);
			if (!fixes.isEmpty()) {
				stack.execute(fixes.get(0).createCommand(domain));
			}
		}
		assertEquals(Map.of("ACC-002", 1L, "SPAN-001", 1L, "BND-001", 1L, "BND-002", 1L, "SKL-001", 1L),
				byRule(validate().active()), "ACC-003 and TEAM-002 have fixes");
		while (stack.canUndo()) {
			stack.undo();
		}
		assertEquals(7, validate().active().size());
	}
}
