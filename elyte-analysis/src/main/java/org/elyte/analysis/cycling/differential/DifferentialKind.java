package org.elyte.analysis.cycling.differential;

/** Which derivative. */
public enum DifferentialKind {
    /** dQ/dV on a uniform voltage grid, A·h/V; positive on charge, negative on discharge. */
    DQ_DV,
    /** dV/dQ on a uniform capacity grid, V/(A·h); positive on charge, negative on discharge. */
    DV_DQ
}
