package org.elyte.analysis.eis.fit;

import java.util.Objects;

/**
 * A fitted (or fixed) circuit parameter.
 *
 * @param name parameter name, e.g. {@code CPE1_0}
 * @param unit unit, e.g. {@code "F s^(n-1)"}
 * @param value value, in unit
 * @param stderr one standard error, in unit (0 for fixed, +∞ when not resolved)
 * @param fixed true if held fixed
 * @param determined false when the data do not determine the parameter (relative error &gt; 1,
 *     non-finite standard error, or |correlation| &gt; 0.999 with another parameter)
 */
public record ParameterEstimate(String name, String unit, double value, double stderr, boolean fixed,
        boolean determined) {
    /** Validates. */
    public ParameterEstimate {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
    }

    /** @return stderr/|value| (dimensionless; +∞ for a zero value) */
    public double relativeError() {
        return value == 0 ? Double.POSITIVE_INFINITY : stderr / Math.abs(value);
    }
}
