package org.elyte.sim.simulation;

import java.util.Objects;

import org.elyte.sim.material.TemperatureLaw;
import org.elyte.sim.model.ElectrolyteTransport;
import org.elyte.sim.parameters.PropertyFunction;

/**
 * Electrolyte transport from a parameter set's property functions ({@code k·(c/c_ref)^a·f(T)} with
 * Arrhenius or VTF f), evaluated at each concentration and temperature the model asks for.
 *
 * @param conductivity κ(c, T), S/m
 * @param diffusivity salt D(c, T), m²/s
 * @param transference t+⁰(c, T)
 * @param thermodynamicFactor 1 + dln f/dln c
 */
public record PropertyElectrolyte(PropertyFunction conductivity, PropertyFunction diffusivity,
        PropertyFunction transference, PropertyFunction thermodynamicFactor) implements ElectrolyteTransport {

    /** Checks for nulls. */
    public PropertyElectrolyte {
        Objects.requireNonNull(conductivity, "conductivity");
        Objects.requireNonNull(diffusivity, "diffusivity");
        Objects.requireNonNull(transference, "transference");
        Objects.requireNonNull(thermodynamicFactor, "thermodynamicFactor");
    }

    @Override
    public double conductivity(double c, double t) {
        return conductivity.value(c, t);
    }

    @Override
    public double diffusivity(double c, double t) {
        return diffusivity.value(c, t);
    }

    @Override
    public double transference(double c, double t) {
        return transference.value(c, t);
    }

    @Override
    public double thermodynamicFactor(double c, double t) {
        return thermodynamicFactor.value(c, t);
    }

    /** @return true when t+ is the constant 1 (a single-ion conductor) */
    @Override
    public boolean singleIon() {
        return transference.coefficient() == 1.0 && transference.law() instanceof TemperatureLaw.Isothermal
                && (transference.referenceConcentration() == 0 || transference.concentrationExponent() == 0);
    }
}
