package org.intdesigner.examples.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.intdesigner.analysis.api.FigureTable;
import org.intdesigner.analysis.engine.FigureAnalysisRegistry;
import org.intdesigner.model.IntdFactory;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Organisation;
import org.intdesigner.model.Post;
import org.junit.jupiter.api.Test;

/** The example figure analysis, found through the extension point like the built-in ones, on a model whose answer is known. */
class SupervisionLoadTest {

	private static final IntdFactory F = IntdFactory.eINSTANCE;
	private final IntdModel model = F.createIntdModel();
	private final Organisation trust = organisation("Riverside Community Trust");
	private final Organisation council = organisation("Riverside Council");

	private Organisation organisation(String name) {
		Organisation organisation = F.createOrganisation();
		organisation.setName(name);
		model.getOrganisations().add(organisation);
		return organisation;
	}

	private Post post(String name, Organisation employer, Post supervisor) {
		Post post = F.createPost();
		post.setName(name);
		post.setEmployer(employer);
		post.setSupervisor(supervisor);
		model.getPosts().add(post);
		return post;
	}

	@Test
	void theContributedAnalysisIsListedWithTheBuiltInOnesAndCountsSupervisees() {
		assertSame(SupervisionLoad.class, FigureAnalysisRegistry.getDefault().find(SupervisionLoad.ID).getClass(),
				"contributed through plugin.xml");
		Post lead = post("Lead occupational therapist", trust, null);
		Post nurseLead = post("Community matron", trust, null);
		post("Occupational therapist", trust, lead);
		post("Reablement OT", council, lead);
		post("Social care OT", council, lead);
		post("District nurse", trust, nurseLead);
		post("Care coordinator", null, null);

		FigureTable table = FigureAnalysisRegistry.getDefault().find(SupervisionLoad.ID).compute(model);
		assertEquals(List.of("Supervisor", "Employer", "Supervisees", "From another employer"), table.columns());
		assertEquals(List.of(List.of("Lead occupational therapist", "Riverside Community Trust", 3, 2),
				List.of("Community matron", "Riverside Community Trust", 1, 0)), table.rows());
		assertEquals(List.of(), new SupervisionLoad().compute(F.createIntdModel()).rows(), "an empty model has no rows");
	}
}
