package org.elyte.analysis.eis.circuit;

import java.util.Objects;

/**
 * One parameter of a circuit, in impedance.py's naming: the element id for single-parameter
 * elements ({@code R0}), {@code ID_k} for the k-th parameter of a multi-parameter element
 * ({@code CPE1_0} = Q, {@code CPE1_1} = n).
 *
 * @param name parameter name
 * @param unit unit as text, e.g. {@code "ohm"}, {@code "F s^(n-1)"}
 * @param kind kind, which fixes the default bounds
 * @param lower default lower bound (exclusive for {@link ParameterKind#POSITIVE}), parameter unit
 * @param upper default upper bound (inclusive), parameter unit
 * @param typical a typical value, used when nothing better is known, parameter unit
 */
public record ParameterSpec(String name, String unit, ParameterKind kind, double lower, double upper, double typical) {
    /** Validates. */
    public ParameterSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(kind, "kind");
    }
}
