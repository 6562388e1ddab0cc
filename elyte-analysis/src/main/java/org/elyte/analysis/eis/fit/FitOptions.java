package org.elyte.analysis.eis.fit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.elyte.core.error.InvalidInputException;

/**
 * Options of {@link CircuitFitter}. Parameter maps are keyed by circuit parameter names
 * ({@code R0}, {@code CPE1_0}); values in the parameter's unit.
 *
 * @param weighting residual weighting
 * @param initial start values; parameters not given are estimated from the spectrum
 * @param fixed parameters held at the given value (removed from the fit)
 * @param bounds bounds replacing the default ones (positive: (0, ∞); exponents: (0, 1])
 * @param multiStart number of starts (1 = only the given/estimated start); extra starts are
 *     first the alternative estimates (apex heuristic, other assignments of DRT peaks to arcs),
 *     then seeded perturbations in the internal (log or logistic) space; the best χ² is kept
 * @param maxEvaluations most model evaluations per start
 * @param seed seed of the multi-start perturbations
 */
public record FitOptions(Weighting weighting, Map<String, Double> initial, Map<String, Double> fixed,
        Map<String, Bounds> bounds, int multiStart, int maxEvaluations, long seed) {

    /** Validates and copies. */
    public FitOptions {
        Objects.requireNonNull(weighting, "weighting");
        initial = Map.copyOf(initial);
        fixed = Map.copyOf(fixed);
        bounds = Map.copyOf(bounds);
        if (multiStart < 1 || maxEvaluations < 2) {
            throw new InvalidInputException("multiStart must be >= 1 and maxEvaluations >= 2, found " + multiStart
                    + " and " + maxEvaluations);
        }
    }

    /** @return modulus weighting, estimated start, default bounds, 1 start, 2000 evaluations, seed 1 */
    public static FitOptions defaults() {
        return new FitOptions(Weighting.MODULUS, Map.of(), Map.of(), Map.of(), 1, 2000, 1L);
    }

    /** @param w weighting @return a modified copy */
    public FitOptions withWeighting(Weighting w) {
        return new FitOptions(w, initial, fixed, bounds, multiStart, maxEvaluations, seed);
    }

    /** @param values start values by parameter name @return a modified copy (replaces all start values) */
    public FitOptions withInitial(Map<String, Double> values) {
        return new FitOptions(weighting, values, fixed, bounds, multiStart, maxEvaluations, seed);
    }

    /** @param values fixed values by parameter name @return a modified copy (replaces all fixed values) */
    public FitOptions withFixed(Map<String, Double> values) {
        return new FitOptions(weighting, initial, values, bounds, multiStart, maxEvaluations, seed);
    }

    /**
     * @param name parameter name
     * @param lo lower bound, parameter unit
     * @param hi upper bound, parameter unit
     * @return a modified copy
     */
    public FitOptions withBounds(String name, double lo, double hi) {
        Map<String, Bounds> b = new LinkedHashMap<>(bounds);
        b.put(Objects.requireNonNull(name, "name"), new Bounds(lo, hi));
        return new FitOptions(weighting, initial, fixed, b, multiStart, maxEvaluations, seed);
    }

    /** @param starts number of starts (≥ 1) @return a modified copy */
    public FitOptions withMultiStart(int starts) {
        return new FitOptions(weighting, initial, fixed, bounds, starts, maxEvaluations, seed);
    }

    /** @param n most model evaluations per start @return a modified copy */
    public FitOptions withMaxEvaluations(int n) {
        return new FitOptions(weighting, initial, fixed, bounds, multiStart, n, seed);
    }

    /** @param s multi-start seed @return a modified copy */
    public FitOptions withSeed(long s) {
        return new FitOptions(weighting, initial, fixed, bounds, multiStart, maxEvaluations, s);
    }
}
