package org.elyte.core.geometry;

/**
 * A value in SI units with its standard uncertainty (0 when none was given).
 *
 * @param value value in SI units
 * @param uncertainty standard uncertainty in the same units, non-negative
 */
public record Measure(double value, double uncertainty) {

    /**
     * @param value value
     * @param uncertainty standard uncertainty
     */
    public Measure {
        if (!Double.isFinite(value) || !Double.isFinite(uncertainty) || uncertainty < 0) {
            throw new IllegalArgumentException("measure needs a finite value and a non-negative uncertainty, got "
                    + value + " ± " + uncertainty);
        }
    }

    /** @param value exact value @return the measure with zero uncertainty */
    public static Measure exact(double value) {
        return new Measure(value, 0);
    }

    /** @return uncertainty divided by |value| (0 when the value is 0) */
    public double relativeUncertainty() {
        return value == 0 ? 0 : uncertainty / Math.abs(value);
    }
}
