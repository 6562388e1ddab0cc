package org.elyte.sim.model;

import java.util.Objects;

import org.elyte.core.error.InvalidInputException;

/**
 * A porous composite cathode: active particles, solid electrolyte filling the pores (volume
 * fraction ε_e) and inactive solid. Effective transport follows Bruggeman, X_eff = X·ε^b: the
 * electrolyte with ε_e, the electronic conductor with 1 − ε_e (PyBaMM's convention).
 *
 * @param thicknessM L_p, m
 * @param activeFraction ε_s, active-material volume fraction
 * @param electrolyteFraction ε_e, electrolyte volume fraction (ε_s + ε_e ≤ 1)
 * @param bruggeman b (e.g. 1.5)
 * @param solidConductivity σ of the electronic phase, S/m
 * @param material active material
 * @param initialStoichiometry x₀ = c_s/c_s,max at the start (uniform)
 */
public record CompositeCathode(double thicknessM, double activeFraction, double electrolyteFraction,
        double bruggeman, double solidConductivity, CathodeMaterial material, double initialStoichiometry) {

    /** Validates. */
    public CompositeCathode {
        Objects.requireNonNull(material, "material");
        if (!(thicknessM > 0) || !(activeFraction > 0) || !(electrolyteFraction > 0)
                || !(activeFraction + electrolyteFraction <= 1) || !(bruggeman >= 0) || !(solidConductivity > 0)
                || !(initialStoichiometry > 0 && initialStoichiometry < 1) || !Double.isFinite(thicknessM)
                || !Double.isFinite(solidConductivity)) {
            throw new InvalidInputException("composite cathode needs L > 0 m, eps_s > 0, eps_e > 0, eps_s + eps_e <= 1,"
                    + " b >= 0, sigma > 0 S/m and 0 < x0 < 1; got " + thicknessM + ", " + activeFraction + ", "
                    + electrolyteFraction + ", " + bruggeman + ", " + solidConductivity + ", " + initialStoichiometry);
        }
    }

    /** @return specific interfacial area a = 3ε_s/R_p, 1/m */
    public double specificArea() {
        return 3 * activeFraction / material.particleRadius();
    }

    /** @return theoretical capacity ε_s·L_p·c_max·F per electrode area, C/m² */
    public double theoreticalCharge() {
        return activeFraction * thicknessM * material.volumetricCharge();
    }

    /** @return effective electronic conductivity σ(1 − ε_e)^b, S/m */
    public double effectiveSolidConductivity() {
        return solidConductivity * Math.pow(1 - electrolyteFraction, bruggeman);
    }
}
