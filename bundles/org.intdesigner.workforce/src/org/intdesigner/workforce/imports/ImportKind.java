package org.intdesigner.workforce.imports;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.intdesigner.workforce.imports.api.FileKind;
import org.intdesigner.workforce.imports.api.ImportTarget;
import org.intdesigner.workforce.store.StoreTable;

/**
 * The kinds of file this bundle reads itself, by the name the command line uses. They reach the
 * store, the wizard and the command line as every other kind does, through the extension point
 * {@code org.intdesigner.workforce.fileKinds} (this bundle's plugin.xml, with their names and columns
 * in words); {@link FileKinds} lists every kind installed. Code outside OSGi (a plain Java child
 * process) uses {@link #fileKind()}.
 */
public enum ImportKind {
	/** staff.csv: person_id,org_id,role_id,team_id,post_id,fte,start_date,end_date,leaving_reason */
	STAFF("staff", ImportTarget.STAFF),
	/** establishment.csv: org_id,role_id,month,planned_fte */
	ESTABLISHMENT("establishment", ImportTarget.ESTABLISHMENT),
	/** absence.csv: person_id,start_date,end_date (sickness absence spells of people in staff) */
	ABSENCE("absence", ImportTarget.ABSENCE),
	/** skills.csv: person_id,capability_id,level,assessed_on,expires_on (assessments of people in staff) */
	SKILLS("skills", ImportTarget.SKILL),
	/** survey.csv: org_id,team_id,q1..q9 (answers 1-5), and the further questions a questions file names */
	SURVEY("survey", ImportTarget.SURVEY_RESPONSE),
	/** NHS Digital's PCN workforce, individual level: one row per person and role, onto staff in post */
	PCN_WORKFORCE("pcn-workforce", ImportTarget.STAFF),
	/** NHS Digital's GP workforce, practice level, long format: FTE and headcount per role, onto staff in post */
	GP_PRACTICE("gp-practice", ImportTarget.STAFF),
	/**
	 * Skills for Care's ASC-WDS (formerly NMDS-SC) worker bulk-upload file: one row per social care worker,
	 * onto staff in post in their main job role
	 */
	ASC_WDS("asc-wds", ImportTarget.STAFF),
	/** any staff spreadsheet (an ESR or HR-system extract) with a mapping file of its columns onto staff's */
	MAPPED_STAFF("mapped-staff", ImportTarget.STAFF);

	private final String id;
	private final ImportTarget target;

	ImportKind(String id, ImportTarget target) {
		this.id = id;
		this.target = target;
	}

	/** The name on the command line and in the import log. */
	public String id() {
		return id;
	}

	/** The table the rows go to. */
	public StoreTable table() {
		return target.table();
	}

	public ImportTarget target() {
		return target;
	}

	/** The reader of one pass ({@code further}: a survey's further questions, else empty). */
	RowReader rows(ImportContext context, List<SurveyQuestions.Question> further) {
		return switch (this) {
		case STAFF -> new StaffRows(context);
		case ESTABLISHMENT -> new EstablishmentRows(context);
		case ABSENCE -> new AbsenceRows(context);
		case SKILLS -> new SkillRows(context);
		case SURVEY -> new SurveyRows(context, further);
		case PCN_WORKFORCE -> new PcnWorkforceRows(context);
		case GP_PRACTICE -> new GpPracticeRows(context);
		case ASC_WDS -> new AscWdsWorkerRows(context);
		case MAPPED_STAFF -> new MappedStaffRows(context);
		};
	}

	/**
	 * The kind without the words its plugin.xml gives it (its id for its name, its required columns
	 * for its columns): for imports that name a built-in kind in code. {@link FileKinds} has the kinds as
	 * installed.
	 */
	public FileKind fileKind() {
		return plain();
	}

	/** The built-in kind {@code kind} is, if this bundle contributed it. */
	static ImportKind builtIn(FileKind kind) {
		if (!FileKinds.BUNDLE.equals(kind.contributor())) {
			return null;
		}
		return Arrays.stream(values()).filter(k -> k.id.equals(kind.id())).findFirst().orElse(null);
	}

	/** The kind as plain Java knows it: its id for its name, its required columns for its columns in words. */
	FileKind plain() {
		return new FileKind(id, id, String.join(",", rows(null, List.of()).requiredColumns()), target,
				FileKinds.BUNDLE, () -> BuiltInReader.of(this));
	}

	/** The kind called {@code id} (case ignored). */
	public static ImportKind of(String id) {
		String wanted = id.trim().toLowerCase(Locale.ROOT);
		return Arrays.stream(values()).filter(k -> k.id.equals(wanted)).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("'" + id + "' is not a kind of workforce file: use one of "
						+ ids()));
	}

	public static String ids() {
		return Arrays.stream(values()).map(ImportKind::id).collect(Collectors.joining(", "));
	}
}
