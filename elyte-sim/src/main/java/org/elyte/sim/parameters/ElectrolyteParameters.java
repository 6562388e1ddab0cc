package org.elyte.sim.parameters;

/**
 * The solid electrolyte as a binary salt in concentrated-solution theory, and the membrane
 * (separator) it forms. Property functions take c in mol/m³ and T in K.
 *
 * @param initialConcentration "Initial concentration in electrolyte [mol.m-3]", c0
 * @param conductivity "Electrolyte conductivity [S.m-1]", κ(c, T)
 * @param diffusivity "Electrolyte diffusivity [m2.s-1]", salt D(c, T)
 * @param transferenceNumber "Cation transference number", t+⁰(c, T) (≤ 1; 1 is a single-ion conductor)
 * @param thermodynamicFactor "Thermodynamic factor", 1 + d ln f±/d ln c
 * @param separatorThicknessM "Separator thickness [m]", membrane thickness
 * @param separatorPorosity "Separator porosity", electrolyte volume fraction of the membrane
 * @param separatorBruggeman "Separator Bruggeman coefficient (electrolyte)"
 */
public record ElectrolyteParameters(double initialConcentration, PropertyFunction conductivity,
        PropertyFunction diffusivity, PropertyFunction transferenceNumber, PropertyFunction thermodynamicFactor,
        double separatorThicknessM, double separatorPorosity, double separatorBruggeman) {

    static ElectrolyteParameters read(Fields f, double temperatureK) {
        double c0 = f.positive("Initial concentration in electrolyte [mol.m-3]");
        return new ElectrolyteParameters(c0,
                f.function("Electrolyte conductivity [S.m-1]", c0, temperatureK, 0, 1e3),
                f.function("Electrolyte diffusivity [m2.s-1]", c0, temperatureK, 0, 1e-6),
                f.function("Cation transference number", c0, temperatureK, -10, 1),
                f.function("Thermodynamic factor", c0, temperatureK, 0, 100),
                f.positive("Separator thickness [m]"), f.fraction("Separator porosity"),
                f.number("Separator Bruggeman coefficient (electrolyte)", 0, 10, false));
    }
}
