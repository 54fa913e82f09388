package org.intdesigner.model.samples;

import java.util.LinkedHashMap;
import java.util.Map;

import org.intdesigner.model.Course;

/**
 * The example place's course catalogue, as a table: what a training needs analysis can offer to close a gap in each of
 * the catalogue's capabilities. Hours are of a learner's working time and costs per learner in pounds, as a place would
 * pay them in 2025/26 (national e-learning is free at the point of use); "joint" courses take staff of several
 * partners in one cohort, as the seed's integrated training asks.
 */
final class ExampleCourses {

	/**
	 * code (none the same as another element's, so a CSV export names each course by it), name, capability, level
	 * (1 awareness .. 4 expert), hours, cost, provider, joint (J)
	 */
	static final String[][] COURSES = {
			{ "frailty-aware", "Frailty awareness (Tier 1)", "frailty", "1", "1.5", "0",
					"NHS England e-Learning for Healthcare", "J" },
			{ "cga", "Comprehensive geriatric assessment essentials", "frailty", "3", "14", "250",
					"British Geriatrics Society", "J" },
			{ "safeadults-l2", "Safeguarding adults level 2 (e-learning)", "safeadults", "2", "3", "0",
					"NHS England e-Learning for Healthcare", "" },
			{ "safeadults-l3", "Safeguarding adults level 3 (multi-agency)", "safeadults", "3", "8", "95",
					"Riverside Safeguarding Adults Board", "J" },
			{ "safechildren-l3", "Safeguarding children level 3 (multi-agency)", "safechildren", "3", "8", "95",
					"Riverside Safeguarding Children Partnership", "J" },
			{ "safechildren-l3r", "Safeguarding children level 3 refresher", "safechildren", "3", "4", "45",
					"Riverside Safeguarding Children Partnership", "J" },
			{ "tv-foundations", "Wound care and tissue viability foundations", "wound", "2", "7", "120",
					"Riverside Community Health tissue viability service", "" },
			{ "cc-navigation", "Care coordination and navigation", "coordination", "3", "21", "350",
					"Personalised Care Institute", "J" },
			{ "pcsp", "Personalised care and support planning", "careplanning", "2", "2", "0",
					"Personalised Care Institute", "" },
			{ "nasp-induction", "Social prescribing link worker induction", "socialrx", "3", "24", "300",
					"National Academy for Social Prescribing", "J" },
			{ "sp-level4", "Social prescribing level 4 certificate", "socialrx", "4", "45", "750",
					"Royal Society for Public Health", "" },
			{ "abcd", "Asset-based community development in practice", "community", "3", "14", "200",
					"Nurture Development", "J" },
			{ "hc-4day", "Health coaching (accredited, four days)", "coaching", "3", "28", "650",
					"Personalised Care Institute accredited provider", "" },
			{ "hc-advanced", "Health coaching: advanced practice and supervision", "coaching", "4", "21", "450",
					"Personalised Care Institute accredited provider", "" },
			{ "mecc", "Making Every Contact Count", "coaching", "1", "3", "0", "NHS England", "J" },
			{ "mhfa", "Mental health first aid (adult, two days)", "mh", "1", "14", "300", "MHFA England", "J" },
			{ "trauma", "Trauma-informed practice", "psychosocial", "2", "7", "150", "Riverside Mind", "J" },
			{ "mi", "Motivational interviewing skills", "psychosocial", "3", "14", "280",
					"Motivational Interviewing Network of Trainers", "J" },
			{ "eol-elca", "End of life care for all (e-ELCA)", "eol", "2", "6", "0",
					"NHS England e-Learning for Healthcare", "" },
			{ "eol-acp", "Advance care planning conversations", "eol", "3", "7", "120",
					"Riverside specialist palliative care team", "J" },
			{ "qi-ihi", "Improvement foundations (IHI Open School)", "qi", "2", "13", "0",
					"Institute for Healthcare Improvement", "" },
			{ "qi-practitioner", "Quality improvement practitioner programme", "qi", "3", "42", "900",
					"NHS England Improvement Academy", "J" },
			{ "phm-academy", "Population health management: data into action", "phm", "2", "10", "0",
					"NHS England PHM Academy", "J" },
			{ "joint-induction", "Joint induction: working across the INT's partners", "boundary", "2", "7", "0",
					"Riverside workforce and OD hub", "J" },
			{ "seacole", "Mary Seacole leadership programme", "leadership", "3", "51", "1000",
					"NHS Leadership Academy", "" }, };

	final Map<String, Course> courses = new LinkedHashMap<>();

	ExampleCourses(ModelBuilder b, ExampleCatalogue catalogue) {
		for (String[] row : COURSES) {
			courses.put(row[0], b.course(row[0], row[1], catalogue.capability(row[2]), Integer.parseInt(row[3]),
					Double.parseDouble(row[4]), Double.parseDouble(row[5]), row[6], row[7].equals("J")));
		}
	}
}
