package org.intdesigner.diagram.ui.editor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EventObject;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
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
import org.intdesigner.diagram.notation.EdgeView;
import org.intdesigner.diagram.notation.NodeView;
import org.intdesigner.diagram.spec.ContainerMapping;
import org.intdesigner.diagram.spec.CreateEdgeTool;
import org.intdesigner.diagram.spec.CreateNodeTool;
import org.intdesigner.diagram.spec.DiagramDescription;
import org.intdesigner.diagram.spec.Mapping;
import org.intdesigner.diagram.spec.Tool;
import org.intdesigner.diagram.interpreter.BaselineSource;
import org.intdesigner.diagram.sync.ChangeMarks;
import org.intdesigner.diagram.sync.LiveDiagram;
import org.intdesigner.diagram.sync.NodePlacement;
import org.intdesigner.diagram.sync.SyncReport;
import org.intdesigner.diagram.tools.ToolCommand;
import org.intdesigner.diagram.tools.ToolCommands;
import org.intdesigner.diagram.render.DiagramGeometry;
import org.intdesigner.diagram.ui.session.DiagramEditorInput;
import org.intdesigner.diagram.ui.session.DiagramSession;
import org.intdesigner.diagram.ui.session.SemanticModels;
import org.osgi.framework.FrameworkUtil;

/**
 * A diagram of a model, drawn from its specification: the canvas with a palette of the
 * specification's tools, a toolbar (zoom, arrange, layers, filters, export), in-place label
 * editing and keyboard navigation. Model and layout changes are commands on the model's shared
 * stack; every change, from any editor and undo included, refreshes the diagram incrementally.
 */
public class DiagramEditor extends EditorPart implements IEditingDomainProvider {

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
	private ToolCommands tools;
	/** Where the user clicked to create something, until the command has made it. */
	private int[] pendingPoint;
	private final Set<String> loggedProblems = new HashSet<>();
	/** How long ELK took for the layout of a first open (benchmarks compare the whole open with it). */
	private long firstLayoutElkNanos;
	/** Where the user put elements being created or moved to another container, until their views exist. */
	private final Map<EObject, int[]> pendingPlaces = new IdentityHashMap<>();
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
			modelFile = modelFileBeside(Paths.get(pathInput.getPath().toOSString()));
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
			resolve(diagramId);
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

	/** Opening a .intdiagrams file opens a diagram of the model file beside it. */
	private static Path modelFileBeside(Path notationFile) throws PartInitException {
		String name = notationFile.getFileName().toString();
		String base = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
		for (String extension : SemanticModels.extensions()) {
			Path candidate = notationFile.resolveSibling(base + "." + extension);
			if (Files.exists(candidate)) {
				return candidate;
			}
		}
		throw new PartInitException("No model file " + base + ".* lies beside " + notationFile
				+ "; diagrams are opened from their model. Put the model file back beside it.");
	}

