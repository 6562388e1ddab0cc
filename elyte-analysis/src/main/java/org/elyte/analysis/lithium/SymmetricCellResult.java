package org.elyte.analysis.lithium;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.elyte.core.provenance.Provenance;

/**
 * Result of a symmetric-cell analysis.
 *
 * @param halfCycles every half cycle in time order
 * @param areaM2 electrode area used, m²
 * @param areaSource where the area came from ("option", "metadata", "current / current density")
 * @param measuredCurrentDensityAPerM2 median |I| / area, A/m²
 * @param plateauGrowthVPerS slope of the plateau overpotential against time over the half cycles
 *     before any short, V/s (NaN with fewer than 2)
 * @param shortCircuit the detected short, if any
 * @param stableHours time from the first half cycle's start to the end of the last healthy half cycle, h
 * @param statement a one-line summary ("stable for N h at J mA/cm²" or the short)
 * @param warnings what a reader should know
 * @param provenance method, options, input hash
 */
public record SymmetricCellResult(List<HalfCycle> halfCycles, double areaM2, String areaSource,
        double measuredCurrentDensityAPerM2, double plateauGrowthVPerS, Optional<ShortCircuit> shortCircuit,
        double stableHours, String statement, List<String> warnings, Provenance provenance) {

    /** Copies. */
    public SymmetricCellResult {
        halfCycles = List.copyOf(halfCycles);
        warnings = List.copyOf(warnings);
        Objects.requireNonNull(shortCircuit, "shortCircuit");
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(provenance, "provenance");
    }
}
