package org.elyte.analysis.transference;

import org.elyte.core.error.InvalidInputException;

/**
 * An interfacial resistance with its standard uncertainty.
 *
 * @param valueOhm resistance, Ω
 * @param stderrOhm standard uncertainty, Ω (0 when given without one)
 * @param source where it came from ("given", "fit parameter R2", "arc 2 of R0-p(R1,CPE1)-p(R2,CPE2)")
 */
public record Resistance(double valueOhm, double stderrOhm, String source) {
    /** Validates. */
    public Resistance {
        if (!(valueOhm >= 0) || !Double.isFinite(valueOhm) || !(stderrOhm >= 0)) {
            throw new InvalidInputException("a resistance must be finite and >= 0 with an uncertainty >= 0; got "
                    + valueOhm + " +- " + stderrOhm + " ohm (" + source + ")");
        }
        java.util.Objects.requireNonNull(source, "source");
    }

    /**
     * @param ohm resistance, Ω
     * @param stderr uncertainty, Ω
     * @return a given value
     */
    public static Resistance given(double ohm, double stderr) {
        return new Resistance(ohm, stderr, "given");
    }
}
