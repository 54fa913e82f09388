package org.intdesigner.model.samples;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.intdesigner.model.AccountabilityItem;
import org.intdesigner.model.AccountabilityKind;
import org.intdesigner.model.Arrangement;
import org.intdesigner.model.ArrangementKind;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Organisation;
import org.intdesigner.model.Post;
import org.intdesigner.model.RaciCode;
import org.intdesigner.model.Team;
import org.intdesigner.model.TeamKind;
import org.intdesigner.model.TransitionWave;
import org.intdesigner.model.compare.Scenarios;

/**
 * The scenario the example ships: "Riverside: Docklands in two MDTs", a to-be version of {@link ExamplePlace} made with
 * {@link Scenarios#newScenario} in which the Docklands neighbourhood's four MDTs become two.
 * <p>
 * Why this split: Docklands is the example's youngest neighbourhood (its children and families cohort is 1.3 times the
 * place's share, its older people 0.7 times), and its four MDTs each saw a few of the same families and the same
 * older people. The split is by cohort, not by geography: the <b>families and mental health MDT</b> (new, hosted by
 * the mental health trust) serves children and families and adults with mental health needs, because in Docklands
 * they are mostly the same households (parents' mental health is the commonest reason for early help); the frailty MDT
 * becomes the <b>ageing well and complex care MDT</b>, serving frailty, the last year of life and adults with complex
 * needs, whose people share community nursing, social work and care coordination. The children and families, complex
 * needs and mental health MDTs close; their posts, requirements, accountabilities and interactions move to the MDT
 * that takes on their cohorts.
 * <p>
 * Three waves, each listing the ids of the elements whose changes it carries:
 * <ol>
 * <li>2026-07-01: the two MDTs; posts moved into them; RACI of their items; hosting for staff now working in the
 * mental health trust's MDT. The Docklands mental health practitioner moves in this wave and is to be line-managed by
 * the families MDT's manager, whose post only comes in wave 2: after wave 1 the practitioner has no line manager, on
 * purpose, for the transition plan's check to find.</li>
 * <li>2026-10-01: the families MDT's manager and two more mental health posts (new), the MDT's one family plan with
 * the manager Accountable, and the re-banding of the first district nurse (AfC 6 to 7) as the ageing well MDT's
 * caseload holder.</li>
 * <li>2027-01-04: the paramedic moves from the PCN to the community trust (employer change, hosted in the PCN's core
 * team under a new hosting arrangement, line-managed by the nursing team manager, supervised by the community matron);
 * the first contact physiotherapist post closes (the community physiotherapist covers its work).</li>
 * </ol>
 * Everything else keeps its id; new elements take ids derived from this scenario's name.
 */
public final class ExampleScenario {

	public static final String NAME = "Riverside: Docklands in two MDTs";

	private static final String NAMESPACE = "intd-example/riverside-docklands-two-mdts";

	private final IntdModel scenario;
	private final ModelBuilder b;
	private final ScenarioEdits edits;
	private final List<String> scheduled = new ArrayList<>();
	private IntdModel before;

	private ExampleScenario(IntdModel scenario) {
		this.scenario = scenario;
		this.b = new ModelBuilder(NAMESPACE, scenario);
		this.edits = new ScenarioEdits(b);
	}

	/** The scenario of a fresh example place, naming {@code baselineFile} as it will be seen from {@code scenarioFile}. */
	public static IntdModel create(Path baselineFile, Path scenarioFile) {
		return of(ExamplePlace.create(), baselineFile, scenarioFile);
	}

	/** The scenario of {@code baseline} (the example place, unchanged), which is left as it was. */
	public static IntdModel of(IntdModel baseline, Path baselineFile, Path scenarioFile) {
		ExampleScenario docklands = new ExampleScenario(Scenarios.newScenario(baseline, NAME, baselineFile, scenarioFile));
		docklands.scenario.setDescription("A to-be version of the Riverside example: Docklands' four MDTs become two, by"
				+ " cohort (families and mental health; ageing well and complex care), in three waves in 2026/27.");
		docklands.wave1();
		docklands.wave2();
		docklands.wave3();
		return docklands.scenario;
	}

	private void wave1() {
		begin();
		Team core = edits.team("docklands-core");
		Team ageing = edits.team("docklands-frailty");
		ageing.setName("Docklands ageing well and complex care MDT");
		ageing.setPurpose("Proactive care for older people, people in their last year of life and adults with complex"
				+ " needs: one care plan, one weekly review");
		Team families = b.team(core, "docklands-families", "Docklands families and mental health MDT", TeamKind.MDT,
				"Early help and mental health support for Docklands households, around the family hub",
				ageing.getArea(), organisation("mht"), edits.post("docklands-cpn"));
		edits.merge(edits.team("docklands-cyp"), families);
		edits.merge(edits.team("docklands-mh"), families);
		edits.merge(edits.team("docklands-complex"), ageing);
		edits.renameInteractions();
		for (Post post : scenario.getPosts()) {
			if (post.getCode().startsWith("docklands-")) {
				edits.hosting(post);
			}
		}
		b.raci(edits.item("docklands-mh-caseload"), edits.post("docklands-csw"), RaciCode.C);
		b.raci(edits.item("docklands-complex-coordination"), edits.post("docklands-cm"), RaciCode.S);
		b.raci(edits.item("docklands-mdt-prioritisation"), families, RaciCode.I);
		end("1", "Wave 1: two MDTs", "2026-07-01", "Docklands INT lead (GP with extended role)",
				"Docklands' families and older people were each seen by several of its four MDTs: the MDTs merge by"
						+ " cohort into a families and mental health MDT and an ageing well and complex care MDT.");
	}

