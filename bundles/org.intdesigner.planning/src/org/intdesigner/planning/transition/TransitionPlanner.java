package org.intdesigner.planning.transition;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.intdesigner.analysis.engine.RuleRegistry;
import org.intdesigner.analysis.engine.RuleSettings;
import org.intdesigner.analysis.engine.Validator;
import org.intdesigner.model.Identified;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.PayBand;
import org.intdesigner.model.Post;
import org.intdesigner.model.TransitionWave;
import org.intdesigner.model.compare.ModelChange;
import org.intdesigner.model.compare.ModelComparison;
import org.intdesigner.planning.pay.PayTable;

/**
 * Makes the transition plan from a baseline to its scenario: the changes between them
 * ({@link ModelComparison}), placed in the scenario's waves ({@link WaveSchedule}) and applied wave by wave to a copy
 * of the baseline ({@link WaveStates}); for each wave its typed changes ({@link ChangeTyping}), the people holding the
 * posts it changes, its cost and the run rate after it ({@link PayBill}: the baseline costed with its own pay table,
 * everything after with the scenario's) and the findings it brings ({@link WaveFindings}). The scenario's own
 * bookkeeping (its name, its waves, its pay table) is no change of the design: it is applied last, with no wave.
 */
public final class TransitionPlanner {

	private final IntdModel baseline;
	private final IntdModel scenario;
	private final Validator validator;
	private IntdModel finalState;

	TransitionPlanner(IntdModel baseline, IntdModel scenario, Validator validator) {
		this.baseline = baseline;
		this.scenario = scenario;
		this.validator = validator;
	}

	/** With every validation rule installed, at its default settings. */
	public static TransitionPlan plan(IntdModel baseline, IntdModel scenario) {
		return plan(baseline, scenario, new Validator(RuleRegistry.getDefault().getRules(), RuleSettings.defaults()));
	}

	/**
	 * @throws IllegalArgumentException when the models share no id; {@link InvalidWavesException} when a wave has no date as yyyy-mm-dd, or two waves
	 *         list one element (the message names the waves)
	 */
	public static TransitionPlan plan(IntdModel baseline, IntdModel scenario, Validator validator) {
		return new TransitionPlanner(baseline, scenario, validator).plan();
	}

