package org.elyte.analysis.transport;

import org.elyte.core.error.InvalidInputException;

/**
 * One conductivity at one temperature.
 *
 * @param temperatureK temperature, K, positive
 * @param conductivitySPerM conductivity σ, S/m, positive
 * @param stderrSPerM standard uncertainty of σ, S/m, ≥ 0 (0 = not known)
 */
public record ArrheniusPoint(double temperatureK, double conductivitySPerM, double stderrSPerM) {

    /**
     * @param temperatureK T, K
     * @param conductivitySPerM σ, S/m
     * @param stderrSPerM uncertainty of σ, S/m
     * @throws InvalidInputException on a non-positive or non-finite T or σ, or a negative uncertainty
     */
    public ArrheniusPoint {
        if (!(temperatureK > 0) || !Double.isFinite(temperatureK)) {
            throw new InvalidInputException("temperature must be positive and finite, got " + temperatureK + " K");
        }
        if (!(conductivitySPerM > 0) || !Double.isFinite(conductivitySPerM)) {
            throw new InvalidInputException("conductivity must be positive and finite, got " + conductivitySPerM
                    + " S/m at " + temperatureK + " K");
        }
        if (!(stderrSPerM >= 0) || !Double.isFinite(stderrSPerM)) {
            throw new InvalidInputException("conductivity uncertainty must be >= 0 and finite, got " + stderrSPerM
                    + " S/m at " + temperatureK + " K");
        }
    }

    /**
     * @param temperatureC temperature, °C
     * @param conductivity conductivity with uncertainty (NaN uncertainty is stored as 0 = unknown)
     * @return the point at T = °C + 273.15
     */
    public static ArrheniusPoint ofCelsius(double temperatureC, Conductivity conductivity) {
        double u = Double.isNaN(conductivity.stderrSPerM()) ? 0 : conductivity.stderrSPerM();
        return new ArrheniusPoint(temperatureC + TransportConstants.CELSIUS_OFFSET_K, conductivity.sigmaSPerM(), u);
    }

    /** @return ln σ with σ in S/m */
    public double lnSigma() {
        return Math.log(conductivitySPerM);
    }
}
