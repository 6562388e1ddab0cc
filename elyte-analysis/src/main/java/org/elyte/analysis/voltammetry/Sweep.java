package org.elyte.analysis.voltammetry;

import java.util.Optional;

/**
 * One monotonic potential sweep.
 *
 * @param index 1-based sweep number
 * @param direction sweep direction
 * @param from first row
 * @param to last row + 1
 * @param startV start potential, V
 * @param endV end potential, V
 * @param maxCurrentDensityAPerM2 largest current density along the sweep direction, A/m²
 * @param onset the onset, when the threshold was reached
 */
public record Sweep(int index, SweepDirection direction, int from, int to, double startV, double endV,
        double maxCurrentDensityAPerM2, Optional<Onset> onset) {
    /** Checks. */
    public Sweep {
        java.util.Objects.requireNonNull(onset, "onset");
    }
}