	private void wave2() {
		begin();
		Post practitioner = edits.post("docklands-mhp");
		Team families = edits.team("docklands-families");
		Organisation mht = organisation("mht");
		Post manager = newPost("docklands-fmh-mgr", "cpn", "Families and mental health MDT manager, Docklands", "AfC 8a",
				post("mht-exec"), families);
		// wave 1 moved the practitioner and lists it: its new manager comes with this wave, so after wave 1 it has none
		practitioner.setLineManager(manager);
		newPost("docklands-mhp2", "mhp", "Mental health practitioner 2, Docklands", "AfC 6", manager, families);
		newPost("docklands-cpn2", "cpn", "Community mental health nurse (parents), Docklands", "AfC 6", manager, families);
		for (Post post : List.of(manager, post("docklands-mhp2"), post("docklands-cpn2"))) {
			edits.organisational(mht).getMembers().add(post);
		}
		AccountabilityItem plan = b.item("docklands-family-plan", "Docklands: One plan per family across early help and"
				+ " mental health", AccountabilityKind.CARE_FUNCTION, families);
		b.raci(plan, manager, RaciCode.A);
		b.raci(plan, post("docklands-hv"), RaciCode.R);
		b.raci(plan, practitioner, RaciCode.R);
		b.raci(plan, post("docklands-fsw"), RaciCode.S);
		b.raci(plan, edits.team("riverside-spec-paed"), RaciCode.C);
		b.raci(plan, post("docklands-gp1"), RaciCode.I);
		post("docklands-dn1").setBand("AfC 7");
		end("2", "Wave 2: the families MDT staffed", "2026-10-01", "Docklands families and mental health MDT lead",
				"The families and mental health MDT gets its own manager and two more mental health posts, and one"
						+ " plan per family; the first district nurse holds the ageing well MDT's caseload at band 7.");
	}

	private void wave3() {
		begin();
		Post paramedic = post("docklands-para");
		Organisation pcn = paramedic.getEmployer();
		Organisation trust = organisation("cht");
		paramedic.setEmployer(trust);
		paramedic.setTerms(trust.getTerms().get(0));
		if (!trust.getTerms().get(0).getRoles().contains(paramedic.getRole())) {
			trust.getTerms().get(0).getRoles().add(paramedic.getRole());
		}
		paramedic.setLineManager(post("docklands-ctm"));
		paramedic.setSupervisor(post("docklands-cm"));
		edits.moveBoundary(paramedic, pcn, trust);
		for (Arrangement arrangement : scenario.getArrangements()) {
			arrangement.getCovers().remove(paramedic);
		}
		paramedic.setHostArrangement(null);
		Arrangement hosting = b.arrangement("hosting-docklands-para", "Docklands paramedic: employed by "
				+ trust.getName() + ", working in the PCN's core team", ArrangementKind.HOSTING, pcn,
				edits.organisational(trust));
		hosting.getParties().add(trust);
		hosting.getCovers().add(paramedic);
		paramedic.setHostArrangement(hosting);
		Arrangement supervision = edits.find(scenario.getArrangements(), "supervision-cht");
		supervision.getCovers().add(paramedic);
		if (!supervision.getParties().contains(pcn)) {
			supervision.getParties().add(pcn);
		}
		EcoreUtil.delete(post("docklands-fcp"), true);
		end("3", "Wave 3: paramedic to the community trust", "2027-01-04",
				"Docklands and Hillside PCN clinical director",
				"The paramedic joins the community trust's urgent community response and stays in the core team,"
						+ " hosted by the PCN; the first contact physiotherapy post closes, the community physiotherapist"
						+ " covering its work.");
	}

	private Post newPost(String code, String role, String name, String band, Post manager, Team team) {
		Organisation mht = organisation("mht");
		Post post = b.post(code, name, roleOf(role), mht, 1.0, band, null, manager);
		b.allocate(post, team, 1.0);
		return post;
	}

	private org.intdesigner.model.Role roleOf(String code) {
		return edits.find(scenario.getRoles(), code);
	}

	private Post post(String code) {
		return edits.post(code);
	}

	private Organisation organisation(String code) {
		return edits.find(scenario.getOrganisations(), code);
	}

	/** Starts a wave: what the scenario is before it. */
	private void begin() {
		before = EcoreUtil.copy(scenario);
	}

	/** Ends a wave: it lists the elements it changed that no earlier wave listed. */
	private void end(String number, String name, String date, String owner, String reason) {
		TransitionWave wave = b.wave("docklands-wave-" + number, name, date, owner, reason);
		for (String id : ScenarioEdits.changedElements(before, scenario)) {
			if (!scheduled.contains(id)) {
				scheduled.add(id);
				wave.getElementIds().add(id);
			}
		}
	}
}
