package org.elyte.analysis.eis.fit;

import org.elyte.core.error.InvalidInputException;

/**
 * Bounds on one fitted parameter, in the parameter's unit. Infinite values mean unbounded.
 *
 * @param lower lower bound
 * @param upper upper bound
 */
public record Bounds(double lower, double upper) {
    /** @throws InvalidInputException unless lower &lt; upper and neither is NaN */
    public Bounds {
        if (Double.isNaN(lower) || Double.isNaN(upper) || !(lower < upper)) {
            throw new InvalidInputException("bounds must satisfy lower < upper, found [" + lower + ", " + upper + "]");
        }
    }
}
