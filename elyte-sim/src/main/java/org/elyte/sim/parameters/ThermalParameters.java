package org.elyte.sim.parameters;

/**
 * Temperatures of an isothermal cell.
 *
 * @param ambientK "Ambient temperature [K]", the cell temperature unless an experiment step sets one
 * @param referenceK "Reference temperature [K]", where property values are quoted
 */
public record ThermalParameters(double ambientK, double referenceK) {
    static ThermalParameters read(Fields f) {
        return new ThermalParameters(f.number("Ambient temperature [K]", 0, 2000, true),
                f.number("Reference temperature [K]", 0, 2000, true));
    }
}
