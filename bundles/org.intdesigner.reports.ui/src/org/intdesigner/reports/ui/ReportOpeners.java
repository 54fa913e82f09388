package org.intdesigner.reports.ui;

/** The opener the Export Report wizard uses: the system's, unless a test put another in. */
public final class ReportOpeners {

	private static final ReportOpener SYSTEM = new SystemReportOpener();
	private static volatile ReportOpener current = SYSTEM;

	private ReportOpeners() {
	}

	public static ReportOpener get() {
		return current;
	}

	/** Opens reports with {@code other} from now on (null: the system's again); returns the one before. */
	public static ReportOpener use(ReportOpener other) {
		ReportOpener before = current;
		current = other == null ? SYSTEM : other;
		return before;
	}
}
