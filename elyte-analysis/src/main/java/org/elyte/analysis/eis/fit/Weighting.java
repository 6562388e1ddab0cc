package org.elyte.analysis.eis.fit;

/**
 * Weights of the complex nonlinear least-squares residuals (Z_model − Z_exp), applied to the real
 * and imaginary parts of each point separately. χ² is the weighted sum of squares.
 */
public enum Weighting {
    /** weight 1: χ² = Σ|Z_fit − Z|² (impedance.py's default) */
    UNIT,
    /** weight 1/|Z_exp| on both parts: χ² = Σ|Z_fit − Z|²/|Z|² (EISFitpython's χ²_mod) */
    MODULUS,
    /**
     * weight 1/|Z'_exp| on the real and 1/|Z''_exp| on the imaginary residual (Macdonald's
     * proportional weighting); each denominator is floored at 10⁻³·|Z_exp| so points with Z'' ≈ 0
     * do not dominate
     */
    PROPORTIONAL,
    /**
     * weight 1/|Z_model| on both parts (Boukamp, Solid State Ionics 20 (1986) 31); the weight's
     * dependence on the parameters is included in the analytic Jacobian
     */
    BOUKAMP
}
