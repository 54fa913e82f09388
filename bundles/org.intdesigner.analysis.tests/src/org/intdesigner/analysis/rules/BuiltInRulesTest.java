package org.intdesigner.analysis.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.intdesigner.analysis.api.Parameter;
import org.intdesigner.analysis.api.Rule;
import org.intdesigner.analysis.api.Severity;
import org.intdesigner.analysis.engine.RuleRegistry;
import org.junit.jupiter.api.Test;

/** The built-in rules as the running platform sees them: all eighteen, from plugin.xml, with no problems. */
class BuiltInRulesTest {

	/** Public ids: suppressions, preferences and reports refer to them, so they never change. */
	static final List<String> IDS = List.of("ACC-001", "ACC-002", "ACC-003", "ACC-004", "TEAM-001", "TEAM-002",
			"TEAM-003", "POST-001", "POST-002", "POST-003", "SPAN-001", "SPAN-002", "SPAN-003", "BND-001", "BND-002",
			"SKL-001", "SKL-002", "SKL-003");

	@Test
	void thePlatformsRegistryHasAllEighteenRulesAndNoProblems() {
		RuleRegistry registry = RuleRegistry.getDefault();
		assertEquals(List.of(), registry.getProblems());
		List<Rule> builtIn = registry.getRules().stream()
				.filter(r -> r.getClass().getPackageName().equals(BuiltInRules.class.getPackageName())).toList();
		assertEquals(IDS, builtIn.stream().map(Rule::id).toList());
		assertEquals(BuiltInRules.create().stream().map(r -> r.getClass()).toList(),
				builtIn.stream().map(r -> r.getClass()).toList(), "plugin.xml and BuiltInRules list the same rules");
	}

	@Test
	void everyRuleSaysWhatAndWhyAndChecksSomething() {
		for (Rule rule : BuiltInRules.create()) {
			assertFalse(rule.title().isBlank(), rule.id());
			assertTrue(rule.rationale().length() > 100, rule.id() + " says why and what to do");
			assertNotNull(rule.category(), rule.id());
			assertFalse(rule.appliesTo().isEmpty(), rule.id());
			for (Parameter parameter : rule.parameters()) {
				assertTrue(parameter.min() <= parameter.defaultValue() && parameter.defaultValue() <= parameter.max(),
						rule.id() + "." + parameter.key());
			}
		}
	}

	@Test
	void severitiesAndDefaultsAreThoseOfTheDomain() {
		RuleRegistry registry = RuleRegistry.of(BuiltInRules.create());
		for (String id : List.of("ACC-001", "ACC-002", "TEAM-001", "POST-001", "POST-003")) {
			assertEquals(Severity.ERROR, registry.find(id).defaultSeverity(), id);
		}
		assertEquals(Severity.INFO, registry.find("SPAN-002").defaultSeverity());
		assertEquals(15, registry.find("SPAN-001").parameters().get(0).defaultValue());
		assertEquals("max", registry.find("SPAN-001").parameters().get(0).key());
		assertEquals(3, registry.find("SPAN-002").parameters().get(0).defaultValue());
		assertEquals("min", registry.find("SPAN-002").parameters().get(0).key());
		assertEquals(6, registry.find("SPAN-003").parameters().get(0).defaultValue());
		assertEquals("maxDepth", registry.find("SPAN-003").parameters().get(0).key());
	}
}
