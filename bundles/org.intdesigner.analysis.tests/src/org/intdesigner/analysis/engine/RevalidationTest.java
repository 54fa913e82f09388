package org.intdesigner.analysis.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.util.ECrossReferenceAdapter;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.intdesigner.analysis.api.Finding;
import org.intdesigner.analysis.rules.BuiltInRules;
import org.intdesigner.model.AccountabilityItem;
import org.intdesigner.model.IntdFactory;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Post;
import org.intdesigner.model.RaciAssignment;
import org.intdesigner.model.RaciCode;
import org.intdesigner.model.Team;
import org.intdesigner.model.samples.ExamplePlace;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** After any of these edits, re-validating near the change gives exactly what a full validation gives. */
class RevalidationTest {

	private static String key(Finding finding) {
		return finding.ruleId() + " | " + finding.elementId() + " | " + finding.message() + " | " + finding.isSuppressed();
	}

	private static List<String> keys(ValidationReport report) {
		return report.findings().stream().map(RevalidationTest::key).sorted().toList();
	}

	private static Consumer<IntdModel> edit(String name) {
		return switch (name) {
		case "new line manager" -> model -> model.getPosts().get(40).setLineManager(model.getPosts().get(3));
		case "no line manager" -> model -> model.getPosts().get(40).setLineManager(null);
		case "post deleted" -> model -> EcoreUtil.delete(model.getPosts().get(12), true);
		case "second accountable" -> model -> {
			AccountabilityItem item = model.getAccountabilities().get(3);
			RaciAssignment extra = IntdFactory.eINSTANCE.createRaciAssignment();
			extra.setParty(model.getPosts().get(7));
			extra.setCode(RaciCode.A);
			item.getAssignments().add(extra);
		};
		case "lead removed" -> model -> model.getTeams().get(0).setLead(null);
		case "allocation moved" -> model -> {
			Post post = model.getPosts().get(20);
			Team other = model.getTeams().get(model.getTeams().size() - 1);
			post.getAllocations().get(0).setTeam(other);
		};
		case "loop made" -> model -> {
			Post top = model.getPosts().get(0);
			Post below = model.getPosts().stream().filter(p -> p.getLineManager() == top).findFirst().orElseThrow();
			top.setLineManager(below);
		};
		case "fte cut" -> model -> model.getPosts().get(30).setFte(0.1);
		default -> throw new IllegalArgumentException(name);
		};
	}

	@ParameterizedTest
	@ValueSource(strings = { "new line manager", "no line manager", "post deleted", "second accountable", "lead removed",
			"allocation moved", "loop made", "fte cut" })
	void reValidationMatchesAFullRun(String change) {
		IntdModel model = ExamplePlace.create();
		model.eAdapters().add(new ECrossReferenceAdapter());
		ChangedElements changes = new ChangedElements();
		model.eAdapters().add(changes);
		Validator validator = new Validator(BuiltInRules.create(), RuleSettings.defaults());
		ValidationReport before = validator.validate(model);
		changes.drain();
		edit(change).accept(model);
		ValidationReport again = validator.revalidate(model, before, changes.drain());
		assertEquals(keys(validator.validate(model)), keys(again), change);
	}
}
