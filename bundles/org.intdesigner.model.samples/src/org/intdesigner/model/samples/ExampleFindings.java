package org.intdesigner.model.samples;

import java.util.Map;
import java.util.stream.Collectors;

import org.intdesigner.model.AccountabilityItem;
import org.intdesigner.model.Arrangement;
import org.intdesigner.model.ArrangementKind;
import org.intdesigner.model.CohortKind;
import org.intdesigner.model.Post;
import org.intdesigner.model.RaciCode;
import org.intdesigner.model.Role;
import org.intdesigner.model.Suppression;

/**
 * What validation finds in the example, on purpose. A design with no findings teaches nothing, so
 * the example keeps a few mistakes real INT designs make, one of each kind, for the user to find
 * and fix; and the partners have looked at some findings and accepted them (suppressed, with the
 * reason). Everything else in the example is meant to pass validation.
 */
final class ExampleFindings {

	static final String ACCEPTED_BY = "Riverside workforce and OD hub";
	static final String ACCEPTED_ON = "2026-10-01";

	private final ExamplePlace place;
	private final ExampleWorkforce workforce;
	private final ModelBuilder b;

	ExampleFindings(ExamplePlace place, ExampleWorkforce workforce) {
		this.place = place;
		this.workforce = workforce;
		this.b = place.b;
	}

	void build() {
		jointAccountabilityAsTwoAccountableParties();
		outcomeWithNobodyResponsible();
		newTeamWithoutALead();
		pcnManagerManagesEveryArrsPost();
		paramedicWithoutProfessionalSupervisor();
		charityWorkerHostedWithoutAnArrangement();
		partnersServeACohortBeyondTheirSkills();
		smallCharitiesHaveNarrowSpans();
	}

	/** ACC-002: the partners record "joint accountability" for clinical governance as two A's. */
	private void jointAccountabilityAsTwoAccountableParties() {
		b.raci(item("riverside-clinical-governance"), workforce.posts.get("cht-exec"), RaciCode.A);
	}

	/** ACC-003: an outcome the director answers for, with nobody named to do the work. */
	private void outcomeWithNobodyResponsible() {
		item("riverside-inequalities").getAssignments().removeIf(a -> a.getCode() == RaciCode.R);
	}

	/** TEAM-002: the population health team has just been set up and its lead is not yet agreed. */
	private void newTeamWithoutALead() {
		workforce.team("place", "PHM").setLead(null);
	}

	/**
	 * SPAN-001: in Docklands and Hillside PCN the PCN manager line-manages every post the PCN funds
	 * through ARRS, in both neighbourhoods, a pattern common in PCNs and too wide a span.
	 */
	private void pcnManagerManagesEveryArrsPost() {
		Post manager = workforce.posts.get("pcn-dh-pcnm");
		for (Post post : workforce.posts.values()) {
			if (post.getEmployer() == manager.getEmployer() && post.getRole().isArrs() && post != manager) {
				post.setLineManager(manager);
			}
		}
	}

	/** BND-001: no paramedic in the PCN, so Hillside's paramedic has no professional supervisor named. */
	private void paramedicWithoutProfessionalSupervisor() {
		Post paramedic = workforce.posts.get("hillside-para");
		paramedic.setSupervisor(null);
		b.model.getArrangements().stream().filter(a -> a.getKind() == ArrangementKind.PROFESSIONAL_SUPERVISION)
				.forEach(a -> a.getCovers().remove(paramedic));
	}

	/** BND-002: Riverside Mind's worker in the trust's community mental health team, no hosting agreed. */
	private void charityWorkerHostedWithoutAnArrangement() {
		Post worker = workforce.posts.get("mind-chww");
		Arrangement hosting = worker.getHostArrangement();
		worker.setHostArrangement(null);
		hosting.getCovers().remove(worker);
	}

	/**
	 * SKL-001: Hillside's community partners have taken on carers of people with mental illness, but
	 * nobody in the team has mental health skills.
	 */
	private void partnersServeACohortBeyondTheirSkills() {
		workforce.team("hillside", "PARTNERS").getServedCohorts()
				.add(place.cohorts.get("hillside").get(CohortKind.MENTAL_HEALTH));
	}

	/** SPAN-002, accepted: the neighbourhood charities are small, their managers manage one or two people. */
	private void smallCharitiesHaveNarrowSpans() {
		Role charityManager = place.catalogue.role("vcm");
		Map<Post, Long> reports = b.model.getPosts().stream().filter(p -> p.getLineManager() != null)
				.collect(Collectors.groupingBy(Post::getLineManager, Collectors.counting()));
		for (Post post : workforce.posts.values()) {
			long span = reports.getOrDefault(post, 0L);
			if (post.getRole() == charityManager && span > 0 && span < 3) {
				Suppression accepted = b.id(ModelBuilder.F.createSuppression(), "post/" + post.getCode() + "/accepted/SPAN-002");
				accepted.setRuleId("SPAN-002");
				accepted.setReason(post.getEmployer().getName() + " is a small charity: its manager line-manages all"
						+ " its staff in this design, as expected.");
				accepted.setSuppressedBy(ACCEPTED_BY);
				accepted.setDate(ACCEPTED_ON);
				post.getSuppressions().add(accepted);
			}
		}
	}

	private AccountabilityItem item(String code) {
		return b.model.getAccountabilities().stream().filter(i -> code.equals(i.getCode())).findFirst()
				.orElseThrow(() -> new IllegalStateException("no accountability " + code));
	}
}
