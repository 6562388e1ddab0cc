package org.elyte.sim.model;

/**
 * Transport properties of a binary (1:1) salt electrolyte in concentrated-solution theory
 * (Newman), each a function of salt concentration c (mol/m³) and temperature T (K).
 */
public interface ElectrolyteTransport {

    /** @param c concentration, mol/m³ @param t temperature, K @return ionic conductivity κ, S/m */
    double conductivity(double c, double t);

    /** @param c concentration, mol/m³ @param t temperature, K @return salt diffusivity D, m²/s */
    double diffusivity(double c, double t);

    /** @param c concentration, mol/m³ @param t temperature, K @return cation transference number t+⁰ */
    double transference(double c, double t);

    /** @param c concentration, mol/m³ @param t temperature, K @return thermodynamic factor 1 + dln f/dln c */
    double thermodynamicFactor(double c, double t);

    /**
     * @return whether t+⁰ = 1 at every state (single-ion conductor): the salt then never moves and
     *         the model drops the concentration equations exactly
     */
    default boolean singleIon() {
        return false;
    }
}
