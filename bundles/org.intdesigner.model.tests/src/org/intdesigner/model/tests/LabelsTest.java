package org.intdesigner.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.intdesigner.model.Allocation;
import org.intdesigner.model.IntdFactory;
import org.intdesigner.model.Organisation;
import org.intdesigner.model.Post;
import org.intdesigner.model.Role;
import org.intdesigner.model.Team;
import org.intdesigner.model.io.Labels;
import org.junit.jupiter.api.Test;

/** Elements named as a planner knows them: posts by holder, role and employer. */
class LabelsTest {

	private static final IntdFactory F = IntdFactory.eINSTANCE;

	private static Post post(String holder) {
		Role role = F.createRole();
		role.setName("Care coordinator");
		Organisation employer = F.createOrganisation();
		employer.setName("Riverside PCN");
		Post post = F.createPost();
		post.setRole(role);
		post.setEmployer(employer);
		post.setHolder(holder);
		return post;
	}

	@Test
	void aPostWithoutANameIsItsHolderRoleAndEmployer() {
		assertEquals("Amy Jones, Care coordinator, Riverside PCN", Labels.readable(post("Amy Jones")));
		assertEquals("vacant Care coordinator post, Riverside PCN", Labels.readable(post(null)));
		assertEquals("vacant post", Labels.readable(F.createPost()));
	}

	@Test
	void aNamedPostKeepsItsNameAfterItsHolder() {
		Post post = post("Amy Jones");
		post.setName("Care coordinator, Riverside North");
		assertEquals("Amy Jones, Care coordinator, Riverside North", Labels.readable(post));
		post.setHolder("");
		assertEquals("vacant: Care coordinator, Riverside North", Labels.readable(post));
	}

	@Test
	void otherElementsByNameOrKindAndCode() {
		Team team = F.createTeam();
		assertEquals("unnamed team", Labels.readable(team));
		team.setName("Frailty MDT");
		assertEquals("Frailty MDT", Labels.readable(team));
		assertNull(Labels.code(team));
		team.setCode("T_FRAIL");
		assertEquals("T_FRAIL", Labels.code(team));
		Post post = post(null);
		Allocation allocation = F.createAllocation();
		allocation.setTeam(team);
		post.getAllocations().add(allocation);
		assertEquals("vacant Care coordinator post, Riverside PCN in Frailty MDT", Labels.readable(allocation));
	}
}
