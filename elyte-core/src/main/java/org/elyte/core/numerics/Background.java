package org.elyte.core.numerics;

/** Smooth background under a fitted peak, with two parameters b0, b1. */
public enum Background {
    /** b0 + b1·(x − x_ref). */
    LINEAR,
    /** b0·(x / x_ref)^(−b1): the Porod-like decay of small-angle scattering. */
    POWER_LAW,
    /** No background (b0 = b1 = 0, not fitted). */
    NONE;

    /**
     * @param x abscissa
     * @param xRef reference abscissa (the middle of the fitted range; &gt; 0 for a power law)
     * @param b0 first parameter
     * @param b1 second parameter
     * @return the background at x
     */
    public double value(double x, double xRef, double b0, double b1) {
        return switch (this) {
            case LINEAR -> b0 + b1 * (x - xRef);
            case POWER_LAW -> b0 * Math.pow(x / xRef, -b1);
            case NONE -> 0;
        };
    }
}
