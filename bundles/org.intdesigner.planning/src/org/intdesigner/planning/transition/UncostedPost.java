package org.intdesigner.planning.transition;

/**
 * A post the pay table cannot cost, left out of every sum: in which model ({@code baseline} or {@code scenario}) and why,
 * in words a planner can act on (from {@link org.intdesigner.planning.pay.PayTable#whyNoCost}).
 */
public record UncostedPost(String id, String code, String name, String model, String whyNoCost) {
}
