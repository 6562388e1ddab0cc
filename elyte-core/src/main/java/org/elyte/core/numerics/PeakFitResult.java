package org.elyte.core.numerics;

/**
 * A single peak fitted on a background by {@link PeakFit}. Standard errors are from the
 * covariance s²·(JᵀJ)⁻¹ with s² = cost/(points − parameters); NaN when undetermined.
 *
 * @param shape line shape
 * @param background background model
 * @param amplitude peak height A above the background (units of y)
 * @param amplitudeSigma its standard error
 * @param centre peak position x0 (units of x)
 * @param centreSigma its standard error
 * @param fwhm full width at half maximum (units of x)
 * @param fwhmSigma its standard error
 * @param eta Lorentzian fraction (1 for Lorentzian, 0 for Gaussian, fitted for pseudo-Voigt)
 * @param b0 background first parameter
 * @param b1 background second parameter
 * @param xRef reference abscissa of the background
 * @param rmsResidual root-mean-square residual (units of y)
 * @param points number of points fitted
 * @param converged whether the Levenberg–Marquardt run met a convergence criterion
 */
public record PeakFitResult(PeakShape shape, Background background, double amplitude, double amplitudeSigma,
        double centre, double centreSigma, double fwhm, double fwhmSigma, double eta, double b0, double b1,
        double xRef, double rmsResidual, int points, boolean converged) {

    /**
     * @param x abscissa
     * @return the fitted model (peak plus background) at x
     */
    public double model(double x) {
        return shape.value(x, amplitude, centre, fwhm, eta) + background.value(x, xRef, b0, b1);
    }

    /** @return integrated peak area above the background (units of x·y) */
    public double area() {
        return shape.area(amplitude, fwhm, eta);
    }
}
