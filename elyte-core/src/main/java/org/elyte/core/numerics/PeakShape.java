package org.elyte.core.numerics;

/**
 * Line shape of a single peak of height A, centre x0 and full width at half maximum w.
 */
public enum PeakShape {
    /** A·exp(−4 ln2 (x−x0)²/w²). */
    GAUSSIAN,
    /** A / (1 + 4 (x−x0)²/w²). */
    LORENTZIAN,
    /** η·Lorentzian + (1−η)·Gaussian with a common w, 0 ≤ η ≤ 1 fitted (Wertheim et al. 1974). */
    PSEUDO_VOIGT;

    private static final double FOUR_LN2 = 4 * Math.log(2);

    /**
     * @param x abscissa
     * @param amplitude height A
     * @param centre x0
     * @param fwhm w (&gt; 0)
     * @param eta Lorentzian fraction (used by {@link #PSEUDO_VOIGT} only)
     * @return the peak value at x
     */
    public double value(double x, double amplitude, double centre, double fwhm, double eta) {
        double u = (x - centre) / fwhm;
        double g = Math.exp(-FOUR_LN2 * u * u);
        double l = 1 / (1 + 4 * u * u);
        return amplitude * switch (this) {
            case GAUSSIAN -> g;
            case LORENTZIAN -> l;
            case PSEUDO_VOIGT -> eta * l + (1 - eta) * g;
        };
    }

    /**
     * @param amplitude height A
     * @param fwhm w
     * @param eta Lorentzian fraction (pseudo-Voigt)
     * @return the integral of the peak over the whole line, units of A·x
     */
    public double area(double amplitude, double fwhm, double eta) {
        double g = amplitude * fwhm * Math.sqrt(Math.PI / FOUR_LN2);
        double l = amplitude * Math.PI * fwhm / 2;
        return switch (this) {
            case GAUSSIAN -> g;
            case LORENTZIAN -> l;
            case PSEUDO_VOIGT -> eta * l + (1 - eta) * g;
        };
    }
}
