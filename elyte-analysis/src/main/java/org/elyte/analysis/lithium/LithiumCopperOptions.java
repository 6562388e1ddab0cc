package org.elyte.analysis.lithium;

import java.util.OptionalInt;

import org.elyte.core.error.InvalidInputException;

/**
 * Options of {@link LithiumCopper#analyze}.
 *
 * @param plating sign convention of plating (default {@link PlatingCurrent#NEGATIVE})
 * @param plateauStartFraction the plating plateau is the median over the part of the plating step
 *     after this fraction of its duration (default 0.5)
 * @param restFraction rest detection, see {@link CurrentSteps} (default 0.05)
 * @param aurbach whether to compute the Aurbach average efficiency (Adams et al. 2018)
 * @param reservoirCycle 1-based cycle whose plating step deposited the reservoir Q_T; empty to find
 *     it automatically (the last cycle whose plated charge exceeds twice the median plated charge
 *     of the cycles after it)
 */
public record LithiumCopperOptions(PlatingCurrent plating, double plateauStartFraction, double restFraction,
        boolean aurbach, OptionalInt reservoirCycle) {

    /** Validates. */
    public LithiumCopperOptions {
        java.util.Objects.requireNonNull(plating, "plating");
        java.util.Objects.requireNonNull(reservoirCycle, "reservoirCycle");
        if (!(plateauStartFraction >= 0 && plateauStartFraction < 1) || !(restFraction > 0 && restFraction < 1)) {
            throw new InvalidInputException("plateau start fraction must be in [0, 1) and rest fraction in (0, 1); got "
                    + plateauStartFraction + ", " + restFraction);
        }
        if (reservoirCycle.isPresent() && reservoirCycle.getAsInt() < 1) {
            throw new InvalidInputException("reservoir cycle is 1-based, got " + reservoirCycle.getAsInt());
        }
    }

    /** @return defaults: negative plating current, plateau = second half, no Aurbach */
    public static LithiumCopperOptions defaults() {
        return new LithiumCopperOptions(PlatingCurrent.NEGATIVE, 0.5, 0.05, false, OptionalInt.empty());
    }

    /**
     * @param reservoir 1-based reservoir cycle, or empty for automatic
     * @return a copy that computes the Aurbach efficiency
     */
    public LithiumCopperOptions withAurbach(OptionalInt reservoir) {
        return new LithiumCopperOptions(plating, plateauStartFraction, restFraction, true, reservoir);
    }

    /**
     * @param p plating convention
     * @return a copy with it
     */
    public LithiumCopperOptions withPlating(PlatingCurrent p) {
        return new LithiumCopperOptions(p, plateauStartFraction, restFraction, aurbach, reservoirCycle);
    }
}
