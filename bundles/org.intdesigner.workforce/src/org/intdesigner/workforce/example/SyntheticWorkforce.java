package org.intdesigner.workforce.example;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Post;

/**
 * A plausible, made-up year of workforce data for the posts of an INT model, the same for the
 * same model, months and seed: who holds each post (pseudonymous ids), leavers (about 12% a year)
 * and joiners after a vacancy of one to four months, vacant posts filled during the year or not,
 * the planned FTE per organisation, role and month (the posts' FTE, with some posts funded during
 * the year and not yet filled), sickness absence (short spells, now and then a long one), skills
 * assessments ({@link SyntheticSkills}), and one staff survey in the seventh month, with further
 * questions beyond q1-q9 on each theme of {@link #QUESTIONS}. Rows name the model's codes of
 * organisations, roles, teams (a post's first team), posts and capabilities. Skills and the further
 * answers draw on random numbers of their own, so the other files stay as they were before them.
 */
public final class SyntheticWorkforce {

	/** One person in one post for a while; {@code end} null while in post. */
	public record Spell(String person, String organisation, String role, String team, String post, BigDecimal fte,
			LocalDate start, LocalDate end, String leavingReason) {
	}

	public record Planned(String organisation, String role, YearMonth month, BigDecimal fte) {
	}

	/** Sickness absence; {@code end} null while still absent at the end of the data. */
	public record Absence(String person, LocalDate start, LocalDate end) {
	}

	/** One survey response: answers 1-5 to q1..q9 and to the further {@link #QUESTIONS}, 0 for a question not answered. */
	public record Response(String organisation, String team, int[] answers, int[] further) {
	}

	/** A person's assessed level (0-4) of a capability; {@code expires} null when it does not lapse. */
	public record Assessment(String person, String capability, int level, LocalDate assessed, LocalDate expires) {
	}

	/** A further survey question: its column, wording and theme. */
	public record Question(String column, String text, String theme) {
	}

	public record Data(LocalDate from, LocalDate to, List<Spell> staff, List<Planned> establishment,
			List<Absence> absence, List<Assessment> skills, List<Response> survey, List<Question> questions) {
	}

	/** The survey's further questions: one or two on each theme (satisfaction, improvement, productivity, alignment). */
	public static final List<Question> QUESTIONS = List.of(
			new Question("satisfied", "Overall, I am satisfied with my job", "satisfaction"),
			new Question("recommend", "I would recommend my team as a place to work", "satisfaction"),
			new Question("improve", "I am able to make improvements happen in my area of work", "improvement"),
			new Question("resources", "I have the time and resources to do my job well", "productivity"),
			new Question("duplication", "Our team rarely repeats work another organisation has already done", "productivity"),
			new Question("goals", "I understand the goals of my INT", "alignment"),
			new Question("shared", "My team and our partner organisations work towards the same goals", "alignment"));

	private static final double LEAVERS_A_YEAR = 0.12;
	private static final String[] REASONS = { "Voluntary resignation - relocation",
			"Voluntary resignation - work life balance", "Voluntary resignation - promotion", "Retirement age",
			"End of fixed term contract", "Voluntary resignation - better reward package" };

	private final IntdModel model;
	private final YearMonth first;
	private final int months;
	private final Random random;
	private final Random further;
	private final long seed;
	private final LocalDate from;
	private final LocalDate to;
	private int people;

	private SyntheticWorkforce(IntdModel model, YearMonth first, int months, long seed) {
		this.model = model;
		this.first = first;
		this.months = months;
		this.random = new Random(seed);
		this.further = new Random(seed + 1);
		this.seed = seed;
		this.from = first.atDay(1);
		this.to = first.plusMonths(months - 1L).atEndOfMonth();
	}

	/** {@code months} months of data from the first day of {@code first}. */
	public static Data generate(IntdModel model, YearMonth first, int months, long seed) {
		return new SyntheticWorkforce(model, first, months, seed).build();
	}

	private Data build() {
		List<Spell> staff = new ArrayList<>();
		for (Post post : model.getPosts()) {
			spells(post, staff);
		}
		List<Planned> establishment = establishment();
		List<Absence> absence = absence(staff);
		List<Response> survey = survey(staff);
		List<Assessment> skills = SyntheticSkills.generate(model, staff, from, to, seed + 2);
		return new Data(from, to, List.copyOf(staff), establishment, absence, skills, survey, QUESTIONS);
	}

	/** The holders of one post through the year: the one in post at the start (if any), then leavers and joiners. */
	private void spells(Post post, List<Spell> staff) {
		LocalDate start;
		if (post.getHolder() != null) {
			start = from.minusDays(60 + random.nextInt(4000));
		} else if (random.nextBoolean()) {
			start = from.plusMonths(1 + random.nextInt(Math.max(1, months - 2))).plusDays(random.nextInt(28));
		} else {
			return; // vacant all year
		}
		while (!start.isAfter(to)) {
			LocalDate end = leaving(start);
			String reason = end == null ? null : REASONS[random.nextInt(REASONS.length)];
			staff.add(new Spell(nextPerson(), post.getEmployer().getCode(), post.getRole().getCode(), team(post),
					post.getCode(), fte(post.getFte()), start, end, reason));
			if (end == null) {
				return;
			}
			start = end.plusMonths(1 + random.nextInt(4)).plusDays(random.nextInt(20));
		}
	}

