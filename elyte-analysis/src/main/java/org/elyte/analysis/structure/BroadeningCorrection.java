package org.elyte.analysis.structure;

/** How the instrumental width βi is removed from the measured width βm before Scherrer. */
public enum BroadeningCorrection {
    /** β = βm (no instrument width given). */
    NONE,
    /** β = βm − βi: Lorentzian profiles (widths add). */
    LORENTZIAN,
    /** β² = βm² − βi²: Gaussian profiles (variances add). The default when βi is given. */
    GAUSSIAN;

    /**
     * @param measured βm, any angle unit
     * @param instrumental βi, same unit
     * @return the sample width, same unit; NaN when the instrument width is not smaller
     */
    public double apply(double measured, double instrumental) {
        return switch (this) {
            case NONE -> measured;
            case LORENTZIAN -> measured > instrumental ? measured - instrumental : Double.NaN;
            case GAUSSIAN -> measured > instrumental ? Math.sqrt(measured * measured - instrumental * instrumental) : Double.NaN;
        };
    }
}
