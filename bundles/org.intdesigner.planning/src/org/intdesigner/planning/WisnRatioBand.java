package org.intdesigner.planning;

/**
 * How well staffed a unit is for its workload, by its WISN ratio (staff now / staff the workload needs): below 0.5
 * far under-staffed, below 0.8 under-staffed, 0.8 to 1.2 staffed for the workload, above 1.2 more than it needs. One
 * place for the bands, so the Plan view's heat map and the reports colour a ratio alike.
 */
public enum WisnRatioBand {
	/** no ratio: no staff are needed, or the staff now are not known */
	NONE("no ratio"),
	FAR_UNDER("below 0.5: far under-staffed"),
	UNDER("0.5 to 0.8: under-staffed"),
	STAFFED("0.8 to 1.2: staffed for the workload"),
	OVER("above 1.2: more than the workload needs");

	private final String label;

	WisnRatioBand(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public static WisnRatioBand of(double ratio) {
		if (Double.isNaN(ratio)) {
			return NONE;
		}
		if (ratio < 0.5) {
			return FAR_UNDER;
		}
		if (ratio < 0.8) {
			return UNDER;
		}
		return ratio <= 1.2 ? STAFFED : OVER;
	}
}
