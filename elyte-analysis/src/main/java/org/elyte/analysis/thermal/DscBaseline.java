package org.elyte.analysis.thermal;

/** Baseline under a DSC peak between the integration limits. */
public enum DscBaseline {
    /**
     * Straight line joining the (smoothed) signal at the two limits. The default; matches TA
     * Universal Analysis / TRIOS "linear" and NETZSCH Proteus "linear" integration.
     */
    LINEAR,
    /**
     * Sigmoidal baseline: B = (1 − α)·L₁ + α·L₂, where L₁ and L₂ are straight lines fitted just
     * before and after the peak and α is the fraction of the peak area reached so far, iterated
     * to self-consistency. Use when the heat capacity differs before and after melting (TA
     * "sigmoidal tangent", NETZSCH "tangential sigmoidal").
     */
    SIGMOIDAL
}