	TransitionPlan plan() {
		List<ModelChange> changes = ModelComparison.compare(baseline, scenario);
		WaveSchedule schedule = WaveSchedule.of(scenario);
		Map<String, Identified> baselineIds = WaveStates.index(baseline);
		Map<String, Identified> scenarioIds = WaveStates.index(scenario);
		int count = schedule.waves().size();
		List<List<ModelChange>> byWave = new ArrayList<>();
		for (int i = 0; i <= count; i++) {
			byWave.add(new ArrayList<>());
		}
		List<ModelChange> bookkeeping = new ArrayList<>();
		for (ModelChange change : changes) {
			Identified element = change.change() == ModelChange.Kind.REMOVED ? baselineIds.get(change.id())
					: scenarioIds.get(change.id());
			if (isBookkeeping(element)) {
				bookkeeping.add(change);
			} else {
				int wave = schedule.waveOf(element);
				byWave.get(wave < 0 ? count : wave).add(change);
			}
		}
		WaveStates states = new WaveStates(baseline, scenario, changes);
		PayTable payTable = PayTable.of(scenario);
		WaveFindings findings = new WaveFindings(validator, baseline);
		List<PlanWave> waves = new ArrayList<>();
		for (int i = 0; i <= count; i++) {
			List<ModelChange> raw = byWave.get(i);
			if (i == count && raw.isEmpty()) {
				break;
			}
			Map<String, Identified> before = WaveStates.index(states.current());
			IntdModel state = states.apply(raw);
			Map<String, Identified> after = WaveStates.index(state);
			Set<String> posts = postsOf(raw, before, after);
			PayBill.Sum cost = PayBill.change(posts, before, after, payTable);
			PayBill.Sum runRate = PayBill.of(state, payTable);
			List<PlanChange> typed = new ChangeTyping(before, after).type(raw);
			List<AffectedPerson> people = inOrderOf(typed, posts).stream().map(id -> person(id, before, after)).toList();
			List<PlanFinding> brought = findings.after(state);
			if (i < count) {
				TransitionWave wave = schedule.waves().get(i).wave();
				waves.add(new PlanWave(wave.getId(), schedule.waves().get(i).name(), schedule.waves().get(i).date().toString(),
						text(wave.getOwner()), text(wave.getReason()), true, typed, people, cost.amount(), cost.uncosted(),
						runRate.amount(), runRate.uncosted(), brought));
			} else {
				waves.add(new PlanWave("", PlanWave.UNSCHEDULED, "", "", "in no wave of the scenario", false, typed, people,
						cost.amount(), cost.uncosted(), runRate.amount(), runRate.uncosted(), brought));
			}
		}
		finalState = states.apply(bookkeeping);
		PayTable baselineTable = PayTable.of(baseline);
		PayBill.Sum baselineBill = PayBill.of(baseline, baselineTable);
		List<UncostedPost> uncosted = new ArrayList<>();
		List<String> notes = new ArrayList<>();
		for (String which : List.of("baseline", "scenario")) {
			IntdModel model = which.equals("baseline") ? baseline : scenario;
			PayTable table = which.equals("baseline") ? baselineTable : payTable;
			if (table.isEmpty()) {
				// every post would be listed: say it once
				notes.add("The " + which + " has no pay table, so none of its posts is costed: add its pay bands (scale,"
						+ " band, annual cost with on-costs).");
			} else {
				uncosted.addAll(PayBill.uncosted(model, table, which));
			}
		}
		return new TransitionPlan(text(baseline.getName()), text(scenario.getName()), List.copyOf(waves),
				baselineBill.amount(), baselineBill.uncosted(), List.copyOf(uncosted), List.copyOf(notes), schedule.warnings());
	}

	/** The model with every change applied, waves, unscheduled and bookkeeping: the scenario again, after {@link #plan()}. */
	IntdModel finalState() {
		return finalState;
	}

	/** The posts a wave's changes are about (a post's own changes and those of what it holds), in order. */
	private static Set<String> postsOf(List<ModelChange> raw, Map<String, Identified> before, Map<String, Identified> after) {
		Set<String> posts = new LinkedHashSet<>();
		for (ModelChange change : raw) {
			Identified element = after.containsKey(change.id()) ? after.get(change.id()) : before.get(change.id());
			for (EObject e = element; e != null; e = e.eContainer()) {
				if (e instanceof Post post) {
					posts.add(post.getId());
					break;
				}
			}
		}
		return posts;
	}

	/** The posts in the order the plan lists their changes. */
	private static Set<String> inOrderOf(List<PlanChange> typed, Set<String> posts) {
		Set<String> ordered = new LinkedHashSet<>();
		typed.stream().map(PlanChange::id).filter(posts::contains).forEach(ordered::add);
		ordered.addAll(posts);
		return ordered;
	}

	private static AffectedPerson person(String id, Map<String, Identified> before, Map<String, Identified> after) {
		Post was = (Post) before.get(id);
		Post now = (Post) after.get(id);
		Post post = now != null ? now : was;
		return new AffectedPerson(id, PlanNames.code(post), PlanNames.post(post), holder(was), holder(now));
	}

	private static String holder(Post post) {
		if (post == null) {
			return AffectedPerson.NO_POST;
		}
		return post.isVacant() || !PlanNames.text(post.getHolder()) ? AffectedPerson.VACANT : post.getHolder().trim();
	}

	/** The model itself, its waves and its pay table: what the plan is made from, not what it changes. */
	private static boolean isBookkeeping(EObject element) {
		if (element instanceof IntdModel) {
			return true;
		}
		for (EObject e = element; e != null; e = e.eContainer()) {
			if (e instanceof TransitionWave || e instanceof PayBand) {
				return true;
			}
		}
		return false;
	}

	private static String text(String text) {
		return text == null ? "" : text;
	}
}
