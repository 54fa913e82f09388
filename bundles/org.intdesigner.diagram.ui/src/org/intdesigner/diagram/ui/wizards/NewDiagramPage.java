package org.intdesigner.diagram.ui.wizards;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.intdesigner.diagram.spec.DiagramDescription;
import org.intdesigner.diagram.ui.editor.DiagramDescriptions;
import org.intdesigner.diagram.ui.session.DiagramSession;
import org.intdesigner.diagram.ui.session.SemanticModels;

/**
 * Which model, what of it, which kind of diagram, what name: the model file (the active editor's by
 * default), the part drawn (the whole model, or one team, area or organisation: {@link DiagramScopes}),
 * the diagram types that fit that part, and a name suggested from them.
 */
final class NewDiagramPage extends WizardPage {

	private Text file;
	private Combo scope;
	private List<DiagramScopes.Scope> scopes = List.of();
	private Combo type;
	private Text name;
	private List<DiagramDescription> types = List.of();
	private boolean nameEdited;

	private final Path suggested;
	/** The part of the model selected when the wizard opened (a URI fragment), drawn unless the user picks another. */
	private final String suggestedScope;

	NewDiagramPage(Path suggested, String suggestedScope) {
		super("newDiagram");
		setTitle("New Diagram");
		setDescription("Draw a diagram of a model, or of one team, area or organisation in it: pick the model file, the part and the kind of diagram.");
		this.suggested = suggested;
		this.suggestedScope = suggestedScope;
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(3, false));
		new Label(page, SWT.NONE).setText("&Model file:");
		file = new Text(page, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(file);
		Button browse = new Button(page, SWT.PUSH);
		browse.setText("&Browse...");
		browse.addListener(SWT.Selection, e -> browse());
		new Label(page, SWT.NONE).setText("&Drawn of:");
		scope = new Combo(page, SWT.READ_ONLY);
		scope.setVisibleItemCount(20);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(scope);
		new Label(page, SWT.NONE).setText("&Diagram type:");
		type = new Combo(page, SWT.READ_ONLY);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(type);
		new Label(page, SWT.NONE).setText("&Name:");
		name = new Text(page, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(name);
		file.addModifyListener(e -> fileChanged());
		scope.addListener(SWT.Selection, e -> scopeChanged());
		type.addListener(SWT.Selection, e -> suggestName());
		name.addModifyListener(e -> {
			nameEdited = name.isFocusControl();
			validate();
		});
		if (suggested != null) {
			file.setText(suggested.toString());
		}
		setControl(page);
		validate();
	}

	private void browse() {
		FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
		Path current = modelFile();
		if (current != null && current.getParent() != null) {
			dialog.setFilterPath(current.getParent().toString()); // the model's folder, not where the program started
		}
		dialog.setFilterExtensions(SemanticModels.extensions().stream().map(e -> "*." + e).toArray(String[]::new));
		String chosen = dialog.open();
		if (chosen != null) {
			file.setText(chosen);
		}
	}

	/** Lists the parts of the chosen model a diagram can be drawn of, and the diagram types that fit. */
	private void fileChanged() {
		scopes = List.of();
		scope.removeAll();
		Path path = modelFile();
		if (path != null && Files.isRegularFile(path) && SemanticModels.canOpen(path)) {
			try {
				DiagramSession session = DiagramSession.open(path);
				try {
					scopes = DiagramScopes.of(session.getSemantic());
				} finally {
					session.release();
				}
			} catch (IOException e) {
				setErrorMessage(e.getMessage());
				setPageComplete(false);
				return;
			}
			scopes.forEach(s -> scope.add(s.label()));
			int suggestedIndex = 0;
			for (int i = 0; i < scopes.size(); i++) {
				if (scopes.get(i).fragment().equals(suggestedScope)) {
					suggestedIndex = i;
				}
			}
			if (!scopes.isEmpty()) {
				scope.select(suggestedIndex);
			}
		}
		scopeChanged();
	}

	/** Lists the diagram types that fit the chosen part of the model. */
	private void scopeChanged() {
		DiagramScopes.Scope chosen = getScope();
		types = chosen == null ? List.of() : chosen.types();
		type.removeAll();
		types.forEach(t -> type.add(DiagramDescriptions.label(t)));
		if (!types.isEmpty()) {
			type.select(0);
		}
		suggestName();
		validate();
	}

	private void suggestName() {
		if (!nameEdited && getType() != null && modelFile() != null) {
			DiagramScopes.Scope chosen = getScope();
			String of = chosen != null && !chosen.isWholeModel() ? chosen.name()
					: modelFile().getFileName().toString().replaceFirst("\\.[^.]*$", "");
			name.setText(DiagramDescriptions.label(getType()) + " of " + of);
		}
	}

	private void validate() {
		String problem = null;
		Path path = modelFile();
		if (path == null) {
			problem = "Choose the model file to draw.";
		} else if (!Files.isRegularFile(path)) {
			problem = path + " does not exist.";
		} else if (!SemanticModels.canOpen(path)) {
			problem = "Diagrams cannot be drawn of " + path.getFileName() + ": choose an INT Designer model (.intd).";
		} else if (getScope() == null) {
			problem = "Choose what the diagram is drawn of.";
		} else if (types.isEmpty()) {
			problem = "No installed diagram type can be drawn of " + getScope().name() + ".";
		} else if (name.getText().isBlank()) {
			problem = "Give the diagram a name.";
		}
		setErrorMessage(problem);
		setPageComplete(problem == null);
	}

	Path modelFile() {
		String text = file == null ? "" : file.getText().trim();
		return text.isEmpty() ? null : Paths.get(text).toAbsolutePath().normalize();
	}

	DiagramDescription getType() {
		int index = type == null ? -1 : type.getSelectionIndex();
		return index < 0 || index >= types.size() ? null : types.get(index);
	}

	/** What the diagram is drawn of; null until a model is chosen. */
	DiagramScopes.Scope getScope() {
		int index = scope == null ? -1 : scope.getSelectionIndex();
		return index < 0 || index >= scopes.size() ? null : scopes.get(index);
	}

	String getDiagramName() {
		return name.getText().trim();
	}
}
