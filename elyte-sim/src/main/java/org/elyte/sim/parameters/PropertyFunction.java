package org.elyte.sim.parameters;

import org.elyte.sim.material.TemperatureLaw;

/**
 * A property as a function of concentration and temperature, the product
 * {@code k · (c/c_ref)^a · f(T)}, optionally times the insertion-kinetics factor
 * {@code sqrt(c_e c_s (c_s,max − c_s))} for an exchange current (Kashkooli 2017 / PyBaMM form).
 * Written in parameter files as a product of factors, e.g.
 * {@code 2 * (c/1000)^0.5 * arrhenius(39570, 298.15)} or
 * {@code 6e-7 * sqrt(ce*cs*(cmax-cs)) * arrhenius(39570, 298.15)}.
 *
 * @param coefficient k, in the unit of the parameter (per (mol/m³)^1.5 with insertion kinetics)
 * @param law temperature factor f(T) (1 at its reference temperature)
 * @param referenceConcentration c_ref in mol/m³, or 0 for no concentration factor
 * @param concentrationExponent a
 * @param insertionKinetics whether the factor sqrt(c_e c_s (c_s,max − c_s)) applies
 */
public record PropertyFunction(double coefficient, TemperatureLaw law, double referenceConcentration,
        double concentrationExponent, boolean insertionKinetics) {

    /**
     * @param value a constant
     * @return the constant as a function
     */
    public static PropertyFunction constant(double value) {
        return new PropertyFunction(value, new TemperatureLaw.Isothermal(), 0, 0, false);
    }

    /**
     * @param c electrolyte concentration in mol/m³ (negative values are treated as 0)
     * @param temperatureK temperature in K
     * @return the property value
     */
    public double value(double c, double temperatureK) {
        double v = coefficient * law.factor(temperatureK);
        if (referenceConcentration > 0 && concentrationExponent != 0) {
            v *= Math.pow(Math.max(c, 0) / referenceConcentration, concentrationExponent);
        }
        return v;
    }

    /**
     * Exchange current of an insertion electrode.
     *
     * @param ce electrolyte concentration in mol/m³
     * @param cs solid surface concentration in mol/m³
     * @param csMax maximum solid concentration in mol/m³
     * @param temperatureK temperature in K
     * @return exchange-current density in A/m²
     */
    public double value(double ce, double cs, double csMax, double temperatureK) {
        double v = value(ce, temperatureK);
        if (insertionKinetics) {
            v *= Math.sqrt(Math.max(ce, 0) * Math.max(cs, 0) * Math.max(csMax - cs, 0));
        }
        return v;
    }
}
