package org.elyte.analysis.eis.circuit;

/** How a circuit parameter may vary, which sets its default bounds and fit transform. */
public enum ParameterKind {
    /** strictly positive quantity (resistance, capacitance, time constant): bounds (0, ∞) */
    POSITIVE,
    /** dispersion exponent (CPE n, La α, Zarc φ): bounds (0, 1] */
    EXPONENT
}
