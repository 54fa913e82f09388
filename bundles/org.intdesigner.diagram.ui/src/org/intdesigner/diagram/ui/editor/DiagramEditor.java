package org.intdesigner.diagram.ui.editor;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EventObject;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IPathEditorInput;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.intdesigner.diagram.layout.LabelFit;
import org.intdesigner.diagram.layout.SpecLayoutHints;
import org.intdesigner.diagram.notation.Diagram;
import org.intdesigner.diagram.notation.NodeView;
import org.intdesigner.diagram.spec.CreateEdgeTool;
import org.intdesigner.diagram.spec.CreateNodeTool;
import org.intdesigner.diagram.spec.DiagramDescription;
import org.intdesigner.diagram.spec.Tool;
import org.intdesigner.diagram.interpreter.BaselineSource;
import org.intdesigner.diagram.sync.ChangeMarks;
import org.intdesigner.diagram.sync.LiveDiagram;
import org.intdesigner.diagram.sync.SyncReport;
import org.intdesigner.diagram.tools.ToolCommands;
import org.intdesigner.diagram.ui.session.DiagramEditorInput;
import org.intdesigner.diagram.ui.session.DiagramSession;

/**
 * A diagram of a model, drawn from its specification: the canvas with a palette of the
 * specification's tools, a toolbar (zoom, arrange, layers, filters, export), in-place label
 * editing and keyboard navigation. Model and layout changes are commands on the model's shared
 * stack; every change, from any editor and undo included, refreshes the diagram incrementally.
 */
public class DiagramEditor extends EditorPart implements IEditingDomainProvider, DiagramEditorFrame {

	public static final String ID = "org.intdesigner.diagram.ui.diagramEditor";

