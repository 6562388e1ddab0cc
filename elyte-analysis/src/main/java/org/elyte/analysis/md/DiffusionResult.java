package org.elyte.analysis.md;

import org.elyte.core.provenance.Provenance;

/**
 * Self-diffusion coefficient from the linear regime of an MSD curve (Einstein relation).
 *
 * @param diffusionM2PerS D = slope / (2·dimensions), m²/s
 * @param diffusionSigmaM2PerS standard error of D from the regression (ignores the correlation
 *     of overlapping time origins, so it is a lower bound), m²/s
 * @param fitStartS start of the fitted window, s
 * @param fitEndS end of the fitted window, s
 * @param logLogSlope slope of ln MSD against ln τ over the window (1 for diffusion)
 * @param points MSD points in the window
 * @param provenance method and options
 */
public record DiffusionResult(double diffusionM2PerS, double diffusionSigmaM2PerS, double fitStartS, double fitEndS,
        double logLogSlope, int points, Provenance provenance) {
}
