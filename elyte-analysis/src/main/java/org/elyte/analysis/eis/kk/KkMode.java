package org.elyte.analysis.eis.kk;

/** Which part of the impedance the Lin-KK least-squares problem is fitted to. */
public enum KkMode {
    /** Real and imaginary parts together (Schönleber 2014, eq. 14). */
    COMPLEX,
    /**
     * Real part only (R0 and the R_k); series C and L, when enabled, are then fitted to the
     * imaginary residual that the RC elements leave.
     */
    REAL,
    /**
     * Imaginary part only (R_k, series C and L); the series resistance is then the
     * 1/|Z|²-weighted mean of the real residual (Boukamp 1995, eq. 7).
     */
    IMAGINARY
}
