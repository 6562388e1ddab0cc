package org.elyte.sim.parameters;

/**
 * The Li metal | electrolyte interface (negative electrode of a half cell).
 *
 * @param exchangeCurrent "Exchange-current density for lithium metal electrode [A.m-2]", i0(c_e, T)
 * @param filmResistanceOhmM2 "Lithium metal interface film resistance [Ohm.m2]" (0 for none)
 * @param doubleLayerFPerM2 "Negative electrode double-layer capacity [F.m-2]"
 * @param chargeTransferCoefficient "Negative electrode charge transfer coefficient", α
 */
public record LithiumInterfaceParameters(PropertyFunction exchangeCurrent, double filmResistanceOhmM2,
        double doubleLayerFPerM2, double chargeTransferCoefficient) {

    static LithiumInterfaceParameters read(Fields f, double c0, double temperatureK) {
        return new LithiumInterfaceParameters(
                f.function("Exchange-current density for lithium metal electrode [A.m-2]", c0, temperatureK, 0, 1e6),
                f.number("Lithium metal interface film resistance [Ohm.m2]", 0, 1e3, false),
                f.number("Negative electrode double-layer capacity [F.m-2]", 0, 1e3, false),
                f.number("Negative electrode charge transfer coefficient", 0, 1, true));
    }
}
