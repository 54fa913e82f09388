package org.intdesigner.analysis.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.TreeMap;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.intdesigner.analysis.engine.RuleRegistry;
import org.intdesigner.analysis.engine.RuleSettings;
import org.intdesigner.analysis.engine.ValidationReport;
import org.intdesigner.analysis.engine.Validator;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.samples.SyntheticModels;
import org.intdesigner.model.samples.SyntheticModels.Scale;
import org.junit.jupiter.api.Test;

/**
 * All built-in rules over a London-scale model (40,000 posts) cost about as much as EMF's own
 * Diagnostician pass over it: no rule walks the model per element. The bound is loose (a slow or
 * busy machine must not fail it); the figures are printed for the record.
 */
class ValidationScaleTest {

	@Test
	void allRulesOverALondonScaleModelStayNearEmfsOwnPass() {
		IntdModel model = SyntheticModels.generate(Scale.LONDON, 42);
		long emf = Long.MAX_VALUE;
		long rules = Long.MAX_VALUE;
		ValidationReport report = null;
		Validator validator = new Validator(RuleRegistry.getDefault().getRules(), RuleSettings.defaults());
		for (int round = 0; round < 3; round++) { // the best of three: the first rounds warm the JIT up
			long start = System.nanoTime();
			Diagnostic plain = Diagnostician.INSTANCE.validate(model);
			emf = Math.min(emf, System.nanoTime() - start);
			assertTrue(plain.getSeverity() < Diagnostic.ERROR, plain.toString());
			report = validator.validate(model);
			rules = Math.min(rules, report.totalNanos());
		}
		assertTrue(report.failedRules().isEmpty(), report.failedRules().toString());
		Map<String, Long> millisPerRule = new TreeMap<>();
		report.ruleNanos().forEach((id, nanos) -> millisPerRule.put(id, nanos / 1_000_000));
		Map<String, Integer> findingsPerRule = new TreeMap<>();
		report.findings().forEach(f -> findingsPerRule.merge(f.ruleId(), 1, Integer::sum));
		System.out.printf("London scale: EMF's Diagnostician %d ms, with all rules %d ms; per rule (ms) %s;"
				+ " findings of the random model %s%n", emf / 1_000_000, rules / 1_000_000, millisPerRule, findingsPerRule);
		assertTrue(rules < 4 * emf + 1_000_000_000L, "all rules took " + rules / 1_000_000 + " ms, EMF alone "
				+ emf / 1_000_000 + " ms");
	}
}
