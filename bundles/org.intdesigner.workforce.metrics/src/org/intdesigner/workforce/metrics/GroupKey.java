package org.intdesigner.workforce.metrics;

import java.util.List;

/** The values of a breakdown's cuts for one group, in the order of the cuts, and the period index. */
record GroupKey(List<String> values, int period) {
}
