package org.intdesigner.app;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.ICoolBarManager;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.action.ToolBarContributionItem;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.swt.SWT;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.menus.CommandContributionItem;
import org.eclipse.ui.menus.CommandContributionItemParameter;
import org.intdesigner.app.files.OpenFileAction;
import org.intdesigner.app.files.RecentFilesMenu;
import org.intdesigner.app.help.HelpContentsAction;

/**
 * The menus and tool bar every INT Designer window has, built from the workbench's standard
 * (retargetable) actions so that editors and views contributed later plug into them. Menus keep
 * the standard group markers ({@link IWorkbenchActionConstants}) for menu contributions.
 */
final class IntdActionBarAdvisor extends ActionBarAdvisor {

	private IWorkbenchAction newWizard;
	private IWorkbenchAction newWizardDropDown;
	private IWorkbenchAction openFile;
	private IWorkbenchAction close;
	private IWorkbenchAction closeAll;
	private IWorkbenchAction save;
	private IWorkbenchAction saveAs;
	private IWorkbenchAction saveAll;
	private IWorkbenchAction importWizard;
	private IWorkbenchAction exportWizard;
	private IWorkbenchAction print;
	private IWorkbenchAction quit;
	private IWorkbenchAction undo;
	private IWorkbenchAction redo;
	private IWorkbenchAction cut;
	private IWorkbenchAction copy;
	private IWorkbenchAction paste;
	private IWorkbenchAction delete;
	private IWorkbenchAction selectAll;
	private IWorkbenchAction resetPerspective;
	private IWorkbenchAction preferences;
	private IWorkbenchAction helpContents;
	private IWorkbenchAction overview;
	private IWorkbenchAction about;

	IntdActionBarAdvisor(IActionBarConfigurer configurer) {
		super(configurer);
	}

	@Override
	protected void makeActions(IWorkbenchWindow window) {
		newWizard = keep(ActionFactory.NEW.create(window));
		// the workbench labels these for an IDE's submenus ("Other...", "Close Editor"); say what they do here
		newWizard.setText("&New...");
		newWizardDropDown = keep(ActionFactory.NEW_WIZARD_DROP_DOWN.create(window));
		openFile = keep(new OpenFileAction(window));
		close = keep(ActionFactory.CLOSE.create(window));
		closeAll = keep(ActionFactory.CLOSE_ALL.create(window));
		close.setText("&Close");
		closeAll.setText("C&lose All");
		save = keep(ActionFactory.SAVE.create(window));
		saveAs = keep(ActionFactory.SAVE_AS.create(window));
		saveAll = keep(ActionFactory.SAVE_ALL.create(window));
		importWizard = keep(ActionFactory.IMPORT.create(window));
		exportWizard = keep(ActionFactory.EXPORT.create(window));
		print = keep(ActionFactory.PRINT.create(window)); // enabled by editors that print (diagrams)
		quit = keep(ActionFactory.QUIT.create(window));
		undo = keep(ActionFactory.UNDO.create(window));
		redo = keep(ActionFactory.REDO.create(window));
		cut = keep(ActionFactory.CUT.create(window));
		copy = keep(ActionFactory.COPY.create(window));
		paste = keep(ActionFactory.PASTE.create(window));
		delete = keep(ActionFactory.DELETE.create(window));
		selectAll = keep(ActionFactory.SELECT_ALL.create(window));
		resetPerspective = keep(ActionFactory.RESET_PERSPECTIVE.create(window));
		preferences = keep(ActionFactory.PREFERENCES.create(window));
		helpContents = keep(new HelpContentsAction(window));
		overview = keep(new org.intdesigner.app.welcome.ShowOverviewAction(window));
		about = keep(ActionFactory.ABOUT.create(window));
	}

	private IWorkbenchAction keep(IWorkbenchAction action) {
		register(action);
		return action;
	}

	@Override
	protected void fillMenuBar(IMenuManager menuBar) {
		menuBar.add(fileMenu());
		menuBar.add(editMenu());
		menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		menuBar.add(windowMenu());
		menuBar.add(helpMenu());
	}

