package org.elyte.analysis.lithium;

import java.util.OptionalDouble;

import org.elyte.core.error.InvalidInputException;

/**
 * Options of {@link SymmetricCell#analyze}.
 *
 * @param currentDensityAPerM2 nominal current density J, A/m² (1 mA/cm² = 10 A/m²); used for the
 *     stability statement and, when no area is known, to derive the area as median |I| / J
 * @param areaM2 electrode area, m²; empty to take it from the recording metadata or from J
 * @param plateauStartFraction the plateau overpotential is the median |V| over the part of each half
 *     cycle after this fraction of its duration (default 0.5: the second half)
 * @param shortRatio a half cycle is suspect when its plateau overpotential falls below this fraction
 *     of the reference (median plateau of the preceding half cycles) (default 0.3)
 * @param noiseFloorV a half cycle is also suspect when its plateau overpotential is below this
 *     absolute level, V (default 0.5 mV: polarization lost in noise)
 * @param referenceHalfCycles how many preceding healthy half cycles form the reference (default 6)
 * @param restFraction rest detection, see {@link CurrentSteps} (default 0.05)
 */
public record SymmetricCellOptions(double currentDensityAPerM2, OptionalDouble areaM2, double plateauStartFraction,
        double shortRatio, double noiseFloorV, int referenceHalfCycles, double restFraction) {

    /** Validates. */
    public SymmetricCellOptions {
        if (!(currentDensityAPerM2 > 0) || !Double.isFinite(currentDensityAPerM2)) {
            throw new InvalidInputException("current density must be positive and finite, got " + currentDensityAPerM2
                    + " A/m2");
        }
        if (areaM2.isPresent() && !(areaM2.getAsDouble() > 0)) {
            throw new InvalidInputException("electrode area must be positive, got " + areaM2.getAsDouble() + " m2");
        }
        if (!(plateauStartFraction >= 0 && plateauStartFraction < 1)) {
            throw new InvalidInputException("plateau start fraction must be in [0, 1), got " + plateauStartFraction);
        }
        if (!(shortRatio > 0 && shortRatio < 1)) {
            throw new InvalidInputException("short ratio must be in (0, 1), got " + shortRatio);
        }
        if (!(noiseFloorV >= 0) || referenceHalfCycles < 1 || !(restFraction > 0 && restFraction < 1)) {
            throw new InvalidInputException("noise floor must be >= 0 V, reference half cycles >= 1 and rest fraction"
                    + " in (0, 1); got " + noiseFloorV + ", " + referenceHalfCycles + ", " + restFraction);
        }
    }

    /**
     * @param currentDensityAPerM2 nominal current density, A/m²
     * @return defaults for that current density
     */
    public static SymmetricCellOptions of(double currentDensityAPerM2) {
        return new SymmetricCellOptions(currentDensityAPerM2, OptionalDouble.empty(), 0.5, 0.3, 5e-4, 6, 0.05);
    }

    /**
     * @param a electrode area, m²
     * @return a copy with the area
     */
    public SymmetricCellOptions withArea(double a) {
        return new SymmetricCellOptions(currentDensityAPerM2, OptionalDouble.of(a), plateauStartFraction, shortRatio,
                noiseFloorV, referenceHalfCycles, restFraction);
    }
}
