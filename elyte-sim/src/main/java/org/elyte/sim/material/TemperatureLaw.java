package org.elyte.sim.material;

import org.elyte.core.error.InvalidInputException;

/**
 * Dimensionless temperature factor {@code X(T)/X(T_ref)} for a transport or kinetic property
 * (cell_model_reference.md §2.5). The same law should multiply conductivity, diffusivity and
 * exchange currents of one material.
 */
public sealed interface TemperatureLaw permits TemperatureLaw.Isothermal, TemperatureLaw.Arrhenius, TemperatureLaw.Vtf {

    /** Molar gas constant in J/(mol·K). */
    double R = 8.314462618;
    /** Boltzmann constant in eV/K. */
    double K_B_EV = 8.617333262e-5;

    /**
     * @param temperatureK temperature in K
     * @return the factor X(T)/X(T_ref), dimensionless, positive
     */
    double factor(double temperatureK);

    /**
     * @param valueAtReference the property at the reference temperature (any unit)
     * @param temperatureK temperature in K
     * @return the property at temperatureK, same unit
     */
    default double apply(double valueAtReference, double temperatureK) {
        return valueAtReference * factor(temperatureK);
    }

    /** No temperature dependence: the factor is 1. */
    record Isothermal() implements TemperatureLaw {
        @Override
        public double factor(double temperatureK) {
            checkT(temperatureK);
            return 1.0;
        }
    }

    /**
     * Arrhenius law {@code X(T) = X_ref exp[(E_a/R)(1/T_ref − 1/T)]}, the form PyBaMM uses for
     * exchange currents and diffusivities.
     *
     * @param activationEnergyJPerMol E_a in J/mol (≥ 0)
     * @param referenceK T_ref in K
     */
    record Arrhenius(double activationEnergyJPerMol, double referenceK) implements TemperatureLaw {
        /** Validates the parameters. */
        public Arrhenius {
            if (!(activationEnergyJPerMol >= 0) || !Double.isFinite(activationEnergyJPerMol)) {
                throw new InvalidInputException("activation energy must be ≥ 0 J/mol, got " + activationEnergyJPerMol);
            }
            checkT(referenceK);
        }

        /**
         * @param activationEnergyEv E_a in eV per ion (as the seed documents report it)
         * @param referenceK T_ref in K
         * @return the law with E_a converted to J/mol (× F, i.e. × e·N_A)
         */
        public static Arrhenius ofElectronVolts(double activationEnergyEv, double referenceK) {
            return new Arrhenius(activationEnergyEv * 96485.33212, referenceK);
        }

        @Override
        public double factor(double temperatureK) {
            checkT(temperatureK);
            return Math.exp(activationEnergyJPerMol / R * (1 / referenceK - 1 / temperatureK));
        }
    }

    /**
     * Vogel–Tammann–Fulcher law {@code X(T) = A T^(−1/2) exp[−B/(T − T0)]} (or without the
     * {@code T^(−1/2)} prefactor), scaled to 1 at T_ref. Valid only above T0.
     *
     * @param pseudoActivationK B in K (pseudo-activation energy divided by R, or by k_B for eV)
     * @param t0K ideal glass transition temperature T0 in K
     * @param referenceK T_ref in K, above T0
     * @param inverseSqrtPrefactor whether the {@code T^(−1/2)} prefactor is included
     */
    record Vtf(double pseudoActivationK, double t0K, double referenceK, boolean inverseSqrtPrefactor)
            implements TemperatureLaw {
        /** Validates the parameters. */
        public Vtf {
            if (!(pseudoActivationK >= 0) || !Double.isFinite(pseudoActivationK)) {
                throw new InvalidInputException("VTF B must be ≥ 0 K, got " + pseudoActivationK);
            }
            if (!(t0K >= 0) || !(referenceK > t0K)) {
                throw new InvalidInputException("VTF needs 0 ≤ T0 < T_ref, got T0 = " + t0K + " K, T_ref = "
                        + referenceK + " K");
            }
        }

        /**
         * @param activationEnergyEv VTF pseudo-activation energy in eV (B = E_a/k_B)
         * @param t0K T0 in K
         * @param referenceK T_ref in K
         * @return the law with the {@code T^(−1/2)} prefactor, as in seed_systems.md §B
         */
        public static Vtf ofElectronVolts(double activationEnergyEv, double t0K, double referenceK) {
            return new Vtf(activationEnergyEv / K_B_EV, t0K, referenceK, true);
        }

        @Override
        public double factor(double temperatureK) {
            checkT(temperatureK);
            if (!(temperatureK > t0K)) {
                throw new InvalidInputException("VTF law used at " + temperatureK + " K, at or below T0 = " + t0K + " K");
            }
            double f = Math.exp(-pseudoActivationK / (temperatureK - t0K) + pseudoActivationK / (referenceK - t0K));
            return inverseSqrtPrefactor ? f * Math.sqrt(referenceK / temperatureK) : f;
        }
    }

    private static void checkT(double t) {
        if (!(t > 0) || !Double.isFinite(t)) {
            throw new InvalidInputException("temperature must be a positive number of kelvin, got " + t);
        }
    }
}
