package org.intdesigner.planning.pay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.intdesigner.model.IntdFactory;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Organisation;
import org.intdesigner.model.PayBand;
import org.intdesigner.model.Post;
import org.intdesigner.model.Sector;
import org.intdesigner.model.TermsAndConditions;
import org.junit.jupiter.api.Test;

/** A post is costed on its band in its terms' scale, else on its employer's sector's scale; FTE scales the cost. */
class PayTableTest {

	private final IntdFactory f = IntdFactory.eINSTANCE;
	private final IntdModel model = f.createIntdModel();

	@Test
	void costsAPostOnItsTermsScaleThenOnItsSectorsScale() {
		band("Agenda for Change", "6", 60_000, Sector.COMMUNITY_HEALTH);
		band("NJC", "SO1", 50_000, Sector.SOCIAL_CARE);
		band("Charity scale", "6", 40_000, null);
		Organisation trust = organisation(Sector.COMMUNITY_HEALTH);
		Organisation council = organisation(Sector.SOCIAL_CARE);
		TermsAndConditions charity = f.createTermsAndConditions();
		charity.setPayScale(" charity SCALE ");

		Post nurse = post(trust, " 6 ", 0.5, null);
		assertEquals(30_000, PayTable.of(model).annualCost(nurse).orElseThrow(), 1e-9);
		Post worker = post(trust, "6", 1.0, charity);
		assertEquals(40_000, PayTable.of(model).annualCost(worker).orElseThrow(), 1e-9, "the terms' scale comes first");
		Post social = post(council, "so1", 1.0, null);
		assertEquals(50_000, PayTable.of(model).annualCost(social).orElseThrow(), 1e-9);

		Post unbanded = post(council, "", 1.0, null);
		assertTrue(PayTable.of(model).annualCost(unbanded).isEmpty());
		assertEquals("it has no band: set its band", PayTable.of(model).whyNoCost(unbanded));
		Post offTable = post(council, "7", 1.0, charity);
		assertEquals("the pay table has no band \"7\" in the scale \"charity SCALE\" nor for the "
				+ Sector.SOCIAL_CARE.getLiteral() + " sector: add it to the pay table", PayTable.of(model).whyNoCost(offTable));
		assertNull(PayTable.of(model).whyNoCost(social));
	}

	@Test
	void aBandWithoutSectorCostsNoPostWithoutTerms() {
		band("Charity scale", "6", 40_000, null);
		assertTrue(PayTable.of(model).annualCost(post(organisation(Sector.values()[0]), "6", 1, null)).isEmpty());
	}

	private void band(String scale, String name, double cost, Sector sector) {
		PayBand band = f.createPayBand();
		band.setScale(scale);
		band.setBand(name);
		band.setAnnualCost(cost);
		if (sector != null) {
			band.setSector(sector);
		}
		model.getPayBands().add(band);
	}

	private Organisation organisation(Sector sector) {
		Organisation organisation = f.createOrganisation();
		organisation.setSector(sector);
		model.getOrganisations().add(organisation);
		return organisation;
	}

	private Post post(Organisation employer, String band, double fte, TermsAndConditions terms) {
		Post post = f.createPost();
		post.setEmployer(employer);
		post.setBand(band);
		post.setFte(fte);
		post.setTerms(terms);
		model.getPosts().add(post);
		return post;
	}
}
