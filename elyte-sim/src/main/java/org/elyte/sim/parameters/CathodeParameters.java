package org.elyte.sim.parameters;

/**
 * Porous composite cathode: active particles, solid electrolyte in the pores and carbon.
 *
 * @param thicknessM "Positive electrode thickness [m]"
 * @param porosity "Positive electrode porosity", electrolyte volume fraction ε_e
 * @param activeFraction "Positive electrode active material volume fraction", ε_s
 * @param bruggeman "Positive electrode Bruggeman coefficient (electrolyte)"
 * @param particleRadiusM "Positive particle radius [m]"
 * @param diffusivity "Positive particle diffusivity [m2.s-1]", D_s(c, T) (c is the solid concentration)
 * @param maxConcentration "Maximum concentration in positive electrode [mol.m-3]"
 * @param initialConcentration "Initial concentration in positive electrode [mol.m-3]"
 * @param conductivitySPerM "Positive electrode conductivity [S.m-1]", electronic
 * @param ocp "Positive electrode OCP [V]"
 * @param exchangeCurrent "Positive electrode exchange-current density [A.m-2]", i0(c_e, c_s, c_s,max, T)
 * @param chargeTransferCoefficient "Positive electrode charge transfer coefficient", α
 * @param doubleLayerFPerM2 "Positive electrode double-layer capacity [F.m-2]"
 * @param activeDensityKgPerM3 "Positive electrode active material density [kg.m-3]" (for mAh/g)
 */
public record CathodeParameters(double thicknessM, double porosity, double activeFraction, double bruggeman,
        double particleRadiusM, PropertyFunction diffusivity, double maxConcentration, double initialConcentration,
        double conductivitySPerM, OpenCircuitPotential ocp, PropertyFunction exchangeCurrent,
        double chargeTransferCoefficient, double doubleLayerFPerM2, double activeDensityKgPerM3) {

    private static final double FARADAY = 96485.33212;

    /** @return theoretical areal capacity in A·h/m² (F c_max ε_s L / 3600) */
    public double theoreticalCapacityAhPerM2() {
        return FARADAY * maxConcentration * activeFraction * thicknessM / 3600;
    }

    /** @return theoretical specific capacity in mAh/g (F c_max / ρ / 3600) */
    public double theoreticalSpecificCapacityMAhPerG() {
        return FARADAY * maxConcentration / activeDensityKgPerM3 / 3600;
    }

    /** @return initial stoichiometry c_s,0 / c_s,max */
    public double initialStoichiometry() {
        return initialConcentration / maxConcentration;
    }

    static CathodeParameters read(Fields f, double ce0, double temperatureK) {
        double eps = f.fraction("Positive electrode porosity");
        double epsS = f.fraction("Positive electrode active material volume fraction");
        if (eps + epsS > 1) {
            throw f.bad("Positive electrode active material volume fraction", "porosity " + eps
                    + " plus active fraction " + epsS + " exceeds 1");
        }
        double cMax = f.positive("Maximum concentration in positive electrode [mol.m-3]");
        double c0 = f.number("Initial concentration in positive electrode [mol.m-3]", 0, cMax, true);
        if (c0 >= cMax) {
            throw f.bad("Initial concentration in positive electrode [mol.m-3]", "must be below the maximum " + cMax);
        }
        PropertyFunction j0 = f.function("Positive electrode exchange-current density [A.m-2]", ce0, temperatureK, 0,
                Double.MAX_VALUE);
        return new CathodeParameters(f.positive("Positive electrode thickness [m]"), eps, epsS,
                f.number("Positive electrode Bruggeman coefficient (electrolyte)", 0, 10, false),
                f.positive("Positive particle radius [m]"),
                f.function("Positive particle diffusivity [m2.s-1]", c0, temperatureK, 0, 1e-6), cMax, c0,
                f.positive("Positive electrode conductivity [S.m-1]"), f.ocp("Positive electrode OCP [V]"), j0,
                f.number("Positive electrode charge transfer coefficient", 0, 1, true),
                f.number("Positive electrode double-layer capacity [F.m-2]", 0, 1e3, false),
                f.positive("Positive electrode active material density [kg.m-3]"));
    }
}
