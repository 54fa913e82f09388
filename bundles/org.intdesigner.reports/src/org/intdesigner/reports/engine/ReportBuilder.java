package org.intdesigner.reports.engine;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.intdesigner.reports.Audience;
import org.intdesigner.reports.MissingData;
import org.intdesigner.reports.ReportContext;
import org.intdesigner.reports.ReportSection;

/**
 * Runs the chosen sections one after another into a {@link ReportDocument}. A section whose data
 * is missing, or that fails, is replaced by a line saying so, and the others are still written:
 * one broken plug-in never costs the user the whole pack.
 */
public final class ReportBuilder {

	private ReportBuilder() {
	}

	public static ReportDocument build(ReportContext context, List<SectionDescriptor> sections, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, "Writing the report", sections.size());
		prepare(context, sections);
		List<SectionContent> written = new ArrayList<>();
		for (SectionDescriptor descriptor : sections) {
			if (progress.isCanceled() || context.cancelled()) {
				throw new OperationCanceledException();
			}
			progress.subTask(descriptor.title());
			written.add(write(context, descriptor));
			progress.worked(1);
		}
		return new ReportDocument(title(context.audience(), context.scope().element().getName()), context.scope().label(),
				context.audience(), context.date(), context.model().getName(), written);
	}

	/** Lets each section start its long model-wide work early; a section that cannot is simply written later. */
	private static void prepare(ReportContext context, List<SectionDescriptor> sections) {
		for (SectionDescriptor descriptor : sections) {
			try {
				descriptor.factory().get().prepare(context);
			} catch (RuntimeException | LinkageError failed) {
				ILog.get().log(Status.warning("Report section " + descriptor.id() + " of " + descriptor.contributor()
						+ " could not start its work early; it is done when the section is written", failed));
			}
		}
	}

	/** One section; what goes wrong in it stays in it. */
	static SectionContent write(ReportContext context, SectionDescriptor descriptor) {
		SectionContent content = new SectionContent(descriptor.id(), descriptor.title());
		try {
			ReportSection section = descriptor.factory().get();
			section.write(context, content);
		} catch (OperationCanceledException cancelled) {
			throw cancelled;
		} catch (MissingData missing) {
			content.clear();
			content.missing(missing.getMessage());
		} catch (Exception | LinkageError failed) {
			ILog.get().log(Status.error("Report section " + descriptor.id() + " of " + descriptor.contributor() + " failed", failed));
			content.clear();
			content.missing("This section could not be written (" + failed.getClass().getSimpleName()
					+ (failed.getMessage() == null ? "" : ": " + failed.getMessage()) + "); the error is in the log. The rest of"
					+ " the report is complete. Please report it to the section's provider, " + descriptor.contributor() + ".");
		}
		return content;
	}

	/** "Riverside: place board pack". */
	public static String title(Audience audience, String scopeName) {
		String kind = switch (audience) {
		case BOARD -> "place board pack";
		case NEIGHBOURHOOD -> "neighbourhood pack";
		case PARTNER -> "partner pack";
		};
		return (scopeName == null ? "INT" : scopeName) + ": " + kind;
	}
}
