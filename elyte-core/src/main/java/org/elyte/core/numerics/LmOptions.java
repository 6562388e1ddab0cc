package org.elyte.core.numerics;

/**
 * Settings of {@link LevenbergMarquardt}.
 *
 * @param maxEvaluations most residual evaluations (each Jacobian evaluation counts as one too)
 * @param costTolerance stop when an accepted step lowers the cost by a relative amount below this
 *     and the predicted reduction is also below it
 * @param stepTolerance stop when ‖h‖ ≤ stepTolerance · (‖x‖ + stepTolerance)
 * @param gradientTolerance stop when ‖Jᵀr‖∞ ≤ gradientTolerance · max(cost, tiny)
 * @param initialDamping initial damping μ₀ relative to the Marquardt scaling diag(JᵀJ)
 */
public record LmOptions(int maxEvaluations, double costTolerance, double stepTolerance,
        double gradientTolerance, double initialDamping) {

    /** @throws IllegalArgumentException on non-positive settings */
    public LmOptions {
        if (maxEvaluations < 1 || !(costTolerance >= 0) || !(stepTolerance >= 0) || !(gradientTolerance >= 0)
                || !(initialDamping > 0)) {
            throw new IllegalArgumentException("invalid LM options: " + maxEvaluations + ", " + costTolerance
                    + ", " + stepTolerance + ", " + gradientTolerance + ", " + initialDamping);
        }
    }

    /** @return 2000 evaluations, cost 1e-12, step 1e-12, gradient 1e-12, μ₀ 1e-3 */
    public static LmOptions defaults() {
        return new LmOptions(2000, 1e-12, 1e-12, 1e-12, 1e-3);
    }

    /** @param n most evaluations @return a modified copy */
    public LmOptions withMaxEvaluations(int n) {
        return new LmOptions(n, costTolerance, stepTolerance, gradientTolerance, initialDamping);
    }
}