	private MenuManager fileMenu() {
		MenuManager menu = new MenuManager("&File", IWorkbenchActionConstants.M_FILE);
		menu.add(new GroupMarker(IWorkbenchActionConstants.FILE_START));
		menu.add(newWizard);
		menu.add(new GroupMarker(IWorkbenchActionConstants.NEW_EXT));
		menu.add(openFile);
		MenuManager recent = new MenuManager("Open &Recent", "org.intdesigner.app.menus.openRecent");
		recent.add(new RecentFilesMenu());
		menu.add(recent);
		menu.add(new GroupMarker(IWorkbenchActionConstants.OPEN_EXT));
		menu.add(new Separator());
		menu.add(close);
		menu.add(closeAll);
		menu.add(new GroupMarker(IWorkbenchActionConstants.CLOSE_EXT));
		menu.add(new Separator());
		menu.add(save);
		menu.add(saveAs);
		menu.add(saveAll);
		menu.add(new GroupMarker(IWorkbenchActionConstants.SAVE_EXT));
		menu.add(new Separator());
		menu.add(importWizard);
		menu.add(exportWizard);
		menu.add(new GroupMarker(IWorkbenchActionConstants.IMPORT_EXT));
		menu.add(new Separator());
		menu.add(print);
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		menu.add(new Separator());
		menu.add(quit);
		menu.add(new GroupMarker(IWorkbenchActionConstants.FILE_END));
		return menu;
	}

	private MenuManager editMenu() {
		MenuManager menu = new MenuManager("&Edit", IWorkbenchActionConstants.M_EDIT);
		menu.add(new GroupMarker(IWorkbenchActionConstants.EDIT_START));
		menu.add(undo);
		menu.add(redo);
		menu.add(new GroupMarker(IWorkbenchActionConstants.UNDO_EXT));
		menu.add(new Separator());
		menu.add(cut);
		menu.add(copy);
		menu.add(paste);
		menu.add(new GroupMarker(IWorkbenchActionConstants.CUT_EXT));
		menu.add(new Separator());
		menu.add(delete);
		menu.add(selectAll);
		menu.add(new Separator(IWorkbenchActionConstants.FIND_EXT));
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		menu.add(new GroupMarker(IWorkbenchActionConstants.EDIT_END));
		return menu;
	}

	private MenuManager windowMenu() {
		IWorkbenchWindow window = getActionBarConfigurer().getWindowConfigurer().getWindow();
		MenuManager menu = new MenuManager("&Window", IWorkbenchActionConstants.M_WINDOW);
		MenuManager perspectives = new MenuManager("Open &Perspective", "openPerspective");
		perspectives.add(ContributionItemFactory.PERSPECTIVES_SHORTLIST.create(window));
		menu.add(perspectives);
		MenuManager views = new MenuManager("Show &View", "showView");
		views.add(ContributionItemFactory.VIEWS_SHORTLIST.create(window));
		menu.add(views);
		menu.add(new Separator());
		menu.add(resetPerspective);
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		menu.add(new Separator());
		menu.add(preferences);
		return menu;
	}

	private MenuManager helpMenu() {
		MenuManager menu = new MenuManager("&Help", IWorkbenchActionConstants.M_HELP);
		menu.add(new GroupMarker(IWorkbenchActionConstants.HELP_START));
		menu.add(overview);
		menu.add(helpContents);
		menu.add(commandItem(IWorkbenchCommandConstants.WINDOW_SHOW_KEY_ASSIST, "Show &Key Assist"));
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		menu.add(new Separator());
		menu.add(about);
		menu.add(new GroupMarker(IWorkbenchActionConstants.HELP_END));
		return menu;
	}

	private CommandContributionItem commandItem(String commandId, String label) {
		IWorkbenchWindow window = getActionBarConfigurer().getWindowConfigurer().getWindow();
		CommandContributionItemParameter parameter = new CommandContributionItemParameter(window, commandId, commandId,
				CommandContributionItem.STYLE_PUSH);
		parameter.label = label;
		return new CommandContributionItem(parameter);
	}

	@Override
	protected void fillCoolBar(ICoolBarManager coolBar) {
		IToolBarManager fileBar = new ToolBarManager(SWT.FLAT | SWT.RIGHT);
		fileBar.add(newWizardDropDown);
		fileBar.add(openFile);
		fileBar.add(save);
		fileBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		coolBar.add(new ToolBarContributionItem(fileBar, IWorkbenchActionConstants.TOOLBAR_FILE));
		IToolBarManager editBar = new ToolBarManager(SWT.FLAT | SWT.RIGHT);
		editBar.add(undo);
		editBar.add(redo);
		coolBar.add(new ToolBarContributionItem(editBar, IWorkbenchActionConstants.TOOLBAR_EDIT));
		coolBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
	}
}