	private void resolve(String diagramId) throws PartInitException {
		List<Diagram> diagrams = session.getDiagramSet().getDiagrams();
		notation = diagramId == null ? (diagrams.isEmpty() ? null : diagrams.get(0)) : session.find(diagramId);
		if (notation == null) {
			throw new PartInitException(diagramId == null ? session.getNotationFile() + " holds no diagrams yet."
					: "The diagram is no longer in " + session.getNotationFile() + ".");
		}
		description = DiagramDescriptions.find(notation.getDescription());
		if (description == null) {
			throw new PartInitException("The diagram type '" + notation.getDescription() + "' of '" + notation.getName()
					+ "' is not installed, or its specification has errors (see the Error Log).");
		}
		Resource model = session.getSemantic().getRoot().eResource();
		root = model.getEObject(notation.getElement());
		if (root == null) {
			throw new PartInitException("The element diagram '" + notation.getName()
					+ "' shows is no longer in the model. Delete the diagram, or undo the deletion in the model editor.");
		}
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
		tools = new ToolCommands(getEditingDomain(), live.getExpressions());
		boolean firstOpen = notation.getNodes().isEmpty();
		SyncReport report = live.refresh();
		if (firstOpen) {
			firstLayoutElkNanos = new DiagramArranger(this).arrangeAll(false);
		} else {
			place(report);
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
		reportProblems();

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

	/** Gives views made by a synchronisation a place: where the user asked, else a free spot in their container. */
	private void place(SyncReport report) {
		if (report.addedNodes().isEmpty()) {
			return;
		}
		List<NodeView> asked = new ArrayList<>();
		for (NodeView view : report.addedNodes()) {
			int[] place = pendingPlaces.remove(live.elementOf(view));
			if (place != null) {
				int[] size = preferredSize(view);
				view.setWidth(size[0]);
				view.setHeight(size[1]);
				int[] parentOrigin = absoluteOrigin(view.eContainer());
				view.setX(SelectionTool.snap(place[0] - parentOrigin[0]));
				view.setY(SelectionTool.snap(place[1] - parentOrigin[1]));
				asked.add(view);
			}
		}
		List<NodeView> rest = new ArrayList<>(report.addedNodes());
		rest.removeAll(asked);
		new NodePlacement(this::preferredSize, DiagramGeometry.HEADER).place(rest);
		for (NodeView view : asked) {
			for (Object p = view.eContainer(); p instanceof NodeView parent; p = parent.eContainer()) {
				NodePlacement.grow(parent);
			}
		}
	}

	private static int[] absoluteOrigin(Object container) {
		int x = 0;
		int y = 0;
		for (Object c = container; c instanceof NodeView node; c = node.eContainer()) {
			x += node.getX();
			y += node.getY();
		}
		return new int[] { x, y };
	}

	/** A node's size before any layout: its style's, wide enough for its label. */
	int[] preferredSize(NodeView view) {
		int[] size = new SpecLayoutHints(live).styleSize(view);
		var node = live.nodeOf(view);
		if (node != null && canvas != null) {
			var extent = canvas.getResources().extent(node.getLabel(), node.getMapping() instanceof ContainerMapping);
			size[0] = Math.max(size[0], Math.min(extent.x + 24, 260));
		}
		return size;
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
		if (pendingPoint != null) {
			Command last = commandStack().getMostRecentCommand();
			if (last != null) {
				for (Object created : last.getResult()) {
					if (created instanceof EObject element) {
						pendingPlaces.put(element, pendingPoint);
					}
				}
			}
			pendingPoint = null;
		}
		SyncReport report = live.refresh();
		place(report);
		pendingPlaces.clear();
		fitRenamedLabels();
		canvas.refresh();
		palette.fill();
		toolBar.update();
		reportProblems();
	}

	/** A renamed node grows to show its whole new label rather than cutting it off ({@link LabelFit}). */
	private void fitRenamedLabels() {
		if (canvas != null) {
			labelFit.fitChanged(live.getNotation(), new DiagramArranger(this).measurer(), new SpecLayoutHints(live));
		}
	}

	/** Logs each mapping's problem once and tells the user the diagram is incomplete. */
	private void reportProblems() {
		Map<String, String> problems = new HashMap<>(live.getProblems());
		if (problems.isEmpty()) {
			return;
		}
		ILog log = ILog.of(FrameworkUtil.getBundle(getClass()));
		for (Map.Entry<String, String> problem : problems.entrySet()) {
			if (loggedProblems.add(problem.getKey() + problem.getValue())) {
				log.log(new Status(IStatus.WARNING, FrameworkUtil.getBundle(getClass()).getSymbolicName(),
						"Diagram '" + notation.getName() + "' (" + notation.getDescription() + "), mapping '"
								+ problem.getKey() + "': " + problem.getValue()));
			}
		}
		String first = problems.keySet().iterator().next();
		infoBar.show("Some elements could not be drawn as the specification says (mapping '" + first + "': "
				+ problems.get(first) + "). They are marked in red; details are in the Error Log.");
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

	public void execute(Command command) {
		if (command == null || !command.canExecute()) {
			return;
		}
		commandStack().execute(command);
	}

	CommandStack commandStack() {
		return getEditingDomain().getCommandStack();
	}

	void createNode(CreateNodeTool tool, NodeView at, int x, int y) {
		NodeView container = at;
		while (container != null && !(live.nodeOf(container).getMapping() instanceof ContainerMapping)) {
			container = container.eContainer() instanceof NodeView parent ? parent : null;
		}
		if (container != null && live.isGhost(container)) {
			MessageDialog.openInformation(getSite().getShell(), label(tool), "This is a removed team or element, drawn where"
					+ " the scenario's baseline had it; nothing can be added to it. Add to a team of the scenario instead.");
			return;
		}
		EObject context = container == null ? root : live.elementOf(container);
		run(tools.createNode(tool, context), label(tool), new int[] { x, y });
	}

	void createEdge(CreateEdgeTool tool, NodeView source, NodeView target) {
		run(tools.createEdge(tool, live.elementOf(source), live.elementOf(target)), label(tool), null);
	}

	/**
	 * Runs a tool's command; says why when it cannot run here. What it creates is placed at
	 * {@code point} (if given), selected, and its label opened for editing.
	 */
	private void run(ToolCommand command, String title, int[] point) {
		if (!command.canExecute()) {
			MessageDialog.openInformation(getSite().getShell(), title,
					"This cannot be done here: " + command.getProblem() + ".");
			return;
		}
		pendingPoint = point;
		try {
			commandStack().execute(command);
		} finally {
			pendingPoint = null;
		}
		if (command.getProblem() != null) {
			MessageDialog.openError(getSite().getShell(), title, command.getProblem()
					+ "\nNothing was changed. The diagram's specification may need fixing; details are in the Error Log.");
			return;
		}
		if (point != null) {
			for (Object created : command.getResult()) {
				if (created instanceof EObject element && !live.viewsOf(element).isEmpty()) {
					NodeView view = live.viewsOf(element).get(0);
					if (canvas.getGeometry().isShown(view)) {
						canvas.select(List.of(view));
						directEdit.start(view);
					}
					break;
				}
			}
		}
	}

	void rename(NodeView node, String text) {
		EObject element = live.elementOf(node);
		if (element == null) {
			return;
		}
		run(tools.directEdit(ToolFinder.directEdit(live.activeLayers(), live.nodeOf(node).getMapping()), element, text),
				"Edit label", null);
	}

	void directEdit(NodeView node) {
		directEdit.start(node);
	}

	DirectEdit getDirectEdit() {
		return directEdit;
	}

	/** Deletes the elements of the selected views from the model (the diagram follows), as one command. */
	void deleteSelection() {
		CompoundCommand delete = new CompoundCommand("Delete");
		List<EObject> elements = new ArrayList<>();
		for (Object view : canvas.getSelection()) {
			EObject element = live.elementOf(view);
			if (element == null || elements.contains(element)) {
				continue;
			}
			elements.add(element);
			Mapping mapping = view instanceof NodeView node ? live.nodeOf(node).getMapping()
					: live.edgeOf((EdgeView) view).mapping();
			ToolCommand command = tools.delete(ToolFinder.delete(live.activeLayers(), mapping), element);
			if (!command.canExecute()) {
				MessageDialog.openInformation(getSite().getShell(), "Delete", "Cannot delete: " + command.getProblem() + ".");
				return;
			}
			delete.append(command);
		}
		if (!delete.isEmpty()) {
			commandStack().execute(delete.unwrap());
		}
	}

	boolean canReparent(List<NodeView> moved, NodeView target) {
		if (target != null && live.isGhost(target) || moved.stream().anyMatch(live::isGhost)) {
			return false; // ghosts are the baseline's removed elements: nothing goes into them, they go nowhere
		}
		return moved.stream().allMatch(n -> ToolFinder.reparent(live.activeLayers(), live.nodeOf(n).getMapping()) != null);
	}

	/** Moves the elements of dragged nodes into the container they were dropped on, placing them where dropped. */
	void reparent(List<NodeView> moved, NodeView target, int x, int y) {
		EObject container = target == null ? root : live.elementOf(target);
		CompoundCommand move = new CompoundCommand("Move");
		int offset = 0;
		for (NodeView node : moved) {
			EObject element = live.elementOf(node);
			ToolCommand command = tools.reparent(ToolFinder.reparent(live.activeLayers(), live.nodeOf(node).getMapping()),
					element, container);
			if (!command.canExecute()) {
				MessageDialog.openInformation(getSite().getShell(), "Move", "Cannot move it there: " + command.getProblem() + ".");
				return;
			}
			move.append(command);
			pendingPlaces.put(element, new int[] { x + offset, y + offset });
			offset += 20;
		}
		commandStack().execute(move.unwrap());
		pendingPlaces.clear();
	}

	/** Puts the palette tool to use (null: back to selecting). */
	public void selectTool(Tool tool) {
		canvas.setTool(tool == null ? selectionTool : new CreationTool(this, canvas, tool));
		canvas.setCursor(tool == null ? null : canvas.getDisplay().getSystemCursor(SWT.CURSOR_CROSS));
		palette.showSelected(tool);
	}

	static String label(Tool tool) {
		return tool.getLabel() != null && !tool.getLabel().isBlank() ? tool.getLabel() : tool.getName();
	}

	/** Switches an optional layer or a filter on or off (an undoable change of the diagram). */
	void toggle(String name, boolean layer) {
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
	void toggleChanges() {
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

	public LiveDiagram getDiagram() {
		return live;
	}

	public DiagramCanvas getCanvas() {
		return canvas;
	}

	public Palette getPalette() {
		return palette;
	}

	public DiagramToolBar getToolBar() {
		return toolBar;
	}

	public InfoBar getInfoBar() {
		return infoBar;
	}

	long getFirstLayoutElkNanos() {
		return firstLayoutElkNanos;
	}

	DiagramActions getActions() {
		return actions;
	}

	public Resource getNotationResource() {
		return session.getNotationResource();
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
