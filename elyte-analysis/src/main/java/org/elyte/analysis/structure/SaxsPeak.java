package org.elyte.analysis.structure;

import org.elyte.core.numerics.PeakFitResult;
import org.elyte.core.provenance.Provenance;

/**
 * A SAXS correlation peak and the domain spacing it implies.
 *
 * @param qPerM peak position q*, 1/m
 * @param qSigmaPerM standard error of q* from the fit, 1/m
 * @param spacingM domain spacing L0 = 2π/q*, m
 * @param spacingSigmaM its standard error 2π·σq/q*², m
 * @param qMinPerM lower end of the fitted range, 1/m
 * @param qMaxPerM upper end of the fitted range, 1/m
 * @param fit the peak fit (q in 1/m)
 * @param provenance method and options
 */
public record SaxsPeak(double qPerM, double qSigmaPerM, double spacingM, double spacingSigmaM, double qMinPerM,
        double qMaxPerM, PeakFitResult fit, Provenance provenance) {
}
