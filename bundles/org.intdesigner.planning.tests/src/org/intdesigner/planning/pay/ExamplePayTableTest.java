package org.intdesigner.planning.pay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.intdesigner.model.IntdModel;
import org.intdesigner.model.PayBand;
import org.intdesigner.model.Post;
import org.intdesigner.model.Sector;
import org.intdesigner.model.samples.ExamplePlace;
import org.junit.jupiter.api.Test;

/**
 * The example's pay table costs every post of the example place, each on the scale its terms name. The place's pay bill
 * is about £10.9 million a year with on-costs: 162 posts, 145.6 whole-time equivalents, at an average of about
 * £74,000 each (mostly Agenda for Change bands 4 to 8a with inner London HCAS, a band 6 costing about £70,000 with NHS
 * pension and employer's NI; salaried GPs, consultants and directors above £120,000; charity grades about £35,000),
 * and it is held between £10m and £12m here.
 */
class ExamplePayTableTest {

	private final IntdModel example = ExamplePlace.create();
	private final PayTable table = PayTable.of(example);

	@Test
	void everyExamplePostIsCostedOnTheScaleOfItsTerms() {
		List<String> uncosted = new ArrayList<>();
		for (Post post : example.getPosts()) {
			if (table.whyNoCost(post) != null) {
				uncosted.add(post.getCode() + ": " + table.whyNoCost(post));
			}
		}
		assertEquals(List.of(), uncosted);
		for (Post post : example.getPosts()) {
			assertEquals(post.getTerms().getPayScale(), table.bandOf(post).getScale(),
					post.getCode() + " is costed on its own terms' scale, not on its sector's");
		}
	}

	@Test
	void thePlacesPayBillIsPlausible() {
		double bill = example.getPosts().stream().mapToDouble(p -> table.annualCost(p).orElseThrow()).sum();
		double fte = example.getPosts().stream().mapToDouble(Post::getFte).sum();
		assertTrue(bill > 10_000_000 && bill < 12_000_000, "pay bill " + Math.round(bill));
		assertTrue(bill / fte > 65_000 && bill / fte < 85_000, "average cost per FTE " + Math.round(bill / fte) + " of " + fte);
	}

	@Test
	void bandsAreCostedWithTheirOnCosts() {
		// band 6 with HCAS: mid point (38,682 + 46,580) / 2 = 42,631; HCAS 20 % = 8,526, capped at 8,465; pay 51,096;
		// pension 23.7 % = 12,109.75; NI 15 % of 46,096 = 6,914.4; total 70,120
		PayBand band6 = band("Agenda for Change (inner London HCAS)", "AfC 6");
		assertEquals(70_120, band6.getAnnualCost(), 1);
		assertEquals(Sector.COMMUNITY_HEALTH, band6.getSector());
		assertTrue(band6.getDescription().contains("23.7 %") && band6.getDescription().contains("15 % above £5,000"),
				band6.getDescription());
		// the same band mirrored by a PCN, without HCAS: 42,631 + 10,103.5 + 5,644.65
		assertEquals(58_379, band("Agenda for Change (mirrored)", "AfC 6").getAnnualCost(), 1);
		// a charity's grade 3: mid point 30,000 + pension 5 % 1,500 + NI 3,750
		assertEquals(35_250, band("Charity own scale", "Charity grade 3").getAnnualCost(), 1);
		assertEquals(Sector.VCFSE, band("Charity own scale", "Charity grade 3").getSector());
		// a council's SO1: mid point 39,600 + LGPS 18 % 7,128 + NI 5,190
		assertEquals(51_918, band("NJC pay spine (London weighting)", "NJC SO1").getAnnualCost(), 1);
	}

	@Test
	void aPostWithoutTermsIsCostedOnItsSectorsScale() {
		Post nurse = example.getPosts().stream().filter(p -> p.getCode().equals("docklands-dn1")).findFirst().orElseThrow();
		double onTerms = table.annualCost(nurse).orElseThrow();
		nurse.setTerms(null);
		assertNotNull(table.bandOf(nurse));
		assertEquals(onTerms, table.annualCost(nurse).orElseThrow(), 1e-9, "the community trust's sector scale is its terms'");
	}

	private PayBand band(String scale, String band) {
		return example.getPayBands().stream().filter(b -> b.getScale().equals(scale) && b.getBand().equals(band)).findFirst()
				.orElseThrow(() -> new AssertionError("no band " + band + " in " + scale));
	}
}
