package org.elyte.sim.model;

import org.elyte.core.error.InvalidInputException;

/**
 * An electrolyte with constant properties.
 *
 * @param conductivity κ, S/m (&gt; 0)
 * @param diffusivity salt diffusivity D, m²/s (&gt; 0)
 * @param transference t+⁰ (≤ 1; 1 = single-ion conductor)
 * @param thermodynamicFactor 1 + dln f/dln c (&gt; 0)
 */
public record ConstantElectrolyte(double conductivity, double diffusivity, double transference,
        double thermodynamicFactor) implements ElectrolyteTransport {

    /** Validates. */
    public ConstantElectrolyte {
        if (!(conductivity > 0) || !(diffusivity > 0) || !(transference <= 1) || !(thermodynamicFactor > 0)
                || !Double.isFinite(conductivity + diffusivity + transference + thermodynamicFactor)) {
            throw new InvalidInputException("electrolyte needs conductivity > 0 S/m, diffusivity > 0 m2/s, "
                    + "t+ <= 1 and thermodynamic factor > 0; got " + conductivity + ", " + diffusivity + ", "
                    + transference + ", " + thermodynamicFactor);
        }
    }

    /**
     * The ideal-solution closure when only κ and t+ are known (cell_model_reference §4.2):
     * D₊ + D₋ = κRT/(F²c₀), D = 2 t+ (1 − t+)(D₊ + D₋), thermodynamic factor 1.
     *
     * @param conductivity κ, S/m
     * @param transference t+ (0 &lt; t+ &lt; 1)
     * @param concentration c₀, mol/m³
     * @param temperatureK T, K
     * @return the electrolyte
     */
    public static ConstantElectrolyte idealClosure(double conductivity, double transference, double concentration,
            double temperatureK) {
        double sum = conductivity * Physics.GAS_CONSTANT * temperatureK
                / (Physics.FARADAY * Physics.FARADAY * concentration);
        return new ConstantElectrolyte(conductivity, 2 * transference * (1 - transference) * sum, transference, 1.0);
    }

    @Override
    public double conductivity(double c, double t) {
        return conductivity;
    }

    @Override
    public double diffusivity(double c, double t) {
        return diffusivity;
    }

    @Override
    public double transference(double c, double t) {
        return transference;
    }

    @Override
    public double thermodynamicFactor(double c, double t) {
        return thermodynamicFactor;
    }

    @Override
    public boolean singleIon() {
        return transference == 1.0;
    }
}
