package org.intdesigner.planning;

import java.util.List;
import java.util.Locale;

import org.intdesigner.model.Element;
import org.intdesigner.model.WisnStudy;
import org.intdesigner.model.io.Labels;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/** How planning figures and problems read in text: staff to two decimals, factors to three, names as people know them. */
final class PlanText {

	private PlanText() {
	}

	static String name(Element element) {
		return element == null ? "(none)" : Labels.readable(element);
	}

	static String staff(double value) {
		return String.format(Locale.ROOT, "%.2f", value);
	}

	static String factor(double value) {
		return String.format(Locale.ROOT, "%.3f", value);
	}

	static String figure(double value) {
		return MessageFigures.text(Math.round(value * 100) / 100.0);
	}

	/** "WISN study 'Nurses' (wisn_studies.csv:3) was not computed: ..." */
	static String problem(Plan.Problem problem, ElementPlaces places) {
		String place = places.of(problem.element());
		String what = problem.element() instanceof WisnStudy ? "WISN study" : "Supply assumption";
		String name = problem.element() instanceof Element element ? name(element) : "";
		return what + " '" + name + "'" + (place == null ? "" : " (" + place + ")") + " was not computed: " + problem.message();
	}

	static JsonArray problemsJson(List<Plan.Problem> problems, ElementPlaces places) {
		JsonArray array = new JsonArray();
		for (Plan.Problem problem : problems) {
			JsonObject json = new JsonObject();
			if (problem.element() instanceof Element element) {
				json.addProperty("id", element.getId());
				json.addProperty("name", element.getName());
			}
			String place = places.of(problem.element());
			if (place != null) {
				json.addProperty("place", place);
			}
			json.addProperty("message", problem.message());
			array.add(json);
		}
		return array;
	}
}
