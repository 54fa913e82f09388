package org.intdesigner.diagram.expressions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.intdesigner.diagram.registry.InitialsService;
import org.intdesigner.model.IntdFactory;
import org.intdesigner.model.Post;
import org.intdesigner.model.Team;
import org.junit.jupiter.api.Test;

/** JEXL expressions over EMF objects, as diagram specifications use them. */
class ExpressionsTest {

	private final Expressions expressions = new Expressions();

	private Team team() {
		Team core = IntdFactory.eINSTANCE.createTeam();
		core.setName("Core");
		Team mdt = IntdFactory.eINSTANCE.createTeam();
		mdt.setName("Frailty MDT");
		core.getSubTeams().add(mdt);
		Post lead = IntdFactory.eINSTANCE.createPost();
		lead.setName("Lead");
		core.setLead(lead);
		return core;
	}

	@Test
	void featuresAreReadByName() throws ExpressionException {
		Team core = team();
		assertEquals("Core", expressions.text("self.name", core));
		assertEquals(List.of(core.getSubTeams().get(0)), expressions.elements("self.subTeams", core));
		assertEquals("Core led by Lead", expressions.text("self.name + ' led by ' + self.lead.name", core));
		assertTrue(expressions.test("self.lead.vacant", core), "derived features too");
	}

	@Test
	void missingValuesAreNotErrors() throws ExpressionException {
		Team lonely = IntdFactory.eINSTANCE.createTeam();
		assertEquals("", expressions.text("self.lead.name", lonely));
		assertEquals(List.of(), expressions.elements("self.lead", lonely));
		assertTrue(expressions.test("", lonely), "a blank precondition holds");
		assertFalse(expressions.test("self.subTeams.size() > 0", lonely));
	}

	@Test
	void dynamicObjectsWithoutGettersWork() throws ExpressionException {
		EPackage pkg = EcoreFactory.eINSTANCE.createEPackage();
		EClass thing = EcoreFactory.eINSTANCE.createEClass();
		thing.setName("Thing");
		EAttribute label = EcoreFactory.eINSTANCE.createEAttribute();
		label.setName("label");
		label.setEType(EcorePackage.Literals.ESTRING);
		thing.getEStructuralFeatures().add(label);
		pkg.getEClassifiers().add(thing);
		EObject object = EcoreUtil.create(thing);
		object.eSet(label, "dynamic");
		assertEquals("dynamic", expressions.text("self.label", object));
	}

	@Test
	void toolsAddVariablesNextToSelf() throws ExpressionException {
		Team core = team();
		Post lead = core.getLead();
		assertEquals("Lead in Core", expressions.text("self.name + ' in ' + container.name", lead, Map.of("container", core)));
		assertEquals("Lead", expressions.text("self.name", lead, Map.of("self", core)), "self is always the element");
		assertTrue(expressions.test("self == target.lead", lead, Map.of("target", core)));
		assertThrows(ExpressionException.class, () -> expressions.evaluate("container", lead),
				"a variable the caller did not give is an error");
	}

	@Test
	void aBrokenExpressionNamesItself() {
		ExpressionException e = assertThrows(ExpressionException.class, () -> expressions.evaluate("self.name +", team()));
		assertEquals("self.name +", e.getExpression());
		assertTrue(e.getMessage().startsWith("'self.name +'"), e.getMessage());
	}

	@Test
	void registeredServicesAreCalledByNamespace() throws ExpressionException {
		Expressions withServices = new Expressions(Map.of("initials", new InitialsService(), "math", Math.class));
		Team mdt = team().getSubTeams().get(0);
		assertEquals("Frailty MDT (FM)", withServices.text("self.name + ' (' + initials:of(self.name) + ')'", mdt));
		assertEquals(3, withServices.evaluate("math:max(2, 3)", mdt), "a class as a service offers its static methods");
		assertEquals("Frailty MDT", withServices.text("self.name", mdt), "features are still read by name");
	}

	@Test
	void anUnregisteredServiceIsAnError() {
		ExpressionException e = assertThrows(ExpressionException.class,
				() -> expressions.evaluate("initials:of(self.name)", team()));
		assertTrue(e.getMessage().contains("initials"), e.getMessage());
	}

	@Test
	void syntaxIsCheckedWithoutEvaluating() {
		assertEquals(Optional.empty(), expressions.syntaxProblem("self.nosuchFeature.size() > 0"),
				"unknown features are only found on a model");
		assertEquals(Optional.empty(), expressions.syntaxProblem(""));
		String problem = expressions.syntaxProblem("self.name +").orElseThrow();
		assertTrue(problem.startsWith("line 1, column 11: "), problem);
		assertTrue(problem.contains("parsing error"), problem);
	}

	@Test
	void variablesAreTheFirstNamesOfPaths() {
		assertEquals(Set.of("self"), expressions.variables("self.lead.name + self.name"));
		assertEquals(Set.of("self", "slef"), expressions.variables("self.name + slef.name"));
		assertEquals(Set.of("self"), expressions.variables("var n = self.name; n + '!'"), "locals are not variables");
		assertEquals(Set.of(), expressions.variables("self.name +"), "nothing when it does not parse");
	}
}
