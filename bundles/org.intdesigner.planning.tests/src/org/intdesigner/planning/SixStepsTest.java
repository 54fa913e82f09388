package org.intdesigner.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.intdesigner.model.IntdFactory;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.samples.ExamplePlace;
import org.junit.jupiter.api.Test;

class SixStepsTest {

	@Test
	void theExamplePlaceHasDoneTheFirstFiveSteps() {
		IntdModel model = ExamplePlace.create();
		List<SixSteps.Status> steps = SixSteps.of(model, WorkforcePlan.compute(model, StoreFigures.NONE, PlanOptions.DEFAULT), false);
		assertEquals(List.of(true, true, true, true, true, false), steps.stream().map(SixSteps.Status::done).toList());
		assertEquals("4 neighbourhood(s), 24 population cohort(s)", steps.get(0).detail());
		assertEquals("4 WISN studies, all computed", steps.get(2).detail());
		assertEquals("import the partners' workforce files into the store", steps.get(5).detail());
	}

	@Test
	void anEmptyModelSaysWhatEachStepNeeds() {
		IntdModel model = IntdFactory.eINSTANCE.createIntdModel();
		List<SixSteps.Status> steps = SixSteps.of(model, WorkforcePlan.compute(model, StoreFigures.NONE, PlanOptions.DEFAULT), false);
		assertTrue(steps.stream().noneMatch(SixSteps.Status::done));
		assertEquals("0 neighbourhood(s), 0 population cohort(s): add the neighbourhoods in scope", steps.get(0).detail());
		assertEquals("no WISN study yet: add one for a role", steps.get(2).detail());
		assertFalse(steps.get(4).done());
	}
}
