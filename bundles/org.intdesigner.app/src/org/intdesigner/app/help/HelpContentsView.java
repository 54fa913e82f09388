package org.intdesigner.app.help;

import java.net.URL;
import java.util.Arrays;
import java.util.Optional;

import org.eclipse.help.HelpSystem;
import org.eclipse.help.IToc;
import org.eclipse.help.ITopic;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;

/**
 * The user guide: the table of contents every plug-in contributes through the standard
 * {@code org.eclipse.help.toc} extension point, a search box above it that lists the sections
 * holding the words typed instead, and the selected topic in an embedded browser.
 * Without WebKitGTK the embedded browser cannot exist: topics then open in the system's browser.
 */
public final class HelpContentsView extends ViewPart {

	private Text search;
	private TreeViewer contents;
	private HelpSearchResults results;
	/** Read at the first search: most people never search, and reading every page costs a moment. */
	private HelpSearch index;
	private Browser browser;
	private Label fallbackTopic;

	@Override
	public void createPartControl(Composite parent) {
		SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
		Composite finder = new Composite(sash, SWT.NONE);
		GridLayout finderLayout = new GridLayout(1, false);
		finderLayout.marginWidth = 0;
		finderLayout.marginHeight = 0;
		finder.setLayout(finderLayout);
		search = new Text(finder, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		search.setMessage("Search the help");
		search.setToolTipText("Search the help: pages holding every word typed");
		search.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		Composite lists = new Composite(finder, SWT.NONE);
		lists.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		StackLayout stack = new StackLayout();
		lists.setLayout(stack);
		contents = new TreeViewer(lists, SWT.BORDER | SWT.SINGLE);
		results = new HelpSearchResults(lists, this::show);
		stack.topControl = contents.getControl();
		search.addListener(SWT.Modify, e -> {
			String query = search.getText();
			if (query.isBlank()) {
				stack.topControl = contents.getControl();
			} else {
				if (index == null) {
					index = HelpSearch.of(HelpSystem.getTocs());
				}
				results.show(query, index.search(query));
				stack.topControl = results.getControl();
			}
			lists.layout();
		});
		// Enter shows the best section found; the arrow down goes to the list of them
		search.addListener(SWT.DefaultSelection, e -> {
			if (e.detail != SWT.ICON_CANCEL && !search.getText().isBlank()) {
				results.openFirst();
			}
		});
		search.addListener(SWT.KeyDown, e -> {
			if (e.keyCode == SWT.ARROW_DOWN && stack.topControl == results.getControl()) {
				results.getControl().setFocus();
			}
		});
		contents.getTree().setToolTipText("Help contents");
		contents.setContentProvider(new TocContentProvider());
		contents.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return element instanceof IToc toc ? toc.getLabel() : ((ITopic) element).getLabel();
			}
		});
		contents.setInput(HelpSystem.getTocs());
		contents.expandToLevel(2);
		createReader(sash);
		sash.setWeights(1, 2);
		contents.addSelectionChangedListener(event -> {
			Object selected = event.getStructuredSelection().getFirstElement();
			if (selected instanceof ITopic topic) {
				show(topic.getHref());
			} else if (selected instanceof IToc toc && toc.getTopic(null) != null) {
				show(toc.getTopic(null).getHref());
			}
		});
		firstTopic().ifPresent(topic -> contents.setSelection(new StructuredSelection(topic), true));
	}

	private void createReader(Composite parent) {
		try {
			browser = new Browser(parent, SWT.NONE);
		} catch (SWTError e) {
			Composite fallback = new Composite(parent, SWT.NONE);
			fallback.setLayout(new GridLayout(1, false));
			Link why = new Link(fallback, SWT.WRAP);
			why.setText("The built-in help reader needs WebKitGTK (Debian package libwebkit2gtk-4.1-0), which is "
					+ "not installed. Topics you select open in your web browser instead.");
			why.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
			fallbackTopic = new Label(fallback, SWT.WRAP);
			fallbackTopic.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		}
	}

	/** Shows the topic with this help href; returns false when no such topic file exists. */
	public boolean show(String href) {
		Optional<URL> url = HelpTopicLocator.locate(href);
		if (url.isEmpty()) {
			return false;
		}
		if (browser != null) {
			browser.setUrl(url.get().toExternalForm());
		} else {
			fallbackTopic.setText(url.get().toExternalForm());
			fallbackTopic.getParent().layout();
			Program.launch(url.get().toExternalForm());
		}
		return true;
	}

	/** True when topics are read inside the view (WebKitGTK present). */
	public boolean hasEmbeddedBrowser() {
		return browser != null;
	}

	public Browser getBrowser() {
		return browser;
	}

	private Optional<ITopic> firstTopic() {
		return Arrays.stream(HelpSystem.getTocs()).map(IToc::getTopics).filter(t -> t.length > 0).map(t -> t[0])
				.findFirst();
	}

	@Override
	public void setFocus() {
		contents.getControl().setFocus();
	}

	private static final class TocContentProvider implements ITreeContentProvider {

		@Override
		public Object[] getElements(Object input) {
			return (Object[]) input;
		}

		@Override
		public Object[] getChildren(Object parent) {
			if (parent instanceof IToc toc) {
				return toc.getTopics();
			}
			return parent instanceof ITopic topic ? topic.getSubtopics() : new Object[0];
		}

		@Override
		public Object getParent(Object element) {
			return null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return getChildren(element).length > 0;
		}
	}
}
