package org.intdesigner.workforce.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.intdesigner.ui.model.ModelManager;
import org.intdesigner.ui.model.OpenModel;
import org.intdesigner.workforce.imports.ImportHistory;
import org.intdesigner.workforce.metrics.CodeNames;

/**
 * The names the dashboard shows the workforce data's codes by ({@link CodeNames}): those of the
 * INT models open in the workbench and, for partners, those the store kept when their data came in.
 */
final class BreakdownNames {

	private BreakdownNames() {
	}

	/** The names of the models open now and of the store's partners; call on the UI thread (it reads the models). */
	static CodeNames of(List<ImportHistory.Freshness> partners) {
		Map<String, String> partnerNames = new LinkedHashMap<>();
		partners.forEach(partner -> partnerNames.put(partner.organisation(), partner.name()));
		return CodeNames.of(partnerNames, ModelManager.INSTANCE.openModels().stream().map(OpenModel::getModel).toList());
	}
}
