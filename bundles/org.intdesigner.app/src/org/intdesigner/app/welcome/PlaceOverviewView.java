package org.intdesigner.app.welcome;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.intdesigner.app.AppPlugin;
import org.intdesigner.app.IntdIds;
import org.intdesigner.app.files.FirstRunSample;
import org.intdesigner.ui.model.ActiveModelTracker;
import org.intdesigner.ui.model.OpenModel;

/**
 * The welcome a newcomer meets, in the manner of Eclipse's welcome and cheat sheets: a short
 * overview of the place being worked on (the model of the active editor, else of another editor
 * open): its neighbourhoods, teams, posts and vacancies, findings and the workforce data loaded,
 * then the next steps one takes, each a link that does it. Opens with the example at the first
 * start and again from Help &gt; Overview. Follows edits, validation and the active editor.
 */
public final class PlaceOverviewView extends ViewPart {

	public static final String ID = "org.intdesigner.app.views.overview";
	private static final String ON_THE_PLACE = "onThePlace";

	private Composite page;
	private ScrolledComposite scroll;
	private Label title;
	private Label file;
	private Composite facts;
	private Label neighbourhoods;
	private Label teams;
	private Label posts;
	private Label accountabilities;
	private Label findings;
	private Label workforce;
	private Composite steps;
	private Link noModel;
	private final List<Link> stepLinks = new ArrayList<>();
	private NextSteps nextSteps;
	private ActiveModelTracker tracker;
	private OpenModel shown;
	private final CommandStackListener edited = e -> refreshSoon();
	private final Consumer<org.intdesigner.analysis.engine.ValidationReport> validated = report -> refreshSoon();
	private final Runnable workforceChanged = this::readWorkforce;

	@Override
	public void createPartControl(Composite parent) {
		nextSteps = new NextSteps(getSite().getWorkbenchWindow());
		scroll = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
		page = new Composite(scroll, SWT.NONE);
		Color white = parent.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND);
		page.setBackground(white);
		scroll.setBackground(white);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 24;
		layout.marginHeight = 18;
		layout.verticalSpacing = 8;
		page.setLayout(layout);
		scroll.setContent(page);
		scroll.setExpandHorizontal(true);
		scroll.setExpandVertical(true);

		title = label(page, JFaceResources.getHeaderFont());
		file = label(page, null);
		file.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
		noModel = new Link(page, SWT.WRAP);
		noModel.setBackground(white);
		noModel.setText("No model is open. <a>Open the example place</a> (Riverside, four neighbourhoods) to look around, "
				+ "or use File > New... for a model of your own.");
		noModel.setLayoutData(wide());
		noModel.addListener(SWT.Selection, e -> {
			if (FirstRunSample.open(getSite().getWorkbenchWindow()) != null) {
				// as at the first start: the example's overview in front, its editor beside it
				getSite().getPage().activate(this);
			}
		});

		facts = new Composite(page, SWT.NONE);
		facts.setBackground(white);
		GridLayout factsLayout = new GridLayout(2, false);
		factsLayout.horizontalSpacing = 16;
		factsLayout.marginWidth = 0;
		facts.setLayout(factsLayout);
		facts.setLayoutData(wide());
		neighbourhoods = fact("Neighbourhoods");
		teams = fact("Teams");
		posts = fact("Posts");
		accountabilities = fact("Accountabilities");
		findings = fact("Findings");
		workforce = fact("Workforce data loaded");

		steps = new Composite(page, SWT.NONE);
		steps.setBackground(white);
		GridLayout stepsLayout = new GridLayout(1, false);
		stepsLayout.marginWidth = 0;
		steps.setLayout(stepsLayout);
		steps.setLayoutData(wide());
		Label next = label(steps, JFaceResources.getBannerFont());
		next.setText("Next steps");
		step("1. <a>Draw the team structure</a>: the place's teams by kind and their posts by employer, "
				+ "on a diagram you can arrange, print and export.", true, () -> nextSteps.drawTeamStructure(shown));
		step("2. <a>Check accountabilities</a>: the RACI matrix of who is Responsible, Accountable, Supports, is "
				+ "Consulted or Informed; rows with findings are red.", true, () -> nextSteps.checkAccountabilities(shown));
		step("3. <a>See workforce figures</a>: turnover, vacancies, sickness absence, stability, skill sufficiency and "
				+ "the staff survey by partner, in the Workforce perspective; Show Skills on a team opens its skills matrix.",
				false, nextSteps::seeWorkforceFigures);
		step("4. <a>Import your own spreadsheets</a>: your place's teams, posts and accountabilities from a CSV "
				+ "bundle.", false, () -> nextSteps.importWith(NextSteps.CSV_IMPORT, shown));
		step("    Or <a>import partners' workforce files</a> (staff, establishment, absence, skills, survey) for the figures.",
				false, () -> nextSteps.importWith(NextSteps.WORKFORCE_IMPORT, shown));
		Link guide = new Link(steps, SWT.WRAP);
		guide.setBackground(white);
		guide.setText("The <a>user guide</a> (F1) tells more. This overview opens again from Help > Overview.");
		guide.setLayoutData(wide());
		guide.addListener(SWT.Selection, e -> showView(IntdIds.VIEW_HELP));

