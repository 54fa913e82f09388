package org.intdesigner.reports;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.function.BooleanSupplier;

import org.intdesigner.model.IntdModel;
import org.intdesigner.workforce.metrics.MeasureBatch;
import org.intdesigner.workforce.metrics.SmallNumberSuppression;
import org.intdesigner.workforce.store.WorkforceStore;

/**
 * What a section reads: the model and the scope asked for, the audience, the workforce store
 * when there is one (opened and closed by whoever asked for the report), the small-number
 * suppression every figure from the store goes through, and the date the report is for.
 */
public final class ReportContext {

	private final IntdModel model;
	private final Path modelFile;
	private final ReportScope scope;
	private final Audience audience;
	private final WorkforceStore store;
	private final SmallNumberSuppression suppression;
	private final LocalDate date;
	private final YearMonth month;
	private final BooleanSupplier cancelled;
	private final SharedResults shared;

	/**
	 * @param modelFile the model's file (scenarios find their baseline beside it), or null
	 * @param store     the workforce store, or null when there is none
	 * @param month     the last month of the workforce figures, or null: the latest month of the store's data
	 * @param cancelled true when the user has cancelled (sections with long work look at it)
	 */
	public ReportContext(IntdModel model, Path modelFile, ReportScope scope, Audience audience, WorkforceStore store,
			SmallNumberSuppression suppression, LocalDate date, YearMonth month, BooleanSupplier cancelled) {
		this(model, modelFile, scope, audience, store, suppression, date, month, cancelled, new SharedResults());
	}

	/** @param shared what the sections of this run (one report, or one file per place) work out once */
	public ReportContext(IntdModel model, Path modelFile, ReportScope scope, Audience audience, WorkforceStore store,
			SmallNumberSuppression suppression, LocalDate date, YearMonth month, BooleanSupplier cancelled, SharedResults shared) {
		this.model = model;
		this.modelFile = modelFile;
		this.scope = scope;
		this.audience = audience;
		this.store = store;
		this.suppression = suppression;
		this.date = date;
		this.month = month;
		this.cancelled = cancelled == null ? () -> false : cancelled;
		this.shared = shared;
	}

	/** Model-wide results the sections of this run share (see {@link SharedResults}). */
	public SharedResults shared() {
		return shared;
	}

	/**
	 * The workforce measures this run has read, for {@link MeasureBatch#run(MeasureBatch.Memory, MeasureBatch.Work)}:
	 * every section and, in an all-places run, every place add up the same teams' measures and read the same skills
	 * records, so each is read from the store once a run.
	 */
	public MeasureBatch.Memory measures() {
		return shared.get("org.intdesigner.workforce.metrics.measures", MeasureBatch.Memory::new);
	}

	public IntdModel model() {
		return model;
	}

	public Path modelFile() {
		return modelFile;
	}

	public ReportScope scope() {
		return scope;
	}

	public Audience audience() {
		return audience;
	}

	public boolean hasStore() {
		return store != null;
	}

	/** The workforce store, or MissingData saying how to give one. */
	public WorkforceStore store() throws MissingData {
		if (store == null) {
			throw new MissingData("No workforce store: import the partners' workforce files (File > Import > Workforce Data,"
					+ " or ./intd import-workforce), or name the store with --db DIR or --server HOST:PORT.");
		}
		return store;
	}

	public SmallNumberSuppression suppression() {
		return suppression;
	}

	/** The day the report is made for (its cover says so). */
	public LocalDate date() {
		return date;
	}

	/** The last month of workforce figures asked for, or null: the latest month with data. */
	public YearMonth month() {
		return month;
	}

	public boolean cancelled() {
		return cancelled.getAsBoolean();
	}
}
