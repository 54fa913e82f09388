package org.intdesigner.development.ui;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.intdesigner.development.RequirementCheck;
import org.intdesigner.development.SkillSufficiency;
import org.intdesigner.development.SkillsAnalysis;
import org.intdesigner.development.SufficiencyReport;
import org.intdesigner.development.Teams;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Team;

/**
 * What diagram specifications call as {@code skills:...}: the skill sufficiency of a team (its own requirements met /
 * its requirements) against the threshold of the preferences, for the Skill sufficiency diagram's styles, decoration
 * and filter. The sufficiency of a model is worked out once and kept until the model changes (an adapter on it hears
 * every change) or the workforce store's snapshot is read again.
 */
public class SkillsDiagramServices {

	/** The team has requirements and meets fewer of them than the threshold. */
	public boolean below(EObject team) {
		double sufficiency = sufficiency(team);
		return !Double.isNaN(sufficiency) && sufficiency < SufficiencyThreshold.get();
	}

	/** The team or one of its sub-teams (at any depth) is below the threshold. */
	public boolean belowWithin(EObject team) {
		return team instanceof Team t && Teams.withSubTeams(t).stream().anyMatch(this::below);
	}

	/** The team has requirements at all. */
	public boolean measured(EObject team) {
		return !Double.isNaN(sufficiency(team));
	}

	/** Percent of the team's own requirements met; NaN without requirements (or for anything but a team). */
	public double sufficiency(EObject team) {
		List<RequirementCheck> checks = checks(team);
		return checks.isEmpty() ? Double.NaN : checks.stream().filter(RequirementCheck::met).count() * 100.0 / checks.size();
	}

	/** "75 % (9 of 12)" or "no requirements", for a label. */
	public String label(EObject team) {
		List<RequirementCheck> checks = checks(team);
		if (checks.isEmpty()) {
			return "no skill requirements";
		}
		long met = checks.stream().filter(RequirementCheck::met).count();
		return String.format(Locale.ROOT, "skills %.0f %% (%d of %d)", met * 100.0 / checks.size(), met, checks.size());
	}

	/** The tooltip: the figures, the threshold, the unmet requirements. */
	public String describe(EObject team) {
		List<RequirementCheck> checks = checks(team);
		if (checks.isEmpty()) {
			return "No skill requirements.";
		}
		String gaps = checks.stream().filter(c -> !c.met())
				.map(c -> c.requirement().capability().getName() + " (short by " + c.shortBy() + ")")
				.collect(Collectors.joining(", "));
		long single = checks.stream().filter(RequirementCheck::singlePoint).count();
		return "Skill sufficiency " + label(team).substring("skills ".length()) + ", threshold " + SufficiencyThreshold.get()
				+ " %" + (single == 0 ? "" : "; " + single + " single point" + (single == 1 ? "" : "s"))
				+ (gaps.isEmpty() ? "" : "\nGaps: " + gaps);
	}

	private static List<RequirementCheck> checks(EObject object) {
		if (!(object instanceof Team team) || !(EcoreUtil.getRootContainer(team) instanceof IntdModel model)) {
			return List.of();
		}
		return report(model).checksOf(team);
	}

	private static SufficiencyReport report(IntdModel model) {
		SkillRecordsSource.Snapshot snapshot = SkillRecordsSource.get();
		synchronized (Cached.class) {
			// kept on the model itself, so it goes with the model
			Cached cached = (Cached) EcoreUtil.getExistingAdapter(model, Cached.class);
			if (cached == null) {
				cached = new Cached();
				model.eAdapters().add(cached);
			}
			if (cached.report == null || cached.snapshot != snapshot) {
				cached.snapshot = snapshot;
				cached.report = SkillsAnalysis.sufficiency(model, snapshot.records(),
						SkillsAnalysis.defaultDay(snapshot.records()), SkillSufficiency.DEFAULT_EXPIRING_DAYS);
			}
			return cached.report;
		}
	}

	/** A model's report, dropped at its next change. */
	private static final class Cached extends EContentAdapter {
		SkillRecordsSource.Snapshot snapshot;
		volatile SufficiencyReport report;

		@Override
		public boolean isAdapterForType(Object type) {
			return type == Cached.class;
		}

		@Override
		public void notifyChanged(Notification notification) {
			super.notifyChanged(notification);
			if (!notification.isTouch()) {
				report = null;
			}
		}
	}
}