		tracker = ActiveModelTracker.install(getSite().getPage(), this::editorActivated);
		org.intdesigner.workforce.ui.store.WorkforceStores.get().addListener(workforceChanged);
		readWorkforce();
	}

	private Label label(Composite parent, org.eclipse.swt.graphics.Font font) {
		Label label = new Label(parent, SWT.WRAP);
		label.setBackground(parent.getBackground());
		if (font != null) {
			label.setFont(font);
		}
		label.setLayoutData(wide());
		return label;
	}

	private Label fact(String name) {
		Label key = new Label(facts, SWT.NONE);
		key.setBackground(facts.getBackground());
		key.setFont(JFaceResources.getBannerFont());
		key.setText(name);
		key.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
		Label value = new Label(facts, SWT.WRAP);
		value.setBackground(facts.getBackground());
		value.setLayoutData(wide());
		value.setData("fact", name);
		return value;
	}

	/** A step's link; one that works on the place is enabled only while a model is shown. */
	private void step(String text, boolean onThePlace, Runnable action) {
		Link link = new Link(steps, SWT.WRAP);
		link.setBackground(steps.getBackground());
		link.setText(text);
		link.setLayoutData(wide());
		link.setData(ON_THE_PLACE, onThePlace);
		link.addListener(SWT.Selection, e -> {
			if (shown != null || !onThePlace) {
				action.run();
			}
		});
		stepLinks.add(link);
	}

	private static GridData wide() {
		GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
		data.widthHint = 560; // wrap long lines instead of widening the page
		return data;
	}

	private void showView(String id) {
		try {
			getSite().getPage().showView(id);
		} catch (PartInitException e) {
			AppPlugin.logError("Could not show " + id, e);
		}
	}

	/**
	 * Follows the active editor's model; when the active part is no editor of a model, keeps the
	 * model shown while an editor still has it open, else takes that of any editor open, else none.
	 */
	private void editorActivated(IEditorPart editor) {
		follow(ActiveModelTracker.modelToFollow(getSite().getPage(), editor, shown));
	}

	private void follow(OpenModel model) {
		if (model != shown) {
			stopListening();
			shown = model;
			if (shown != null) {
				shown.getCommandStack().addCommandStackListener(edited);
				shown.getValidation().addListener(validated);
			}
		}
		refresh();
	}

	private void stopListening() {
		if (shown != null) {
			shown.getCommandStack().removeCommandStackListener(edited);
			shown.getValidation().removeListener(validated);
		}
	}

	private void refreshSoon() {
		if (page != null && !page.isDisposed()) {
			page.getDisplay().asyncExec(() -> {
				if (!page.isDisposed()) {
					refresh();
				}
			});
		}
	}

	/** Shows the facts of the model followed now. */
	public void refresh() {
		boolean open = shown != null;
		show(noModel, !open);
		show(facts, open);
		for (Link link : stepLinks) {
			link.setEnabled(open || !Boolean.TRUE.equals(link.getData(ON_THE_PLACE)));
		}
		if (open) {
			PlaceFacts place = PlaceFacts.of(shown.getModel(), shown.getValidation().getReport());
			title.setText(place.name() == null || place.name().isBlank() ? "Your place" : place.name());
			file.setText(shown.getFile().toString());
			neighbourhoods.setText(place.neighbourhoodsText());
			teams.setText(place.teamsText());
			posts.setText(place.postsText());
			accountabilities.setText(PlaceFacts.plural(place.accountabilities(), "item"));
			findings.setText(place.findingsText());
		} else {
			title.setText("Welcome to INT Designer");
			file.setText("");
		}
		relayout();
	}

	private void readWorkforce() {
		WorkforceDataSummary.read(text -> {
			if (page != null && !page.isDisposed()) {
				page.getDisplay().asyncExec(() -> {
					if (!workforce.isDisposed()) {
						workforce.setText(text);
						relayout();
					}
				});
			}
		});
	}

	private static void show(Control control, boolean visible) {
		((GridData) control.getLayoutData()).exclude = !visible;
		control.setVisible(visible);
	}

	private void relayout() {
		page.layout(true, true);
		scroll.setMinSize(page.computeSize(SWT.DEFAULT, SWT.DEFAULT));
	}

	/** The model whose overview is shown, or null. */
	public OpenModel getModel() {
		return shown;
	}

	@Override
	public void setFocus() {
		(shown == null ? noModel : stepLinks.get(0)).setFocus();
	}

	@Override
	public void dispose() {
		if (tracker != null) {
			tracker.uninstall();
		}
		stopListening();
		shown = null;
		org.intdesigner.workforce.ui.store.WorkforceStores.get().removeListener(workforceChanged);
		super.dispose();
	}
}
