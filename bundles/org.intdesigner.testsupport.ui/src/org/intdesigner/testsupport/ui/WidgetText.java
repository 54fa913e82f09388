package org.intdesigner.testsupport.ui;

import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Item;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.swt.widgets.Widget;

/**
 * The text and tool tip a user sees on a widget, without mnemonics ("&amp;File" is "File") and
 * without the accelerator shown after a tab in menu items ("Save\tCtrl+S" is "Save"). Call on
 * the UI thread.
 */
public final class WidgetText {

	private WidgetText() {
	}

	public static String of(Widget widget) {
		String raw = switch (widget) {
		case Button b -> b.getText();
		case Label l -> l.getText();
		case CLabel l -> l.getText();
		case Link l -> l.getText();
		case Text t -> t.getText();
		case StyledText t -> t.getText();
		case Combo c -> c.getText();
		case Group g -> g.getText();
		case Shell s -> s.getText();
		case Item i -> i.getText();
		default -> null;
		};
		return clean(raw);
	}

	public static String toolTipOf(Widget widget) {
		return switch (widget) {
		case Control c -> c.getToolTipText();
		case ToolItem t -> t.getToolTipText();
		case CTabItem t -> t.getToolTipText();
		default -> null;
		};
	}

	/** Drops the accelerator part and the mnemonic markers ("&amp;&amp;" stays a literal "&amp;"). */
	public static String clean(String raw) {
		if (raw == null) {
			return null;
		}
		int tab = raw.indexOf('\t');
		String text = tab >= 0 ? raw.substring(0, tab) : raw;
		return text.replace("&&", "\u0000").replace("&", "").replace('\u0000', '&').trim();
	}
}
