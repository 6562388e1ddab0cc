package org.elyte.analysis.cycling;

import java.util.Objects;
import java.util.OptionalDouble;

import org.elyte.core.error.InvalidInputException;

/**
 * Options of {@link RateCapability}. 1C is the nominal capacity per hour: either given, or the active
 * mass × the cathode's theoretical specific capacity (default 170 mA·h/g, LFP; this is a convention the
 * sources do not state, seed_methods.md §1.7).
 *
 * @param basis which capacity and current (discharge by default)
 * @param nominalCapacityAh nominal capacity, A·h; wins over the mass route when present
 * @param activeMassKg active mass, kg, for the mass route
 * @param specificCapacityMahPerG theoretical specific capacity, mA·h/g (default 170)
 * @param currentTolerance cycles belong to one block while their current is within this fraction of the
 *     block's first cycle (default 0.05)
 */
public record RateOptions(CapacityBasis basis, OptionalDouble nominalCapacityAh, OptionalDouble activeMassKg,
                          double specificCapacityMahPerG, double currentTolerance) {
    /** LFP's theoretical specific capacity, mA·h/g. */
    public static final double LFP_MAH_PER_G = 170;

    /**
     * @param basis basis
     * @param nominalCapacityAh nominal capacity, Ah (positive when present)
     * @param activeMassKg mass, kg (positive when present)
     * @param specificCapacityMahPerG specific capacity, mAh/g (positive)
     * @param currentTolerance tolerance in (0, 1)
     * @throws InvalidInputException when a value is out of range
     */
    public RateOptions {
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(nominalCapacityAh, "nominalCapacityAh");
        Objects.requireNonNull(activeMassKg, "activeMassKg");
        if (nominalCapacityAh.isPresent() && !(nominalCapacityAh.getAsDouble() > 0)) {
            throw new InvalidInputException("nominal capacity must be positive, got " + nominalCapacityAh.getAsDouble() + " Ah");
        }
        if (activeMassKg.isPresent() && !(activeMassKg.getAsDouble() > 0)) {
            throw new InvalidInputException("active mass must be positive, got " + activeMassKg.getAsDouble() + " kg");
        }
        if (!(specificCapacityMahPerG > 0)) {
            throw new InvalidInputException("specific capacity must be positive, got " + specificCapacityMahPerG + " mAh/g");
        }
        if (!(currentTolerance > 0 && currentTolerance < 1)) {
            throw new InvalidInputException("current tolerance must be in (0, 1), got " + currentTolerance);
        }
    }

    /** @param ah nominal capacity, A·h @return options with it (discharge basis, 5 % tolerance) */
    public static RateOptions ofNominalCapacity(double ah) {
        return new RateOptions(CapacityBasis.DISCHARGE, OptionalDouble.of(ah), OptionalDouble.empty(), LFP_MAH_PER_G, 0.05);
    }

    /**
     * @param kg active mass, kg
     * @param mahPerG theoretical specific capacity, mA·h/g (e.g. {@link #LFP_MAH_PER_G})
     * @return options with 1C = mass × specific capacity (discharge basis, 5 % tolerance)
     */
    public static RateOptions ofActiveMass(double kg, double mahPerG) {
        return new RateOptions(CapacityBasis.DISCHARGE, OptionalDouble.empty(), OptionalDouble.of(kg), mahPerG, 0.05);
    }

    /** @return the 1C capacity, A·h (mA·h/g × kg = A·h) */
    double oneCAh() {
        if (nominalCapacityAh.isPresent()) {
            return nominalCapacityAh.getAsDouble();
        }
        return activeMassKg.orElseThrow(() -> new InvalidInputException(
                "rate capability needs a nominal capacity or an active mass to express currents as C-rates"))
                * specificCapacityMahPerG;
    }
}
