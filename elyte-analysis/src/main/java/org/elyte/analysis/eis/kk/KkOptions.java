package org.elyte.analysis.eis.kk;

import java.util.Objects;
import java.util.OptionalInt;

import org.elyte.core.error.InvalidInputException;

/**
 * Options of the Lin-KK test.
 *
 * @param mode which part of Z is fitted
 * @param seriesCapacitance add a series capacitor (fitted linearly as 1/C) for spectra without a
 *     low-frequency intercept, e.g. blocking electrodes
 * @param seriesInductance add a series inductor L (cables, instrument); impedance.py always adds it
 * @param muCriterion c in (0, 1]: the element count grows until μ ≤ c (Schönleber 2014, eq. 21)
 * @param maxElements largest number of RC elements tried; 0 means "as many as the spectrum has
 *     points" (always capped so the least-squares problem stays overdetermined)
 * @param fixedElements when present, use exactly this many RC elements and skip the μ search
 * @param validResidualLimit the spectrum is called {@link KkResult#valid() valid} when every relative
 *     residual, real and imaginary, is below this value (default 0.01 = 1 % of |Z|)
 */
public record KkOptions(KkMode mode, boolean seriesCapacitance, boolean seriesInductance, double muCriterion,
        int maxElements, OptionalInt fixedElements, double validResidualLimit) {

    /** Default μ criterion c (Schönleber 2014). */
    public static final double DEFAULT_MU_CRITERION = 0.85;
    /** Default validity limit on the relative residuals (1 % of |Z|). */
    public static final double DEFAULT_VALID_RESIDUAL_LIMIT = 0.01;

    /**
     * @param mode mode
     * @param seriesCapacitance series capacitance
     * @param seriesInductance series inductance
     * @param muCriterion c
     * @param maxElements maximum M (0 = number of points)
     * @param fixedElements fixed M
     * @param validResidualLimit residual limit for validity
     * @throws InvalidInputException on c outside (0, 1], a negative maximum, a fixed count below 1
     *     or a limit that is not positive
     */
    public KkOptions {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(fixedElements, "fixedElements");
        if (!(muCriterion > 0 && muCriterion <= 1)) {
            throw new InvalidInputException("Lin-KK mu criterion c must lie in (0, 1], got " + muCriterion);
        }
        if (maxElements < 0) {
            throw new InvalidInputException("Lin-KK maxElements must be >= 0 (0 = number of points), got "
                    + maxElements);
        }
        if (fixedElements.isPresent() && fixedElements.getAsInt() < 1) {
            throw new InvalidInputException("Lin-KK fixedElements must be >= 1, got " + fixedElements.getAsInt());
        }
        if (!(validResidualLimit > 0) || !Double.isFinite(validResidualLimit)) {
            throw new InvalidInputException("Lin-KK validResidualLimit must be positive and finite, got "
                    + validResidualLimit);
        }
    }

    /**
     * @return complex fit, no series C, series L, c = 0.85, M up to the number of points, automatic
     *     M, validity limit 1 %
     */
    public static KkOptions defaults() {
        return new KkOptions(KkMode.COMPLEX, false, true, DEFAULT_MU_CRITERION, 0, OptionalInt.empty(),
                DEFAULT_VALID_RESIDUAL_LIMIT);
    }

    /**
     * @param m mode
     * @return a copy with that mode
     */
    public KkOptions withMode(KkMode m) {
        return new KkOptions(m, seriesCapacitance, seriesInductance, muCriterion, maxElements, fixedElements,
                validResidualLimit);
    }

    /**
     * @param on whether to add a series capacitance
     * @return a copy
     */
    public KkOptions withSeriesCapacitance(boolean on) {
        return new KkOptions(mode, on, seriesInductance, muCriterion, maxElements, fixedElements, validResidualLimit);
    }

    /**
     * @param on whether to add a series inductance
     * @return a copy
     */
    public KkOptions withSeriesInductance(boolean on) {
        return new KkOptions(mode, seriesCapacitance, on, muCriterion, maxElements, fixedElements, validResidualLimit);
    }

    /**
     * @param c μ criterion in (0, 1]
     * @return a copy
     */
    public KkOptions withMuCriterion(double c) {
        return new KkOptions(mode, seriesCapacitance, seriesInductance, c, maxElements, fixedElements,
                validResidualLimit);
    }

    /**
     * @param max maximum number of RC elements, 0 = number of points
     * @return a copy
     */
    public KkOptions withMaxElements(int max) {
        return new KkOptions(mode, seriesCapacitance, seriesInductance, muCriterion, max, fixedElements,
                validResidualLimit);
    }

    /**
     * @param m exact number of RC elements (disables the μ search)
     * @return a copy
     */
    public KkOptions withFixedElements(int m) {
        return new KkOptions(mode, seriesCapacitance, seriesInductance, muCriterion, maxElements, OptionalInt.of(m),
                validResidualLimit);
    }

    /** @return a copy that chooses M automatically by the μ criterion */
    public KkOptions withAutomaticElements() {
        return new KkOptions(mode, seriesCapacitance, seriesInductance, muCriterion, maxElements, OptionalInt.empty(),
                validResidualLimit);
    }

    /**
     * @param limit relative residual limit for validity (fraction of |Z|)
     * @return a copy
     */
    public KkOptions withValidResidualLimit(double limit) {
        return new KkOptions(mode, seriesCapacitance, seriesInductance, muCriterion, maxElements, fixedElements,
                limit);
    }
}
