package org.intdesigner.app.help;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.help.IToc;
import org.eclipse.help.ITopic;

/**
 * Finds the user guide's sections by words: every page the tables of contents name, cut at its
 * headings ({@code <h1>}, {@code <h2 id>}), so a hit leads to the section that holds the words
 * rather than the top of a long page. A section matches when it holds every word typed (any
 * case, as a word's beginning, so "suppress" finds "suppressed"); those whose title holds them
 * come first, then those that hold them most often. Small enough (a dozen pages) to read once and
 * search in memory as the user types.
 */
public final class HelpSearch {

	/** A section of a page: its href (with the heading's anchor), its page's and its own title, its words. */
	public record Section(String href, String page, String title, String text) {

		/** "Page > Section", or the page alone for its opening section. */
		public String label() {
			return title.equals(page) || title.isEmpty() ? page : page + " > " + title;
		}
	}

	/** A section that holds every word, with the sentence it first holds one in. */
	public record Hit(Section section, int score, String excerpt) {
	}

	private static final Pattern HEADING = Pattern.compile("<h([12])(?:\\s+id=\"([^\"]*)\")?[^>]*>(.*?)</h\\1>",
			Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
	private static final Pattern TAG = Pattern.compile("<[^>]+>");
	private static final int EXCERPT = 110;

	private final List<Section> sections;

	private HelpSearch(List<Section> sections) {
		this.sections = List.copyOf(sections);
	}

	/** The sections of every page in {@code tocs}; a page that cannot be read is left out. */
	public static HelpSearch of(IToc[] tocs) {
		Map<String, String> pages = new LinkedHashMap<>();
		for (IToc toc : tocs) {
			for (ITopic topic : toc.getTopics()) {
				collectPages(topic, pages);
			}
		}
		List<Section> sections = new ArrayList<>();
		pages.forEach((href, title) -> read(href).ifPresent(html -> sections.addAll(sectionsOf(href, title, html))));
		return new HelpSearch(sections);
	}

	private static void collectPages(ITopic topic, Map<String, String> pages) {
		String href = topic.getHref();
		if (href != null) {
			int hash = href.indexOf('#');
			// the page's own topic names it ("The RACI matrix"); its anchors' topics name sections
			pages.putIfAbsent(hash < 0 ? href : href.substring(0, hash), topic.getLabel());
		}
		for (ITopic sub : topic.getSubtopics()) {
			collectPages(sub, pages);
		}
	}

	private static Optional<String> read(String href) {
		Optional<URL> url = HelpTopicLocator.locate(href);
		if (url.isEmpty()) {
			return Optional.empty();
		}
		try (InputStream in = url.get().openStream()) {
			return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		} catch (IOException e) {
			return Optional.empty();
		}
	}

	/** The page cut at its headings: the part before the first {@code <h2>} is the page's own section. */
	static List<Section> sectionsOf(String href, String pageTitle, String html) {
		int body = html.toLowerCase(Locale.ROOT).indexOf("<body");
		String content = body < 0 ? html : html.substring(body);
		List<Section> sections = new ArrayList<>();
		Matcher heading = HEADING.matcher(content);
		String title = pageTitle;
		String anchor = null;
		int start = 0;
		while (heading.find()) {
			if (heading.group(1).equals("2")) {
				addSection(sections, href, anchor, pageTitle, title, content.substring(start, heading.start()));
				title = plain(heading.group(3));
				anchor = heading.group(2);
				start = heading.end();
			}
		}
		addSection(sections, href, anchor, pageTitle, title, content.substring(start));
		return sections;
	}

	private static void addSection(List<Section> sections, String href, String anchor, String page, String title, String html) {
		String text = plain(html);
		if (!text.isBlank() || anchor != null) {
			sections.add(new Section(anchor == null ? href : href + "#" + anchor, page, title, title + " " + text));
		}
	}

	/** The text of {@code html}: tags gone, the few entities the guide uses written out, spaces collapsed. */
	private static String plain(String html) {
		return TAG.matcher(html).replaceAll(" ").replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">")
				.replace("&quot;", "\"").replace("&amp;", "&").replaceAll("\\s+", " ").trim();
	}

	/** The sections holding every word of {@code query}, best first; none for a blank query. */
	public List<Hit> search(String query) {
		List<String> words = words(query);
		if (words.isEmpty()) {
			return List.of();
		}
		List<Hit> hits = new ArrayList<>();
		for (Section section : sections) {
			String text = section.text().toLowerCase(Locale.ROOT);
			String title = section.label().toLowerCase(Locale.ROOT);
			int score = 0;
			int first = -1;
			for (String word : words) {
				Matcher found = wordStart(word).matcher(text);
				int count = 0;
				while (found.find()) {
					if (count++ == 0 && (first < 0 || found.start() < first)) {
						first = found.start();
					}
				}
				if (count == 0) {
					score = 0;
					break;
				}
				score += count + (wordStart(word).matcher(title).find() ? 100 : 0);
			}
			if (score > 0) {
				hits.add(new Hit(section, score, excerpt(section.text(), first)));
			}
		}
		hits.sort(Comparator.comparingInt(Hit::score).reversed());
		return hits;
	}

	private static List<String> words(String query) {
		List<String> words = new ArrayList<>();
		for (String word : query.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}-]+")) {
			if (!word.isBlank()) {
				words.add(word);
			}
		}
		return words;
	}

	private static Pattern wordStart(String word) {
		return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word));
	}

	private static String excerpt(String text, int at) {
		int from = Math.max(0, at - EXCERPT / 3);
		int to = Math.min(text.length(), from + EXCERPT);
		return (from > 0 ? "\u2026" : "") + text.substring(from, to).trim() + (to < text.length() ? "\u2026" : "");
	}
}
