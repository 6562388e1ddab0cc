package org.elyte.analysis.cycling;

/** Which capacity of a cycle a retention or rate analysis follows. */
public enum CapacityBasis {
    /** The discharge capacity (default: what cathode papers report). */
    DISCHARGE,
    /** The charge capacity. */
    CHARGE
}
