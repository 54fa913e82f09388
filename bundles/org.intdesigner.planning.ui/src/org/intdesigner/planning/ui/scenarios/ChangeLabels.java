package org.intdesigner.planning.ui.scenarios;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;
import org.intdesigner.model.compare.ModelChange;
import org.intdesigner.planning.ui.scenarios.ChangeNodes.ElementNode;
import org.intdesigner.planning.ui.scenarios.ChangeNodes.TypeNode;

/**
 * The words of the Scenario Changes tree, column by column: a type with its count, an element by code and name with
 * what happened to it, a feature with its value before and after. The kind of change is coloured and has its icon.
 */
final class ChangeLabels {

	enum Column {
		ELEMENT, CHANGE, BEFORE, AFTER
	}

	private ChangeLabels() {
	}

	static String text(Object node, Column column) {
		if (node instanceof TypeNode type) {
			return column == Column.ELEMENT ? typeName(type.type()) + " (" + type.elements().size() + ")" : "";
		}
		if (node instanceof ElementNode element) {
			return switch (column) {
			case ELEMENT -> element.code().isEmpty() ? element.name() : element.code() + "  " + element.name();
			case CHANGE -> element.whole() ? element.kind().label()
					: element.changes().size() == 1 ? element.kind().label() + " (" + featureName(element.first()) + ")"
							: element.kind().label() + ": " + element.changes().size() + " features";
			case BEFORE -> element.whole() || element.changes().size() > 1 ? "" : before(element.first());
			case AFTER -> element.whole() || element.changes().size() > 1 ? "" : after(element.first());
			};
		}
		if (node instanceof ModelChange change) {
			return switch (column) {
			case ELEMENT -> featureName(change);
			case CHANGE -> change.change().label();
			case BEFORE -> before(change);
			case AFTER -> after(change);
			};
		}
		return "";
	}

	/**
	 * The value before; of a list (the posts an arrangement covers, say) only what left it, marked with a minus, so a
	 * long list changed by one entry reads as that entry. The tool tip has the whole lists.
	 */
	static String before(ModelChange change) {
		return difference(change.before(), change.after(), "\u2212 ");
	}

	/** The value after; of a list only what joined it, marked with a plus. */
	static String after(ModelChange change) {
		return difference(change.after(), change.before(), "+ ");
	}

	private static String difference(String these, String others, String sign) {
		if (!these.contains(LIST) && !others.contains(LIST) || these.isEmpty() || others.isEmpty()) {
			return these;
		}
		List<String> mine = List.of(these.split(LIST));
		List<String> theirs = List.of(others.split(LIST));
		List<String> only = mine.stream().filter(value -> !theirs.contains(value)).toList();
		boolean reordered = only.isEmpty() && theirs.stream().allMatch(mine::contains);
		return reordered ? these : only.stream().map(value -> sign + value).collect(Collectors.joining("; "));
	}

	/** How ModelComparison joins the targets of a many-valued reference. */
	private static final String LIST = "; ";

	/** "Post", "RACI assignment", "WISN study": the class name in words. */
	static String typeName(String type) {
		if ("IntdModel".equals(type)) {
			return "Model";
		}
		String[] words = words(type.replace("Raci", "RACI").replace("Wisn", "WISN")).split(" ");
		StringBuilder text = new StringBuilder(words[0]);
		for (int i = 1; i < words.length; i++) {
			text.append(' ').append(words[i].equals(words[i].toUpperCase(Locale.ROOT)) ? words[i] : words[i].toLowerCase(Locale.ROOT));
		}
		return text.toString();
	}

	/** The feature in words; a move under another parent says "parent" rather than the list it sits in. */
	static String featureName(ModelChange change) {
		if (change.feature().isEmpty()) {
			return change.change().label();
		}
		if (change.change() == ModelChange.Kind.MOVED && !"employer".equals(change.feature())) {
			return "parent";
		}
		return "fte".equals(change.feature()) ? "FTE" : words(change.feature()).toLowerCase(Locale.ROOT);
	}

	private static String words(String camel) {
		return camel.replaceAll("(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", " ");
	}

	/** The tree's labels: the text of each column, the kind's icon on the element column and its colour on the kind's. */
	static ColumnLabelProvider provider(Column column, ChangeIcons icons) {
		return new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text(element, column);
			}

			@Override
			public Image getImage(Object element) {
				return column == Column.ELEMENT && kind(element) != null ? icons.image(kind(element)) : null;
			}

			@Override
			public Color getForeground(Object element) {
				return column == Column.CHANGE && kind(element) != null ? icons.colour(kind(element)) : null;
			}

			@Override
			public String getToolTipText(Object element) {
				ModelChange change = element instanceof ModelChange c ? c
						: element instanceof ElementNode node && !node.whole() && node.changes().size() == 1 ? node.first() : null;
				return change == null || change.before().isEmpty() && change.after().isEmpty() ? null
						: "Before: " + change.before() + "\nAfter: " + change.after();
			}
		};
	}

	static ModelChange.Kind kind(Object node) {
		if (node instanceof ElementNode element) {
			return element.kind();
		}
		return node instanceof ModelChange change ? change.change() : null;
	}
}
