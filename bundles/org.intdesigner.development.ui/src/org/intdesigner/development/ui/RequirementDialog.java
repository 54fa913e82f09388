package org.intdesigner.development.ui;

import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.intdesigner.development.Level;
import org.intdesigner.development.RequirementCheck;
import org.intdesigner.model.CapabilityLevel;
import org.intdesigner.model.Team;

/**
 * Asks for a team's own requirement of a column's capability: which team of the scope, the level (1-4) and how many
 * people must hold it. Starts from the team's own requirement when it has one, else from what it requires now through
 * its needs or roles, else from the column.
 */
final class RequirementDialog extends Dialog {

	static final String TITLE = "Edit Requirement";

	private final MatrixColumn column;
	private final List<Team> teams;
	private final Team preferred;
	private Combo team;
	private Combo level;
	private Spinner people;
	private Label origin;
	private Team chosenTeam;
	private int chosenLevel;
	private int chosenPeople;

	RequirementDialog(Shell shell, MatrixColumn column, List<Team> teams, Team preferred) {
		super(shell);
		this.column = column;
		this.teams = teams;
		this.preferred = preferred;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(TITLE);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		area.setLayout(new GridLayout(2, false));
		Label intro = new Label(area, SWT.WRAP);
		intro.setText("The team's own requirement of " + column.capability().getName()
				+ ". Requirements that come from the needs a team serves or the roles in it are changed on the need or the role.");
		GridDataFactory.fillDefaults().span(2, 1).hint(420, SWT.DEFAULT).applyTo(intro);
		new Label(area, SWT.NONE).setText("Team:");
		team = new Combo(area, SWT.READ_ONLY);
		teams.forEach(t -> team.add(t.getName()));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(team);
		new Label(area, SWT.NONE).setText("Level:");
		level = new Combo(area, SWT.READ_ONLY);
		for (int i = 1; i <= Level.EXPERT; i++) {
			level.add(Level.label(i));
		}
		new Label(area, SWT.NONE).setText("People:");
		people = new Spinner(area, SWT.BORDER);
		people.setValues(1, 1, 99, 0, 1, 5);
		people.setToolTipText("How many people in post in the team (or its sub-teams) must hold it; 2 where a rota needs cover");
		origin = new Label(area, SWT.WRAP);
		GridDataFactory.fillDefaults().span(2, 1).hint(420, SWT.DEFAULT).applyTo(origin);
		team.addListener(SWT.Selection, e -> teamChosen());
		team.select(Math.max(0, teams.indexOf(preferred)));
		teamChosen();
		return area;
	}

	private void teamChosen() {
		Team selected = teams.get(team.getSelectionIndex());
		CapabilityLevel own = RequirementEdit.own(selected, column.capability());
		RequirementCheck now = column.checks().stream().filter(c -> c.requirement().team() == selected).findFirst().orElse(null);
		int atLevel = own != null ? Level.of(own.getLevel()) : now != null ? now.requirement().level() : column.level();
		int count = own != null ? own.getPeople() : now != null ? now.requirement().people() : column.people();
		level.select(Math.max(0, Math.min(Level.EXPERT, atLevel) - 1));
		people.setSelection(Math.max(1, count));
		origin.setText(own != null ? "The team requires it itself now: edit that requirement."
				: now != null ? "The team requires it through " + now.requirement().originsText() + "; OK adds its own requirement."
						: "The team does not require it yet; OK adds its own requirement.");
		origin.getParent().layout(true);
	}

	@Override
	protected void okPressed() {
		chosenTeam = teams.get(team.getSelectionIndex());
		chosenLevel = level.getSelectionIndex() + 1;
		chosenPeople = people.getSelection();
		super.okPressed();
	}

	Team team() {
		return chosenTeam;
	}

	int level() {
		return chosenLevel;
	}

	int people() {
		return chosenPeople;
	}
}
