package org.intdesigner.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.intdesigner.model.IntdModel;
import org.intdesigner.model.samples.ExamplePlace;
import org.junit.jupiter.api.Test;

/** The example place ships a plan: every study and assumption computes, and it shows shortages to act on. */
class ExamplePlanTest {

	@Test
	void theExamplePlaceHasAWholePlan() {
		IntdModel model = ExamplePlace.create();
		Plan plan = WorkforcePlan.compute(model, StoreFigures.NONE, PlanOptions.DEFAULT);
		assertEquals(List.of(), plan.problems());
		assertEquals(4 * 4 * 11, plan.need().size(), "4 studies x 4 neighbourhoods x years 0 to 10");
		assertEquals(4 * 11, plan.supply().size());
		assertEquals(4 * 11, plan.gaps().size());
		for (Plan.NeedRow row : plan.need()) {
			if (row.year() == 0) {
				System.out.printf("%-40s %-20s required %.2f current %.2f ratio %.2f priority %d%n", row.study().getName(),
						row.unit().getName(), row.result().requiredStaff(), row.result().currentStaff(), row.result().ratio(),
						row.priority());
			}
		}
		for (Plan.GapRow gap : WorkforcePlan.ranked(plan, 10)) {
			System.out.printf("%-30s year 10: need %.2f supply %.2f (%.2f-%.2f) gap %.2f priority %d%n", gap.role().getName(),
					gap.need(), gap.supply(), gap.supplyP10(), gap.supplyP90(), gap.gap(), gap.priority());
		}
		assertTrue(WorkforcePlan.ranked(plan, 0).get(0).gap() > 0, "a shortage comes first");
	}
}
