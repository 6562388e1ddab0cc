package org.elyte.analysis.transport;

/** How the points of an Arrhenius fit are weighted. */
public enum ArrheniusWeighting {
    /** Ordinary least squares (default; what EXPECTED.md and most papers use). */
    UNWEIGHTED,
    /**
     * Weights 1/u_i² with u_i = stderr_i/σ_i, the standard uncertainty of ln σ_i; used only when
     * every point gives a positive uncertainty, otherwise the fit falls back to unweighted and says so.
     */
    INVERSE_VARIANCE
}
