package org.intdesigner.development.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.intdesigner.development.Cohort;
import org.intdesigner.development.CommunityOfPractice;
import org.intdesigner.development.Level;
import org.intdesigner.development.ModelCodes;
import org.intdesigner.development.Rotation;
import org.intdesigner.development.StaffMember;
import org.intdesigner.development.TrainingNeed;
import org.intdesigner.development.TrainingPlan;

/**
 * The four tables of the training plan, one tab each: the training needs analysis, the course cohorts (joint across
 * partners where the course allows), rotations and shadowing between partners, and communities of practice.
 */
final class TrainingPlanTables {

	private final TabFolder tabs;
	private final TableViewer needs;
	private final TableViewer cohorts;
	private final TableViewer rotations;
	private final TableViewer communities;
	/** organisation code to name, for the plan shown */
	private Map<String, String> organisations = Map.of();

	TrainingPlanTables(Composite parent) {
		tabs = new TabFolder(parent, SWT.TOP);
		needs = table("Training needs");
		column(needs, "Team", 220, (TrainingNeed n) -> n.gap().requirement().team().getName());
		column(needs, "Capability", 220, (TrainingNeed n) -> n.gap().requirement().capability().getName());
		column(needs, "Level", 95, (TrainingNeed n) -> Level.label(n.gap().requirement().level()));
		column(needs, "Short", 45, (TrainingNeed n) -> Integer.toString(n.gap().shortBy()));
		column(needs, "Learners", 240, (TrainingNeed n) -> labels(n.learners()));
		column(needs, "Course", 170, (TrainingNeed n) -> n.course() == null ? "" : n.course().getName());
		column(needs, "Hours", 55, (TrainingNeed n) -> number(n.hours()));
		column(needs, "Cost", 70, (TrainingNeed n) -> money(n.cost()));
		column(needs, "Advice", 480, TrainingNeed::advice);
		cohorts = table("Cohorts");
		column(cohorts, "Course", 200, (Cohort c) -> c.course().getName());
		column(cohorts, "Organisations", 220, (Cohort c) -> c.organisations().stream().map(this::organisation)
				.collect(Collectors.joining(", ")));
		column(cohorts, "Joint", 50, (Cohort c) -> c.joint() ? "joint" : "");
		column(cohorts, "Learners", 60, (Cohort c) -> Integer.toString(c.learners().size()));
		column(cohorts, "Hours", 60, (Cohort c) -> number(c.hours()));
		column(cohorts, "Cost", 80, (Cohort c) -> money(c.cost()));
		column(cohorts, "Who", 320, (Cohort c) -> labels(c.learners()));
		rotations = table("Rotations");
		column(rotations, "Neighbourhood", 120, (Rotation r) -> r.neighbourhood().getName());
		column(rotations, "From", 200, (Rotation r) -> r.first().label() + ", " + organisation(r.first().organisation()));
		column(rotations, "Of team", 170, (Rotation r) -> r.firstTeam().getName());
		column(rotations, "Brings", 150, (Rotation r) -> r.closedInSecondTeam().requirement().capability().getName());
		column(rotations, "Swaps with", 200, (Rotation r) -> r.second().label() + ", " + organisation(r.second().organisation()));
		column(rotations, "Of team ", 170, (Rotation r) -> r.secondTeam().getName());
		column(rotations, "Who brings", 150, (Rotation r) -> r.closedInFirstTeam().requirement().capability().getName());
		communities = table("Communities of practice");
		column(communities, "Place", 110, (CommunityOfPractice c) -> c.place().getName());
		column(communities, "Capability", 180, (CommunityOfPractice c) -> c.capability().getName());
		column(communities, "Members", 65, (CommunityOfPractice c) -> Integer.toString(c.members().size()));
		column(communities, "Convenors (experts)", 240, (CommunityOfPractice c) -> labels(c.convenors()));
		column(communities, "Organisations", 300, (CommunityOfPractice c) -> c.organisations().stream().map(this::organisation)
				.collect(Collectors.joining(", ")));
	}

	/** Calls {@code open} with the team of a training need double-clicked (a team of the plan's copy of the model). */
	void onNeedOpened(java.util.function.Consumer<org.intdesigner.model.Team> open) {
		needs.addDoubleClickListener(event -> {
			if (event.getSelection() instanceof org.eclipse.jface.viewers.IStructuredSelection selection
					&& selection.getFirstElement() instanceof TrainingNeed need) {
				open.accept(need.gap().requirement().team());
			}
		});
	}

	TabFolder getControl() {
		return tabs;
	}

	void show(TrainingPlan plan) {
		Map<String, String> names = new HashMap<>();
		plan.report().model().getOrganisations().forEach(o -> names.put(ModelCodes.of(o), o.getName()));
		organisations = names;
		needs.setInput(plan.needs());
		cohorts.setInput(plan.cohorts());
		rotations.setInput(plan.rotations());
		communities.setInput(plan.communities());
		tabs.getItem(0).setText("Training needs (" + plan.needs().size() + ")");
		tabs.getItem(1).setText("Cohorts (" + plan.cohorts().size() + ")");
		tabs.getItem(2).setText("Rotations (" + plan.rotations().size() + ")");
		tabs.getItem(3).setText("Communities of practice (" + plan.communities().size() + ")");
	}

	/** The table of a tab: 0 needs, 1 cohorts, 2 rotations, 3 communities. */
	TableViewer viewer(int tab) {
		return List.of(needs, cohorts, rotations, communities).get(tab);
	}

	private TableViewer table(String title) {
		TabItem item = new TabItem(tabs, SWT.NONE);
		item.setText(title);
		TableViewer viewer = new TableViewer(tabs, SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		item.setControl(viewer.getControl());
		return viewer;
	}

	@SuppressWarnings("unchecked")
	private static <T> void column(TableViewer viewer, String title, int width, Function<T, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((T) element);
			}
		});
	}

	private String organisation(String code) {
		return code == null ? "(no organisation)" : organisations.getOrDefault(code, code);
	}

	private static String labels(List<StaffMember> members) {
		return members.stream().map(StaffMember::label).collect(Collectors.joining("; "));
	}

	static String number(double value) {
		return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
	}

	static String money(double value) {
		return String.format(Locale.UK, "\u00a3%,.0f", value);
	}
}
