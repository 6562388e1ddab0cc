package org.elyte.analysis.cycling;

import java.util.Objects;
import java.util.OptionalDouble;

import org.elyte.core.error.InvalidInputException;

/**
 * Options of {@link CycleSummary}. Start from {@link #defaults()} and change with the {@code withX} methods.
 *
 * @param capacitySource where capacities come from (default {@link CapacitySource#AUTO})
 * @param ceMode Coulombic-efficiency definition (default {@link CoulombicEfficiencyMode#DISCHARGE_OVER_CHARGE})
 * @param boundary cycle boundaries (default {@link CycleBoundary#INSTRUMENT})
 * @param activeMassKg active mass, kg; empty to take it from the recording's metadata (if any)
 * @param electrodeAreaM2 electrode area, m²; empty to take it from the recording's metadata (if any)
 * @param zeroCurrentFraction a current is "zero" when |I| ≤ this fraction of the largest |I| of the
 *     recording (default 0.005); used for signs, half cycles and end voltages
 */
public record CycleOptions(CapacitySource capacitySource, CoulombicEfficiencyMode ceMode, CycleBoundary boundary,
                           OptionalDouble activeMassKg, OptionalDouble electrodeAreaM2, double zeroCurrentFraction) {

    /** Default zero-current fraction of the largest |I|. */
    public static final double DEFAULT_ZERO_CURRENT_FRACTION = 0.005;

    /**
     * @param capacitySource capacity source
     * @param ceMode CE mode
     * @param boundary cycle boundaries
     * @param activeMassKg active mass, kg (positive when present)
     * @param electrodeAreaM2 area, m² (positive when present)
     * @param zeroCurrentFraction zero-current fraction, in [0, 1)
     * @throws InvalidInputException if a mass or area is not positive or the fraction is out of range
     */
    public CycleOptions {
        Objects.requireNonNull(capacitySource, "capacitySource");
        Objects.requireNonNull(ceMode, "ceMode");
        Objects.requireNonNull(boundary, "boundary");
        Objects.requireNonNull(activeMassKg, "activeMassKg");
        Objects.requireNonNull(electrodeAreaM2, "electrodeAreaM2");
        positive(activeMassKg, "active mass", "kg");
        positive(electrodeAreaM2, "electrode area", "m²");
        if (!(zeroCurrentFraction >= 0 && zeroCurrentFraction < 1)) {
            throw new InvalidInputException("zero-current fraction must be in [0, 1), got " + zeroCurrentFraction);
        }
    }

    /** @return the defaults: AUTO capacities, discharge/charge CE, instrument cycles, metadata mass and area */
    public static CycleOptions defaults() {
        return new CycleOptions(CapacitySource.AUTO, CoulombicEfficiencyMode.DISCHARGE_OVER_CHARGE,
                CycleBoundary.INSTRUMENT, OptionalDouble.empty(), OptionalDouble.empty(), DEFAULT_ZERO_CURRENT_FRACTION);
    }

    /** @param s capacity source @return a copy with it */
    public CycleOptions withCapacitySource(CapacitySource s) {
        return new CycleOptions(s, ceMode, boundary, activeMassKg, electrodeAreaM2, zeroCurrentFraction);
    }

    /** @param m CE mode @return a copy with it */
    public CycleOptions withCeMode(CoulombicEfficiencyMode m) {
        return new CycleOptions(capacitySource, m, boundary, activeMassKg, electrodeAreaM2, zeroCurrentFraction);
    }

    /** @param b cycle boundaries @return a copy with them */
    public CycleOptions withBoundary(CycleBoundary b) {
        return new CycleOptions(capacitySource, ceMode, b, activeMassKg, electrodeAreaM2, zeroCurrentFraction);
    }

    /** @param kg active mass, kg (&gt; 0) @return a copy with it */
    public CycleOptions withActiveMassKg(double kg) {
        return new CycleOptions(capacitySource, ceMode, boundary, OptionalDouble.of(kg), electrodeAreaM2, zeroCurrentFraction);
    }

    /** @param m2 electrode area, m² (&gt; 0) @return a copy with it */
    public CycleOptions withElectrodeAreaM2(double m2) {
        return new CycleOptions(capacitySource, ceMode, boundary, activeMassKg, OptionalDouble.of(m2), zeroCurrentFraction);
    }

    /** @param f zero-current fraction of the largest |I| @return a copy with it */
    public CycleOptions withZeroCurrentFraction(double f) {
        return new CycleOptions(capacitySource, ceMode, boundary, activeMassKg, electrodeAreaM2, f);
    }

    private static void positive(OptionalDouble v, String what, String unit) {
        if (v.isPresent() && !(v.getAsDouble() > 0 && Double.isFinite(v.getAsDouble()))) {
            throw new InvalidInputException(what + " must be positive and finite, got " + v.getAsDouble() + " " + unit);
        }
    }
}
