package org.elyte.analysis.transport;

/**
 * An ionic conductivity with its standard uncertainty.
 *
 * @param sigmaSPerM conductivity σ, S/m
 * @param stderrSPerM standard uncertainty of σ, S/m (NaN when the resistance gave none)
 */
public record Conductivity(double sigmaSPerM, double stderrSPerM) {

    /** @return σ in S/cm */
    public double sigmaSPerCm() {
        return sigmaSPerM / 100;
    }

    /** @return standard uncertainty of σ in S/cm */
    public double stderrSPerCm() {
        return stderrSPerM / 100;
    }
}