	private DiagramSession session;
	private Diagram notation;
	private DiagramDescription description;
	private EObject root;
	private LiveDiagram live;
	private DiagramCanvas canvas;
	private Palette palette;
	private DiagramToolBar toolBar;
	private InfoBar infoBar;
	private DirectEdit directEdit;
	private SelectionTool selectionTool;
	private DiagramSelectionProvider selectionProvider;
	private DiagramActions actions;
	private NewNodePlacer placer;
	private ModelGestures gestures;
	private final MappingProblems problems = new MappingProblems();
	/** How long ELK took for the layout of a first open (benchmarks compare the whole open with it). */
	private long firstLayoutElkNanos;
	private final LabelFit labelFit = new LabelFit();
	private final CommandStackListener stackListener = this::commandStackChanged;
	private final ISelectionListener externalSelection = this::selectionElsewhere;
	/**
	 * Any save of the model (the model editor's, Save All's, another diagram's) can make this diagram
	 * clean: the workbench only learns that when told, else the {@code *} stays and Save is greyed out.
	 * Told after the save, when the diagrams file is written too.
	 */
	private final Runnable saveListener = this::modelSaved;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		setSite(site);
		Path modelFile;
		String diagramId;
		if (input instanceof DiagramEditorInput diagramInput) {
			modelFile = diagramInput.getModelFile();
			diagramId = diagramInput.getDiagramId();
		} else if (input instanceof IPathEditorInput pathInput) {
			modelFile = ResolvedDiagram.modelFileBeside(Paths.get(pathInput.getPath().toOSString()));
			diagramId = null;
		} else {
			throw new PartInitException("Diagrams open from model files; " + input.getName() + " is not one.");
		}
		try {
			session = DiagramSession.open(modelFile);
		} catch (IOException e) {
			throw new PartInitException(e.getMessage(), e);
		}
		try {
			ResolvedDiagram found = ResolvedDiagram.in(session, diagramId);
			notation = found.notation();
			description = found.description();
			root = found.root();
		} catch (PartInitException e) {
			session.release();
			session = null;
			throw e;
		}
		DiagramEditorInput resolved = new DiagramEditorInput(modelFile, notation.getId(), notation.getName());
		setInput(resolved);
		setPartName(notation.getName());
		setTitleToolTip(resolved.getToolTipText());
	}

	@Override
	public void createPartControl(Composite parent) {
		Composite main = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(2, false);
		layout.marginWidth = layout.marginHeight = 0;
		layout.horizontalSpacing = layout.verticalSpacing = 0;
		main.setLayout(layout);
		infoBar = new InfoBar(main, 2);
		toolBar = new DiagramToolBar(main, this);
		toolBar.getControl().setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
		palette = new Palette(main, this);
		palette.getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, false, true));
		canvas = new DiagramCanvas(main);
		canvas.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		directEdit = new DirectEdit(this, canvas);
		selectionTool = new SelectionTool(this, canvas);
		canvas.setTool(selectionTool);
		new CanvasKeys(this, canvas);
		new CanvasHover(canvas);

		live = new LiveDiagram(description, notation, root, DiagramDescriptions.expressions());
		live.setBaselineSource(session.getSemantic().getAdapter(BaselineSource.class));
		placer = new NewNodePlacer(live, canvas);
		gestures = new ModelGestures(live, root, new ToolCommands(getEditingDomain(), live.getExpressions()), commandStack(),
				() -> getSite().getShell(), canvas, directEdit, placer);
		boolean firstOpen = notation.getNodes().isEmpty();
		SyncReport report = live.refresh();
		if (firstOpen) {
			firstLayoutElkNanos = new DiagramArranger(this).arrangeAll(false);
		} else {
			placer.place(report);
			if (report.removedNodes() + report.removedEdges() > 0) {
				infoBar.show(report.removedNodes() + " node(s) and " + report.removedEdges()
						+ " edge(s) of this diagram showed elements that are no longer in the model; they were dropped.");
			}
		}
		if (live.getBaselineProblem() != null) { // after the note on dropped views: ghosts drawn before may be among them
			infoBar.show("This scenario's changes against its baseline cannot be drawn: " + live.getBaselineProblem()
					+ ". The diagram shows the scenario as it is.");
		}
		canvas.setDiagram(live);
		fitRenamedLabels(); // takes note of the labels as opened
		// the canvas has its size once the editor is laid out; and the workbench's Save All listens to
		// the editor only once it is open, so a new diagram (dirty from the start) tells it again then
		canvas.getDisplay().asyncExec(() -> {
			if (!canvas.isDisposed()) {
				canvas.showOpeningView();
				firePropertyChange(PROP_DIRTY);
			}
		});
		canvas.addViewListener(toolBar::update);
		toolBar.update();
		palette.fill();
		problems.report(live, notation, infoBar);

		selectionProvider = new DiagramSelectionProvider(canvas);
		getSite().setSelectionProvider(selectionProvider);
		actions = new DiagramActions(this);
		actions.contributeTo(getEditorSite().getActionBars());
		new DiagramContextMenu(this, canvas);
		commandStack().addCommandStackListener(stackListener);
		session.getSemantic().addSaveListener(saveListener);
		getSite().getPage().addPostSelectionListener(externalSelection);
		firePropertyChange(PROP_DIRTY);
	}

	private void modelSaved() {
		if (canvas != null && !canvas.isDisposed()) {
			canvas.getDisplay().asyncExec(() -> {
				if (!canvas.isDisposed()) {
					followModelFile();
					firePropertyChange(PROP_DIRTY);
				}
			});
		}
	}

	private void commandStackChanged(EventObject event) {
		if (canvas == null || canvas.isDisposed()) {
			return;
		}
		if (canvas.getDisplay().getThread() != Thread.currentThread()) {
			canvas.getDisplay().asyncExec(() -> commandStackChanged(event));
			return;
		}
		refreshFromModel();
		firePropertyChange(PROP_DIRTY);
		Command last = commandStack().getMostRecentCommand();
		if (last != null && last.getAffectedObjects() != null) {
			List<Object> views = new ArrayList<>();
			for (Object affected : last.getAffectedObjects()) {
				if (affected instanceof EObject element && element.eResource() != getNotationResource()) {
					views.addAll(live.viewsOf(element).stream().filter(canvas.getGeometry()::isShown).toList());
				}
			}
			if (!views.isEmpty()) {
				canvas.select(views);
			}
		}
	}

	/** Brings the diagram in line with the model after any change; what the user placed stays put. */
	public void refreshFromModel() {
		if (root.eResource() == null) {
			infoBar.show("The element this diagram shows was deleted from the model. Undo to bring it back, or close the diagram.");
			return;
		}
		placer.noteCreatedBy(commandStack().getMostRecentCommand());
		SyncReport report = live.refresh();
		placer.place(report);
		placer.forgetMoves();
		fitRenamedLabels();
		canvas.refresh();
		palette.fill();
		toolBar.update();
		problems.report(live, notation, infoBar);
	}

	/** A renamed node grows to show its whole new label rather than cutting it off ({@link LabelFit}). */
	private void fitRenamedLabels() {
		if (canvas != null) {
			labelFit.fitChanged(live.getNotation(), new DiagramArranger(this).measurer(), new SpecLayoutHints(live));
		}
	}

	private void selectionElsewhere(IWorkbenchPart part, ISelection selection) {
		if (part == this || canvas == null || canvas.isDisposed() || !(selection instanceof IStructuredSelection structured)
				|| structured.isEmpty()) {
			return;
		}
		if (part instanceof IEditorPart) {
			EditingDomain other = part instanceof IEditingDomainProvider provider ? provider.getEditingDomain()
					: part.getAdapter(EditingDomain.class);
			if (other != getEditingDomain()) {
				return; // an editor of another model
			}
		}
		boolean ours = structured.toList().stream()
				.allMatch(o -> o instanceof EObject e && e.eResource() == root.eResource());
		if (ours) {
			selectionProvider.setSelection(selection);
		}
	}

	// --- what tools and gestures do ---

	@Override
	public void execute(Command command) {
		if (command == null || !command.canExecute()) {
			return;
		}
		commandStack().execute(command);
	}

	@Override
	public CommandStack commandStack() {
		return getEditingDomain().getCommandStack();
	}

	@Override
	public void createNode(CreateNodeTool tool, NodeView at, int x, int y) {
		gestures.createNode(tool, at, x, y);
	}

	@Override
	public void createEdge(CreateEdgeTool tool, NodeView source, NodeView target) {
		gestures.createEdge(tool, source, target);
	}

	@Override
	public void rename(NodeView node, String text) {
		gestures.rename(node, text);
	}

	@Override
	public void directEdit(NodeView node) {
		directEdit.start(node);
	}

	DirectEdit getDirectEdit() {
		return directEdit;
	}

	@Override
	public void deleteSelection() {
		gestures.deleteSelection();
	}

	@Override
	public boolean canReparent(List<NodeView> moved, NodeView target) {
		return gestures.canReparent(moved, target);
	}

	@Override
	public void reparent(List<NodeView> moved, NodeView target, int x, int y) {
		gestures.reparent(moved, target, x, y);
	}

	/** Puts the palette tool to use (null: back to selecting). */
	@Override
	public void selectTool(Tool tool) {
		canvas.setTool(tool == null ? selectionTool : new CreationTool(this, canvas, tool));
		canvas.setCursor(tool == null ? null : canvas.getDisplay().getSystemCursor(SWT.CURSOR_CROSS));
		palette.showSelected(tool);
	}

	/** Switches an optional layer or a filter on or off (an undoable change of the diagram). */
	@Override
	public void toggle(String name, boolean layer) {
		Collection<String> active = layer ? notation.getActiveLayers() : notation.getActiveFilters();
		boolean on = active.contains(name);
		execute(NotationCommands.change(getNotationResource(), (on ? "Hide " : "Show ") + name, () -> {
			if (on) {
				active.remove(name);
			} else {
				active.add(name);
			}
		}));
	}

	/** Switches the marks of a scenario's changes against its baseline off or on (an undoable change of the diagram). */
	@Override
	public void toggleChanges() {
		Collection<String> active = notation.getActiveLayers();
		boolean off = active.contains(ChangeMarks.LAYER_OFF);
		execute(NotationCommands.change(getNotationResource(), (off ? "Show " : "Hide ") + "changes against baseline", () -> {
			if (off) {
				active.remove(ChangeMarks.LAYER_OFF);
			} else {
				active.add(ChangeMarks.LAYER_OFF);
			}
		}));
	}

	// --- accessors ---

	@Override
	public LiveDiagram getDiagram() {
		return live;
	}

	@Override
	public DiagramCanvas getCanvas() {
		return canvas;
	}

	public Palette getPalette() {
		return palette;
	}

	@Override
	public DiagramToolBar getToolBar() {
		return toolBar;
	}

	@Override
	public InfoBar getInfoBar() {
		return infoBar;
	}

	long getFirstLayoutElkNanos() {
		return firstLayoutElkNanos;
	}

	@Override
	public DiagramActions getActions() {
		return actions;
	}

	@Override
	public Resource getNotationResource() {
		return session.getNotationResource();
	}

	@Override
	public Shell shell() {
		return getSite().getShell();
	}

	@Override
	public Path modelFile() {
		return session.getModelFile();
	}

	@Override
	public void registerContextMenu(MenuManager menu) {
		getSite().registerContextMenu(menu, getSite().getSelectionProvider());
	}

	public DiagramSession getSession() {
		return session;
	}

	@Override
	public EditingDomain getEditingDomain() {
		return session.getSemantic().getEditingDomain();
	}

	@Override
	public boolean isDirty() {
		return session != null && session.isDirty();
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		try {
			session.save();
			firePropertyChange(PROP_DIRTY);
		} catch (IOException e) {
			MessageDialog.openError(getSite().getShell(), "Could not save",
					"Could not save " + notation.getName() + ": " + e.getMessage()
							+ "\nThe files on disk were not changed; free some space or check the folder's permissions, then save again.");
			if (monitor != null) {
				monitor.setCanceled(true);
			}
		}
	}

	@Override
	public boolean isSaveAsAllowed() {
		return true;
	}

	/** Saves the model and its diagrams under a new name (see {@link DiagramSaveAs}); this editor then shows them there. */
	@Override
	public void doSaveAs() {
		Path target = DiagramSaveAs.choose(getSite().getShell(), session.getModelFile());
		if (target != null) {
			saveAs(target);
		}
	}

	/** Save As without the dialog; says why not when it cannot. */
	public boolean saveAs(Path target) {
		try {
			session.saveAs(target);
		} catch (IOException e) {
			MessageDialog.openError(getSite().getShell(), "Could not save",
					"Could not save to " + target + ": " + e.getMessage()
							+ "\nThe files saved before were not changed; choose another name or folder and save again.");
			return false;
		} finally {
			followModelFile();
			firePropertyChange(PROP_DIRTY);
		}
		return true;
	}

	/** After a Save As, by this editor or another of the model: the editor's input names the model's new file. */
	private void followModelFile() {
		DiagramEditorInput current = (DiagramEditorInput) getEditorInput();
		if (session != null && !session.getModelFile().equals(current.getModelFile())) {
			DiagramEditorInput moved = new DiagramEditorInput(session.getModelFile(), current.getDiagramId(), current.getName());
			setInputWithNotify(moved);
			setTitleToolTip(moved.getToolTipText());
		}
	}

	@Override
	public void setFocus() {
		canvas.setFocus();
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == IPropertySheetPage.class) {
			// the model's own page when it has one: it follows every change to the model, not only selections
			IPropertySheetPage shared = session == null ? null : session.getSemantic().getAdapter(IPropertySheetPage.class);
			if (shared != null) {
				return adapter.cast(shared);
			}
			PropertySheetPage page = new PropertySheetPage();
			page.setPropertySourceProvider(session.getSemantic().getPropertySourceProvider());
			return adapter.cast(page);
		}
		if (adapter == IContentOutlinePage.class && canvas != null) {
			return adapter.cast(new DiagramOverview(canvas));
		}
		if (adapter == EditingDomain.class) {
			return adapter.cast(getEditingDomain());
		}
		if (session != null) {
			T semantic = session.getSemantic().getAdapter(adapter);
			if (semantic != null) {
				return semantic;
			}
		}
		return super.getAdapter(adapter);
	}

	@Override
	public void dispose() {
		if (session != null) {
			commandStack().removeCommandStackListener(stackListener);
			session.getSemantic().removeSaveListener(saveListener);
			getSite().getPage().removePostSelectionListener(externalSelection);
			if (actions != null) {
				actions.dispose();
			}
			session.release();
			session = null;
		}
		super.dispose();
	}
}
