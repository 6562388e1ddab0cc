package org.elyte.analysis.transference;

import org.elyte.core.error.InvalidInputException;

/**
 * Options of {@link Chronoamperometry#analyze}.
 *
 * @param initial how I_0 is taken (default {@link InitialCurrent#FIRST_POINT})
 * @param earlyPoints number of early points for {@link InitialCurrent#EXTRAPOLATED} (default 10)
 * @param finalWindowFraction I_ss is the mean over the last fraction of the record's duration
 *     (default 0.1)
 * @param maxDrift largest acceptable |slope × window duration| / I_ss over the final window
 *     (default 0.02); above it a warning says the current has not reached steady state
 * @param fromS start of the part of the record to use, s (default −∞)
 * @param toS end of the part of the record to use, s (default +∞)
 */
public record ChronoamperometryOptions(InitialCurrent initial, int earlyPoints, double finalWindowFraction,
        double maxDrift, double fromS, double toS) {

    /** Validates. */
    public ChronoamperometryOptions {
        java.util.Objects.requireNonNull(initial, "initial");
        if (earlyPoints < 3 || !(finalWindowFraction > 0 && finalWindowFraction <= 0.5) || !(maxDrift > 0)
                || !(toS > fromS)) {
            throw new InvalidInputException("chronoamperometry options: early points >= 3, final window fraction in"
                    + " (0, 0.5], drift limit > 0 and from < to are required; got " + earlyPoints + ", "
                    + finalWindowFraction + ", " + maxDrift + ", [" + fromS + ", " + toS + "] s");
        }
    }

    /** @return the defaults */
    public static ChronoamperometryOptions defaults() {
        return new ChronoamperometryOptions(InitialCurrent.FIRST_POINT, 10, 0.1, 0.02, Double.NEGATIVE_INFINITY,
                Double.POSITIVE_INFINITY);
    }

    /**
     * @param i how I_0 is taken
     * @return a copy
     */
    public ChronoamperometryOptions withInitial(InitialCurrent i) {
        return new ChronoamperometryOptions(i, earlyPoints, finalWindowFraction, maxDrift, fromS, toS);
    }

    /**
     * @param from start, s
     * @param to end, s
     * @return a copy using only that time range
     */
    public ChronoamperometryOptions withRange(double from, double to) {
        return new ChronoamperometryOptions(initial, earlyPoints, finalWindowFraction, maxDrift, from, to);
    }

    /**
     * @param fraction final window as a fraction of the duration
     * @return a copy
     */
    public ChronoamperometryOptions withFinalWindow(double fraction) {
        return new ChronoamperometryOptions(initial, earlyPoints, fraction, maxDrift, fromS, toS);
    }
}
