package org.intdesigner.workforce.example;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.intdesigner.model.Capability;
import org.intdesigner.model.CapabilityLevel;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Post;
import org.intdesigner.workforce.example.SyntheticWorkforce.Assessment;
import org.intdesigner.workforce.example.SyntheticWorkforce.Spell;
import org.intdesigner.workforce.imports.KnownCodes;

/**
 * Made-up skills assessments of the people of a synthetic year: each capability of their post (or,
 * when the post lists none, of its role) assessed about once a year, mostly at the designed level,
 * a quarter one level below, a few above, now and then assessed again later in the year; the
 * mandatory training every member of staff refreshes each year (safeguarding adults and children:
 * it expires a year after the assessment, so some has lapsed by the end of the data and some lapses
 * soon after); and a few people cross-skilled in a generalist capability their role does not list.
 * Assessments fall while the person is in post (from up to a year before the data's first day).
 */
final class SyntheticSkills {

	/** The Core Skills Training Framework subjects of the example: refreshed every year. */
	static final List<String> MANDATORY = List.of("safeadults", "safechildren");

	private final IntdModel model;
	private final LocalDate from;
	private final LocalDate to;
	private final Random random;
	private final Map<String, Post> posts = new HashMap<>();
	private final List<Capability> generalist = new ArrayList<>();
	private final List<Assessment> assessments = new ArrayList<>();
	private final Set<String> keys = new HashSet<>();

	private SyntheticSkills(IntdModel model, LocalDate from, LocalDate to, long seed) {
		this.model = model;
		this.from = from;
		this.to = to;
		this.random = new Random(seed);
	}

	static List<Assessment> generate(IntdModel model, List<Spell> staff, LocalDate from, LocalDate to, long seed) {
		return new SyntheticSkills(model, from, to, seed).build(staff);
	}

	private List<Assessment> build(List<Spell> staff) {
		model.getPosts().forEach(post -> posts.put(post.getCode(), post));
		model.getCapabilities().stream().filter(Capability::isGeneralist).forEach(generalist::add);
		for (Spell spell : staff) {
			Post post = posts.get(spell.post());
			List<CapabilityLevel> designed = post.getCapabilities().isEmpty() ? post.getRole().getCapabilities()
					: post.getCapabilities();
			Map<String, Integer> mandatory = new HashMap<>();
			MANDATORY.forEach(code -> mandatory.put(code, 1));
			for (CapabilityLevel level : designed) {
				String code = KnownCodes.code(level.getCapability());
				if (mandatory.containsKey(code)) {
					mandatory.put(code, level.getLevel().getValue());
				} else {
					designed(spell, code, level.getLevel().getValue());
				}
			}
			MANDATORY.forEach(code -> mandatory(spell, code, mandatory.get(code)));
			if (!generalist.isEmpty() && random.nextInt(10) == 0) {
				Capability extra = generalist.get(random.nextInt(generalist.size()));
				if (designed.stream().noneMatch(level -> level.getCapability() == extra)) {
					add(spell.person(), KnownCodes.code(extra), 1 + random.nextInt(2), day(spell), null);
				}
			}
		}
		assessments.sort(Comparator.comparing(Assessment::assessed).thenComparing(Assessment::person)
				.thenComparing(Assessment::capability));
		return List.copyOf(assessments);
	}

	/** One of the post's capabilities: near the designed level, one time in seven assessed again (a step up) later on. */
	private void designed(Spell spell, String capability, int level) {
		int draw = random.nextInt(20);
		int held = draw < 13 ? level : draw < 18 ? level - 1 : level + 1;
		held = Math.max(0, Math.min(4, held));
		LocalDate day = day(spell);
		add(spell.person(), capability, held, day, null);
		LocalDate again = day.plusDays(60 + random.nextInt(200));
		if (random.nextInt(7) == 0 && !again.isAfter(last(spell)) && held < 4) {
			add(spell.person(), capability, held + 1, again, null);
		}
	}

	/** Mandatory training: in date for a year; refreshed around its expiry, most of the time. */
	private void mandatory(Spell spell, String capability, int level) {
		LocalDate day = day(spell);
		while (true) {
			LocalDate expires = day.plusYears(1).minusDays(1);
			add(spell.person(), capability, level, day, expires);
			LocalDate refresh = expires.minusDays(random.nextInt(45)).plusDays(random.nextInt(20));
			if (random.nextInt(10) < 3 || refresh.isAfter(last(spell)) || !refresh.isAfter(day)) {
				return; // lapsed, or due after the data (or the person) ends
			}
			day = refresh;
		}
	}

	/** A day the person is in post, from up to a year before the data's first day (their first weeks, when they joined). */
	private LocalDate day(Spell spell) {
		LocalDate first = spell.start().isAfter(from.minusYears(1)) ? spell.start() : from.minusYears(1).plusDays(1);
		LocalDate last = last(spell);
		if (!spell.start().isBefore(from)) {
			last = min(last, spell.start().plusDays(30)); // a joiner is assessed in their first month
		}
		long days = ChronoUnit.DAYS.between(first, last);
		return first.plusDays(days <= 0 ? 0 : random.nextInt((int) days + 1));
	}

	private LocalDate last(Spell spell) {
		return spell.end() == null ? to : min(spell.end(), to);
	}

	private static LocalDate min(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

	private void add(String person, String capability, int level, LocalDate assessed, LocalDate expires) {
		if (keys.add(person + '\t' + capability + '\t' + assessed)) {
			assessments.add(new Assessment(person, capability, level, assessed, expires));
		}
	}
}
