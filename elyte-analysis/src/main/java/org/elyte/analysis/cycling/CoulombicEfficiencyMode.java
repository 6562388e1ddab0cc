package org.elyte.analysis.cycling;

/**
 * How Coulombic efficiency (CE) is defined. Tools disagree; the default matches the common cathode
 * convention and seed_methods.md §1.7.
 */
public enum CoulombicEfficiencyMode {
    /**
     * CE = Q_discharge / Q_charge of the same cycle (default): Li|SSE|cathode cells that start with
     * a charge. Matches BioLogic EC-Lab when cycles are EC-Lab's cycle numbers, Neware BTSDA's
     * "Chg-DChg efficiency", and cellpy's "cathode" cycle mode.
     */
    DISCHARGE_OVER_CHARGE,
    /**
     * CE = Q_charge / Q_discharge of the same cycle: anode half cells and Li||Cu-like cells that
     * start with a discharge (lithiation). Matches cellpy's "anode" cycle mode and navani's
     * {@code cycle_summary} CE column (Charge/Discharge).
     */
    CHARGE_OVER_DISCHARGE,
    /**
     * EC-Lab's {@code Efficiency/%} column: CE = Q_discharge(half cycle 2k+1) / Q_charge(half cycle
     * 2k), half cycles numbered 0, 1, 2 … in order of appearance, a new half cycle starting whenever
     * the sign of the (non-zero) current changes; the value is given to the cycle that contains the
     * end of half cycle 2k+1, and is undefined (NaN) when half cycle 2k holds no charge (EC-Lab
     * writes 0 there).
     */
    ECLAB
}
