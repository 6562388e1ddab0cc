package org.elyte.analysis.cycling;

/** What a step of a cycling protocol does (classified from the data by {@link Steps}). */
public enum StepKind {
    /** Current constant within the relative noise tolerance. */
    CONSTANT_CURRENT,
    /** Voltage flat within the flatness tolerance while current flows (typically decaying). */
    CONSTANT_VOLTAGE,
    /** Zero current after current has flowed (relaxation). */
    REST,
    /** Zero current before any current has flowed (the opening open-circuit period). */
    OPEN_CIRCUIT,
    /** Current for no longer than the pulse duration limit (HPPC, GITT, DCIR pulses). */
    PULSE,
    /** Current flows but neither current nor voltage is constant (e.g. CC and CV logged as one step). */
    OTHER
}
