package org.elyte.analysis.thermal;

import java.util.Objects;

import org.elyte.core.error.InvalidInputException;

/**
 * Settings of {@link Dsc#melting}.
 *
 * @param massKg sample mass, kg; NaN when the heat flow is already per unit mass
 * @param baseline baseline under the peak
 * @param direction sign convention of the heat flow
 * @param lowK lower integration limit, K; NaN to detect
 * @param highK upper integration limit, K; NaN to detect
 * @param heatingRateKPerS heating rate, K/s; NaN to take it from the time column
 */
public record MeltingOptions(double massKg, DscBaseline baseline, EndothermDirection direction, double lowK,
        double highK, double heatingRateKPerS) {

    /** @throws InvalidInputException on a non-positive mass or rate, or a reversed window */
    public MeltingOptions {
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(direction, "direction");
        if (!Double.isNaN(massKg) && !(massKg > 0 && Double.isFinite(massKg))) {
            throw new InvalidInputException("sample mass must be positive, got " + massKg + " kg");
        }
        if (!Double.isNaN(heatingRateKPerS) && !(heatingRateKPerS > 0 && Double.isFinite(heatingRateKPerS))) {
            throw new InvalidInputException("heating rate must be positive, got " + heatingRateKPerS + " K/s");
        }
        if (Double.isNaN(lowK) != Double.isNaN(highK) || (!Double.isNaN(lowK) && !(highK > lowK))) {
            throw new InvalidInputException("integration window " + lowK + ".." + highK + " K: give both limits, low < high");
        }
    }

    /** @return unknown mass, linear baseline, automatic direction and limits, rate from the time column */
    public static MeltingOptions defaults() {
        return new MeltingOptions(Double.NaN, DscBaseline.LINEAR, EndothermDirection.AUTO, Double.NaN, Double.NaN, Double.NaN);
    }

    /** @param kg sample mass, kg @return a modified copy */
    public MeltingOptions withMassKg(double kg) {
        return new MeltingOptions(kg, baseline, direction, lowK, highK, heatingRateKPerS);
    }

    /** @param b baseline @return a modified copy */
    public MeltingOptions withBaseline(DscBaseline b) {
        return new MeltingOptions(massKg, b, direction, lowK, highK, heatingRateKPerS);
    }

    /** @param d direction @return a modified copy */
    public MeltingOptions withDirection(EndothermDirection d) {
        return new MeltingOptions(massKg, baseline, d, lowK, highK, heatingRateKPerS);
    }

    /** @param low lower limit, K @param high upper limit, K @return a modified copy */
    public MeltingOptions withWindowK(double low, double high) {
        return new MeltingOptions(massKg, baseline, direction, low, high, heatingRateKPerS);
    }

    /** @param kPerS heating rate, K/s @return a modified copy */
    public MeltingOptions withHeatingRateKPerS(double kPerS) {
        return new MeltingOptions(massKg, baseline, direction, lowK, highK, kPerS);
    }
}
