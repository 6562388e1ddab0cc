package org.elyte.analysis.voltammetry;

import org.elyte.core.error.InvalidInputException;

/**
 * Options of {@link StabilityWindow#analyze}.
 *
 * @param areaM2 working-electrode area, m²
 * @param thresholdAPerM2 onset current density, A/m² (default 0.1 A/m² = 10 µA/cm²)
 * @param skipFraction fraction of each sweep's potential span left out of the baseline at its start
 *     (capacitive transient) (default 0.05)
 * @param reversalV a new sweep starts when the potential turns back by more than this, V (default 0.01)
 */
public record StabilityWindowOptions(double areaM2, double thresholdAPerM2, double skipFraction, double reversalV) {
    /** Validates. */
    public StabilityWindowOptions {
        if (!(areaM2 > 0) || !Double.isFinite(areaM2) || !(thresholdAPerM2 > 0) || !Double.isFinite(thresholdAPerM2)) {
            throw new InvalidInputException("the electrode area and the threshold current density must be positive;"
                    + " got " + areaM2 + " m2 and " + thresholdAPerM2 + " A/m2");
        }
        if (!(skipFraction >= 0 && skipFraction < 0.5) || !(reversalV > 0)) {
            throw new InvalidInputException("skip fraction must be in [0, 0.5) and reversal > 0 V; got " + skipFraction
                    + ", " + reversalV);
        }
    }

    /**
     * @param areaM2 working-electrode area, m²
     * @return defaults: 10 µA/cm², 5 % skipped, 10 mV reversal
     */
    public static StabilityWindowOptions of(double areaM2) {
        return new StabilityWindowOptions(areaM2, 0.1, 0.05, 0.01);
    }

    /**
     * @param aPerM2 threshold, A/m²
     * @return a copy
     */
    public StabilityWindowOptions withThreshold(double aPerM2) {
        return new StabilityWindowOptions(areaM2, aPerM2, skipFraction, reversalV);
    }
}
