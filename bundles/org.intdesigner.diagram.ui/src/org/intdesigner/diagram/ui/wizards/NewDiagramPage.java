package org.intdesigner.diagram.ui.wizards;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
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
 * Which model, which kind of diagram, what name: the model file (the active editor's by default),
 * the diagram types that fit the model, and a name suggested from both.
 */
final class NewDiagramPage extends WizardPage {

	private Text file;
	private Combo type;
	private Text name;
	private List<DiagramDescription> types = List.of();
	private boolean nameEdited;

	private final Path suggested;

	NewDiagramPage(Path suggested) {
		super("newDiagram");
		setTitle("New Diagram");
		setDescription("Draw a diagram of a model: pick the model file and the kind of diagram.");
		this.suggested = suggested;
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
		new Label(page, SWT.NONE).setText("&Diagram type:");
		type = new Combo(page, SWT.READ_ONLY);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(type);
		new Label(page, SWT.NONE).setText("&Name:");
		name = new Text(page, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(name);
		file.addModifyListener(e -> fileChanged());
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
		dialog.setFilterExtensions(SemanticModels.extensions().stream().map(e -> "*." + e).toArray(String[]::new));
		String chosen = dialog.open();
		if (chosen != null) {
			file.setText(chosen);
		}
	}

	/** Lists the diagram types that fit the chosen model's root. */
	private void fileChanged() {
		types = List.of();
		type.removeAll();
		Path path = modelFile();
		if (path != null && Files.isRegularFile(path) && SemanticModels.canOpen(path)) {
			try {
				DiagramSession session = DiagramSession.open(path);
				try {
					EObject root = session.getSemantic().getRoot();
					types = DiagramDescriptions.applicableTo(root);
				} finally {
					session.release();
				}
			} catch (IOException e) {
				setErrorMessage(e.getMessage());
				setPageComplete(false);
				return;
			}
			types.forEach(t -> type.add(DiagramDescriptions.label(t)));
			if (!types.isEmpty()) {
				type.select(0);
			}
			suggestName();
		}
		validate();
	}

	private void suggestName() {
		if (!nameEdited && getType() != null && modelFile() != null) {
			String model = modelFile().getFileName().toString().replaceFirst("\\.[^.]*$", "");
			name.setText(DiagramDescriptions.label(getType()) + " of " + model);
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
		} else if (types.isEmpty()) {
			problem = "No installed diagram type fits this model.";
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

	String getDiagramName() {
		return name.getText().trim();
	}
}