	/** A day in the data's year when the holder leaves, or null: each month in post within it, a chance to go. */
	private LocalDate leaving(LocalDate start) {
		double monthly = 1 - Math.pow(1 - LEAVERS_A_YEAR, 1.0 / 12);
		for (YearMonth month = YearMonth.from(start.isBefore(from) ? from : start); !month.isAfter(YearMonth.from(to));
				month = month.plusMonths(1)) {
			if (random.nextDouble() < monthly) {
				LocalDate day = month.atDay(1 + random.nextInt(month.lengthOfMonth()));
				LocalDate earliest = start.plusDays(30); // nobody leaves in their first month
				LocalDate end = day.isBefore(earliest) ? earliest : day;
				return end.isAfter(to) ? null : end;
			}
		}
		return null;
	}

	private String nextPerson() {
		return String.format("RIV%05d", ++people);
	}

	private static String team(Post post) {
		return post.getAllocations().isEmpty() ? null : post.getAllocations().get(0).getTeam().getCode();
	}

	private static BigDecimal fte(double fte) {
		return BigDecimal.valueOf(fte).setScale(2, RoundingMode.HALF_UP);
	}

	/** The FTE of the posts of each organisation and role; one pair in eight funds one more FTE from a month of the year. */
	private List<Planned> establishment() {
		Map<List<String>, BigDecimal> posts = new LinkedHashMap<>();
		for (Post post : model.getPosts()) {
			posts.merge(List.of(post.getEmployer().getCode(), post.getRole().getCode()), fte(post.getFte()), BigDecimal::add);
		}
		List<Planned> planned = new ArrayList<>();
		for (Map.Entry<List<String>, BigDecimal> entry : posts.entrySet()) {
			int growsFrom = random.nextInt(8) == 0 ? 1 + random.nextInt(months - 1) : months;
			for (int m = 0; m < months; m++) {
				BigDecimal fte = m >= growsFrom ? entry.getValue().add(BigDecimal.ONE) : entry.getValue();
				planned.add(new Planned(entry.getKey().get(0), entry.getKey().get(1), first.plusMonths(m), fte));
			}
		}
		return List.copyOf(planned);
	}

	/** Per person and month in post, about one chance in six of a short spell; per spell, one in twenty-five of a long one. */
	private List<Absence> absence(List<Spell> staff) {
		List<Absence> absence = new ArrayList<>();
		for (Spell spell : staff) {
			LocalDate inFrom = spell.start().isBefore(from) ? from : spell.start();
			LocalDate inTo = spell.end() == null ? to : spell.end();
			LocalDate free = inFrom;
			boolean longSpell = random.nextInt(25) == 0;
			for (YearMonth month = YearMonth.from(inFrom); !month.isAfter(YearMonth.from(inTo)); month = month.plusMonths(1)) {
				if (random.nextInt(6) != 0 && !longSpell) {
					continue;
				}
				LocalDate start = month.atDay(1 + random.nextInt(month.lengthOfMonth()));
				int days = longSpell ? 28 + random.nextInt(63) : 1 + random.nextInt(7);
				longSpell = false;
				if (start.isBefore(free) || start.isAfter(inTo)) {
					continue;
				}
				LocalDate end = start.plusDays(days - 1L);
				if (end.isAfter(inTo)) {
					end = spell.end() == null && end.isAfter(to) ? null : inTo;
				}
				absence.add(new Absence(spell.person(), start, end));
				if (end == null) {
					break;
				}
				free = end.plusDays(2);
			}
		}
		absence.sort(Comparator.comparing(Absence::start).thenComparing(Absence::person));
		return List.copyOf(absence);
	}

	/** Answers to the further questions, near the organisation's mood; about one in twenty left empty. */
	private int[] furtherAnswers(double base) {
		int[] answers = new int[QUESTIONS.size()];
		for (int q = 0; q < answers.length; q++) {
			answers[q] = further.nextInt(20) == 0 ? 0
					: (int) Math.max(1, Math.min(5, Math.round(base - 0.3 + further.nextGaussian() * 0.9)));
		}
		return answers;
	}

	/** The survey of the seventh month: about 60% of those in post answer; each organisation has its own mood. */
	private List<Response> survey(List<Spell> staff) {
		LocalDate day = first.plusMonths(Math.min(6, months - 1)).atDay(1);
		Map<String, Double> mood = new HashMap<>();
		List<Response> responses = new ArrayList<>();
		for (Spell spell : staff) {
			boolean inPost = !spell.start().isAfter(day) && (spell.end() == null || !spell.end().isBefore(day));
			if (!inPost || random.nextInt(10) >= 6) {
				continue;
			}
			double base = mood.computeIfAbsent(spell.organisation(), o -> 3.3 + random.nextDouble() * 0.8);
			int[] answers = new int[9];
			for (int q = 0; q < answers.length; q++) {
				answers[q] = random.nextInt(33) == 0 ? 0
						: (int) Math.max(1, Math.min(5, Math.round(base + random.nextGaussian() * 0.8)));
			}
			if (Arrays.stream(answers).allMatch(a -> a == 0)) {
				answers[0] = 3;
			}
			responses.add(new Response(spell.organisation(), spell.team(), answers, furtherAnswers(base)));
		}
		return List.copyOf(responses);
	}
}
