package org.elyte.sim.model;

import org.elyte.core.error.InvalidInputException;

/**
 * Butler–Volmer kinetics at a lithium metal interface with an optional film (SEI) resistance:
 * {@code i = i0 [exp(αa F η/RT) − exp(−αc F η/RT)]}, {@code i0 = i0,ref (c/c_ref)^γ}; i &gt; 0 anodic
 * (stripping). The film adds {@code i·R_f} to the interface voltage.
 *
 * @param exchangeCurrentDensity i0,ref, A/m² (&gt; 0) at c_ref
 * @param referenceConcentration c_ref, mol/m³ (&gt; 0)
 * @param concentrationExponent γ (0 = independent of c; 0.5 for the reference §6.1 Li foil)
 * @param alphaAnodic αa (&gt; 0)
 * @param alphaCathodic αc (&gt; 0)
 * @param filmResistance R_f, Ω·m² (≥ 0)
 */
public record ElectrodeKinetics(double exchangeCurrentDensity, double referenceConcentration,
        double concentrationExponent, double alphaAnodic, double alphaCathodic, double filmResistance) {

    /** Validates. */
    public ElectrodeKinetics {
        if (!(exchangeCurrentDensity > 0) || !(referenceConcentration > 0) || !(alphaAnodic > 0)
                || !(alphaCathodic > 0) || !(filmResistance >= 0) || !Double.isFinite(concentrationExponent)) {
            throw new InvalidInputException("kinetics need i0 > 0 A/m2, c_ref > 0, alpha > 0, R_f >= 0; got i0 "
                    + exchangeCurrentDensity + ", c_ref " + referenceConcentration + ", alpha " + alphaAnodic + "/"
                    + alphaCathodic + ", R_f " + filmResistance);
        }
    }

    /**
     * @param i0 exchange current density, A/m², independent of concentration
     * @return symmetric (α = 0.5) kinetics without film
     */
    public static ElectrodeKinetics symmetric(double i0) {
        return new ElectrodeKinetics(i0, 1000, 0, 0.5, 0.5, 0);
    }

    /** @param rf film resistance, Ω·m² @return a copy */
    public ElectrodeKinetics withFilmResistance(double rf) {
        return new ElectrodeKinetics(exchangeCurrentDensity, referenceConcentration, concentrationExponent,
                alphaAnodic, alphaCathodic, rf);
    }

    /** @param c concentration at the interface, mol/m³ @return i0, A/m² */
    public double exchangeCurrent(double c) {
        if (concentrationExponent == 0) {
            return exchangeCurrentDensity;
        }
        return exchangeCurrentDensity * Math.pow(Math.max(c, 1e-9 * referenceConcentration) / referenceConcentration,
                concentrationExponent);
    }

    /**
     * @param eta overpotential, V
     * @param c interface concentration, mol/m³
     * @param temperatureK T, K
     * @return current density, A/m² (anodic positive)
     */
    public double current(double eta, double c, double temperatureK) {
        double f = 1.0 / Physics.thermalVoltage(temperatureK);
        return exchangeCurrent(c) * (Math.exp(alphaAnodic * f * eta) - Math.exp(-alphaCathodic * f * eta));
    }

    /**
     * Inverse of {@link #current}: Newton from the symmetric (asinh) solution.
     *
     * @param i current density, A/m²
     * @param c interface concentration, mol/m³
     * @param temperatureK T, K
     * @return overpotential, V
     */
    public double overpotential(double i, double c, double temperatureK) {
        double vt = Physics.thermalVoltage(temperatureK);
        double i0 = exchangeCurrent(c);
        double eta = 2 * vt / (alphaAnodic + alphaCathodic) * asinh(i / (2 * i0));
        for (int k = 0; k < 50; k++) {
            double ea = Math.exp(alphaAnodic * eta / vt);
            double ec = Math.exp(-alphaCathodic * eta / vt);
            double g = i0 * (ea - ec) - i;
            double dg = i0 * (alphaAnodic * ea + alphaCathodic * ec) / vt;
            double step = g / dg;
            eta -= step;
            if (Math.abs(step) < 1e-15 + 1e-13 * Math.abs(eta)) {
                break;
            }
        }
        return eta;
    }

    /** @param temperatureK T, K @return linearised charge-transfer resistance RT/(F i0 (αa+αc)), Ω·m², at c_ref */
    public double chargeTransferResistance(double temperatureK) {
        return Physics.thermalVoltage(temperatureK) / (exchangeCurrentDensity * (alphaAnodic + alphaCathodic));
    }

    static double asinh(double x) {
        return Math.signum(x) * Math.log(Math.abs(x) + Math.sqrt(x * x + 1));
    }
}
