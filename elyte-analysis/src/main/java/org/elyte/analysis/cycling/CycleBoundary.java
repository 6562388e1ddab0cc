package org.elyte.analysis.cycling;

/**
 * Where one cycle ends and the next begins.
 */
public enum CycleBoundary {
    /**
     * The instrument's {@code Cycle Count} column (default): a new cycle begins on every row where the
     * count changes. When the recording has no such column, {@link #CURRENT_SIGN} is used and the
     * provenance says so.
     */
    INSTRUMENT,
    /**
     * Derived from the current: a new cycle begins on the first row of each charge (I above the
     * zero-current threshold) that follows a discharge, or, in
     * {@link CoulombicEfficiencyMode#CHARGE_OVER_DISCHARGE} mode, on the first row of each discharge
     * that follows a charge. Cycles are numbered from 1; rows before the first such change (rest, an
     * opening half cycle of the other sign) form cycle 1.
     */
    CURRENT_SIGN
}
