package org.elyte.analysis.eis.circuit;

import java.util.List;
import java.util.Optional;

/**
 * The circuit elements, their impedance.py symbols, parameters, units and typical values. The
 * formulas (Z, ω = 2πf, j² = −1) are in {@code docs/fit-notes.md} and in each constant's comment.
 */
public enum ElementType {
    /** resistor, Z = R */
    R("R", p("", "ohm", ParameterKind.POSITIVE, 100)),
    /** capacitor, Z = 1/(jωC) */
    C("C", p("", "F", ParameterKind.POSITIVE, 1e-6)),
    /** inductor, Z = jωL */
    L("L", p("", "H", ParameterKind.POSITIVE, 1e-6)),
    /** constant-phase element, Z = 1/(Q (jω)^n) */
    CPE("CPE", p("Q", "F s^(n-1)", ParameterKind.POSITIVE, 1e-6), p("n", "1", ParameterKind.EXPONENT, 0.8)),
    /** semi-infinite Warburg in impedance.py's form, Z = σ(1 − j)/√ω = σ√2/√(jω) */
    W("W", p("", "ohm s^-1/2", ParameterKind.POSITIVE, 100)),
    /** finite-space (open, reflective) Warburg, Z = Z0 coth(√(jωτ))/√(jωτ) */
    WO("Wo", p("Z0", "ohm", ParameterKind.POSITIVE, 100), p("tau", "s", ParameterKind.POSITIVE, 1)),
    /** finite-length (short, transmissive) Warburg, Z = Z0 tanh(√(jωτ))/√(jωτ) */
    WS("Ws", p("Z0", "ohm", ParameterKind.POSITIVE, 100), p("tau", "s", ParameterKind.POSITIVE, 1)),
    /** modified inductor, Z = L (jω)^α (the correct form; impedance.py 1.x differs) */
    LA("La", p("L", "H s^(alpha-1)", ParameterKind.POSITIVE, 1e-6), p("alpha", "1", ParameterKind.EXPONENT, 0.9)),
    /** Gerischer, Z = R_G/√(1 + jω t_G) */
    G("G", p("R_G", "ohm", ParameterKind.POSITIVE, 100), p("t_G", "s", ParameterKind.POSITIVE, 1e-3)),
    /** finite-length Gerischer, Z = R_G/(√(1 + jω t_G) tanh(φ √(1 + jω t_G))); φ positive, unbounded */
    GS("Gs", p("R_G", "ohm", ParameterKind.POSITIVE, 100), p("t_G", "s", ParameterKind.POSITIVE, 1e-3),
            p("phi", "1", ParameterKind.POSITIVE, 1)),
    /** ZARC (R parallel to a CPE, Cole–Cole form), Z = R/(1 + (jωτ)^φ) */
    ZARC("Zarc", p("R", "ohm", ParameterKind.POSITIVE, 100), p("tau", "s", ParameterKind.POSITIVE, 1e-3),
            p("phi", "1", ParameterKind.EXPONENT, 0.8)),
    /** Voigt element (R parallel to C written with τ = RC), Z = R/(1 + jωτ) */
    K("K", p("R", "ohm", ParameterKind.POSITIVE, 100), p("tau", "s", ParameterKind.POSITIVE, 1e-3));

    private final String symbol;
    private final List<ParameterSpec> templates;

    ElementType(String symbol, ParameterSpec... templates) {
        this.symbol = symbol;
        this.templates = List.of(templates);
    }

    private static ParameterSpec p(String role, String unit, ParameterKind kind, double typical) {
        double upper = kind == ParameterKind.EXPONENT ? 1.0 : Double.POSITIVE_INFINITY;
        return new ParameterSpec(role, unit, kind, 0.0, upper, typical);
    }

    /** @return the symbol used in circuit strings, e.g. {@code "CPE"} */
    public String symbol() {
        return symbol;
    }

    /** @return number of parameters */
    public int parameterCount() {
        return templates.size();
    }

    /**
     * @param id element id, e.g. {@code "CPE1"}
     * @return the parameter specs with impedance.py names ({@code CPE1_0}, {@code CPE1_1})
     */
    public List<ParameterSpec> parameters(String id) {
        if (templates.size() == 1) {
            ParameterSpec t = templates.get(0);
            return List.of(new ParameterSpec(id, t.unit(), t.kind(), t.lower(), t.upper(), t.typical()));
        }
        java.util.ArrayList<ParameterSpec> out = new java.util.ArrayList<>();
        for (int k = 0; k < templates.size(); k++) {
            ParameterSpec t = templates.get(k);
            out.add(new ParameterSpec(id + "_" + k, t.unit(), t.kind(), t.lower(), t.upper(), t.typical()));
        }
        return List.copyOf(out);
    }

    /** @return the role of each parameter ({@code "Q"}, {@code "n"}; empty for single-parameter elements) */
    public List<String> roles() {
        return templates.stream().map(ParameterSpec::name).toList();
    }

    /**
     * @param symbol a symbol such as {@code "Wo"} (case-sensitive)
     * @return the element type, if known
     */
    public static Optional<ElementType> bySymbol(String symbol) {
        for (ElementType t : values()) {
            if (t.symbol.equals(symbol)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
