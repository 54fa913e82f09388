package org.intdesigner.app.files;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.CompoundContributionItem;

/** The items of File &gt; Open Recent, rebuilt from {@link RecentFiles} each time the menu opens. */
public final class RecentFilesMenu extends CompoundContributionItem {

	public RecentFilesMenu() {
		super("org.intdesigner.app.recentFiles");
	}

	@Override
	protected IContributionItem[] getContributionItems() {
		RecentFiles recent = new RecentFiles();
		List<Path> files = recent.list();
		List<IContributionItem> items = new ArrayList<>();
		if (files.isEmpty()) {
			Action none = new Action("(no recent files)") {
			};
			none.setEnabled(false);
			items.add(new ActionContributionItem(none));
			return items.toArray(IContributionItem[]::new);
		}
		for (int i = 0; i < files.size(); i++) {
			items.add(new ActionContributionItem(openAction(i + 1, files.get(i))));
		}
		items.add(new Separator());
		items.add(new ActionContributionItem(new Action("&Clear Recent Files") {
			@Override
			public void run() {
				recent.clear();
			}
		}));
		return items.toArray(IContributionItem[]::new);
	}

	private static Action openAction(int number, Path file) {
		String mnemonic = number < 10 ? "&" + number + " " : "";
		String parent = file.getParent() == null ? "" : "  [" + file.getParent() + "]";
		// "&" marks a mnemonic in menu labels: escape the ones in file names
		String label = (mnemonic + file.getFileName() + parent).replace("&", "&&").replaceFirst("^&&(\\d) ", "&$1 ");
		Action action = new Action(label) {
			@Override
			public void run() {
				IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
				if (window != null) {
					new EditorOpener(window).open(file);
				}
			}
		};
		action.setToolTipText(file.toString());
		return action;
	}
}
