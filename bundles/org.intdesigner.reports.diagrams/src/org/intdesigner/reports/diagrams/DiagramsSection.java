package org.intdesigner.reports.diagrams;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.intdesigner.diagram.registry.ContributedDiagram;
import org.intdesigner.diagram.registry.SpecificationRegistry;
import org.intdesigner.model.Area;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.io.ModelFiles;
import org.intdesigner.reports.ReportContext;
import org.intdesigner.reports.ReportScope;
import org.intdesigner.reports.ReportSection;
import org.intdesigner.reports.SectionWriter;

/**
 * "Diagrams": every diagram type the product has for the report's scope (team structure, boundary
 * map, accountability map, line management, and any a plug-in adds), each drawn as a vector figure
 * without a display ({@link ScopeDiagrams}). What a page cannot show readably is said, with where
 * to see it whole: the workbench's diagram editor.
 */
public final class DiagramsSection implements ReportSection {

	/**
	 * Beyond this many posts in scope no diagram of it reads on a page (a London-scale place has about
	 * 1,250), and working them out in a model of that size takes longer than the whole report may.
	 */
	static final int MAX_POSTS = 400;

	@Override
	public void write(ReportContext context, SectionWriter out) {
		ReportScope scope = context.scope();
		if (scope.posts().size() > MAX_POSTS) {
			out.missing("The diagrams of " + scope.label() + " are left out: its " + scope.posts().size() + " posts are too many to draw"
					+ " readably on pages. " + smallerScopes(scope) + " Or open them in the workbench (File > New > Diagram, drawn of "
					+ name(scope) + "), where they can be zoomed and filtered.");
			return;
		}
		EObject element = inResource(context.model(), scope.element());
		SpecificationRegistry registry = SpecificationRegistry.getDefault();
		List<ContributedDiagram> types = registry.applicableTo(element);
		if (types.isEmpty()) {
			out.missing("No diagram types are installed for " + scope.label() + " (the INT diagrams come with org.intdesigner.model.diagrams).");
			return;
		}
		SavedDiagrams saved = SavedDiagrams.beside(context.modelFile());
		out.paragraph("Each kind of diagram of " + scope.label() + ", drawn as in the workbench's diagram editor: as saved in "
				+ (saved.fileName().isEmpty() ? "the model's diagram file" : saved.fileName())
				+ " where a diagram of this kind is drawn of it, else laid out afresh. Open them in the workbench"
				+ " (File > New > Diagram, drawn of " + name(scope) + ") to zoom, filter and follow the lines.");
		if (saved.problem() != null) {
			out.missing("The saved diagrams could not be read, so these are laid out afresh: " + saved.problem());
		}
		ScopeDiagrams diagrams = new ScopeDiagrams(saved, registry.getExpressions());
		for (ContributedDiagram type : types) {
			if (context.cancelled()) {
				return;
			}
			write(type, diagrams, element, scope, out);
		}
	}

	private static void write(ContributedDiagram type, ScopeDiagrams diagrams, EObject element, ReportScope scope, SectionWriter out) {
		String kind = label(type);
		String title = kind + " of " + scope.label();
		ScopeDiagrams.Outcome outcome;
		try {
			outcome = diagrams.draw(type, element, title);
		} catch (RuntimeException e) {
			// one diagram type failing (a plug-in's specification, say) leaves the others drawn
			out.missing("The " + lower(kind) + " could not be drawn: " + (e.getMessage() == null ? e.toString() : e.getMessage())
					+ ". Open it in the workbench, which shows where its specification fails.");
			return;
		}
		switch (outcome) {
		case ScopeDiagrams.Drawn drawn -> {
			out.heading(kind);
			out.figure(drawn.figure());
			out.paragraph(note(drawn));
		}
		case ScopeDiagrams.Empty empty -> out.missing("The " + lower(kind) + " has nothing to show of " + scope.label() + ".");
		case ScopeDiagrams.TooLarge large -> out.missing("The " + lower(kind) + " of " + scope.label() + " is left out: its "
				+ large.nodes() + " boxes cannot be read on a page. Open it in the workbench (File > New > Diagram, drawn of "
				+ name(scope) + "), or make the report of a smaller part of it (a neighbourhood or a team).");
		}
	}

	private static String note(ScopeDiagrams.Drawn drawn) {
		String how = drawn.saved() ? "As saved in the workbench" : "Laid out afresh";
		String text = drawn.collapsed()
				? how + ", showing only the top level: " + drawn.nodes() + " boxes, each marked [+n] with how many it holds;"
						+ " what is inside them is left out to keep it readable. Open the diagram in the workbench to expand them."
				: how + ": " + drawn.nodes() + (drawn.nodes() == 1 ? " box." : " boxes.");
		return drawn.readable() ? text
				: text + " It is an overview, small on paper: it is drawn as vectors, so zoom in on screen to read it.";
	}

	/** Where to look instead: the neighbourhoods (or other areas) within, else the teams. */
	private static String smallerScopes(ReportScope scope) {
		List<String> ids = scope.element() instanceof Area area
				? area.getSubAreas().stream().map(a -> a.getCode() != null && !a.getCode().isBlank() ? a.getCode() : a.getId()).toList()
				: List.of();
		if (ids.isEmpty()) {
			return "Make the report of one of its " + scope.teams().size() + " teams (--scope TEAM) to draw them.";
		}
		String listed = String.join(", ", ids.subList(0, Math.min(10, ids.size())))
				+ (ids.size() > 10 ? " and " + (ids.size() - 10) + " more" : "");
		return "Make the report of one of the areas within it to draw them: --scope " + listed + ".";
	}

	private static String label(ContributedDiagram type) {
		String label = type.description().getLabel();
		return label == null || label.isBlank() ? type.description().getName() : label;
	}

	private static String lower(String label) {
		return label.isEmpty() ? label : label.substring(0, 1).toLowerCase(Locale.ROOT) + label.substring(1);
	}

	private static String name(ReportScope scope) {
		return scope.element().getName() == null ? scope.element().getId() : scope.element().getName();
	}

	/**
	 * Diagrams name their elements by their place in a resource (as the diagram file does), so a model
	 * made in memory (a sample, a test) is given a resource of its own; a loaded model has one already.
	 */
	private static EObject inResource(IntdModel model, EObject element) {
		if (model.eResource() == null) {
			String name = model.getName() == null || model.getName().isBlank() ? "model" : model.getName().replaceAll("[^A-Za-z0-9_-]", "_");
			ModelFiles.createResource(ModelFiles.newResourceSet(), Path.of(name + "." + ModelFiles.EXTENSION)).getContents().add(model);
		}
		return element;
	}
}
