package org.elyte.sim.model;

import java.util.Objects;

import org.elyte.core.error.InvalidInputException;

/**
 * An insertion cathode material: spherical particles with Fickian solid diffusion and
 * Butler–Volmer kinetics (α = 0.5) with exchange current density
 * {@code i0 = k(T)·√c_e·√c_s·√(c_s,max − c_s)}, {@code k(T) = k_ref·exp[(E_a/R)(1/T_ref − 1/T)]}. The
 * square roots are regularised, {@code √x → √((x + √(x² + δ²))/2)} with δ = 10⁻⁴·c_s,max (resp.
 * 10⁻⁴·c_ref for c_e), smooth through x = 0 and equal to √x within 10⁻⁸ relative for x &gt; 10²δ.
 *
 * @param name label (e.g. "LFP")
 * @param maxConcentration c_s,max, mol/m³
 * @param diffusivity solid diffusivity D_s, m²/s
 * @param particleRadius R_p, m
 * @param ocp open-circuit potential
 * @param rateConstant k_ref, A/m² per (mol/m³)^1.5
 * @param activationEnergy E_a of k, J/mol (≥ 0)
 * @param referenceTemperatureK T_ref of k_ref, K
 */
public record CathodeMaterial(String name, double maxConcentration, double diffusivity, double particleRadius,
        OpenCircuitPotential ocp, double rateConstant, double activationEnergy, double referenceTemperatureK) {

    /** Validates. */
    public CathodeMaterial {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(ocp, "ocp");
        if (!(maxConcentration > 0) || !(diffusivity > 0) || !(particleRadius > 0) || !(rateConstant > 0)
                || !(activationEnergy >= 0) || !(referenceTemperatureK > 0)
                || !Double.isFinite(maxConcentration + diffusivity + particleRadius + rateConstant
                        + activationEnergy + referenceTemperatureK)) {
            throw new InvalidInputException("cathode material " + name + " needs c_max, D_s, R_p, k > 0, E_a >= 0, "
                    + "T_ref > 0; got " + maxConcentration + " mol/m3, " + diffusivity + " m2/s, " + particleRadius
                    + " m, " + rateConstant + ", " + activationEnergy + " J/mol, " + referenceTemperatureK + " K");
        }
    }

    /**
     * LiFePO₄ of PyBaMM's Prada2013 set (cell_model_reference §4.1): c_max 22806 mol/m³, D_s 5.9·10⁻¹⁸
     * m²/s, R_p 50 nm, Afshar OCP, Kashkooli et al. (J. Appl. Electrochem. 47 (2017) 281) exchange
     * current 6·10⁻⁷ A/m²·(m³/mol)^1.5 at 298.15 K with E_a 39570 J/mol.
     *
     * @return the material
     */
    public static CathodeMaterial lfpPrada2013() {
        return new CathodeMaterial("LFP", 22806, 5.9e-18, 50e-9, OpenCircuitPotential.lfp(), 6e-7, 39570, 298.15);
    }

    /**
     * NMC811 of the LG M50 cell (Chen et al., J. Electrochem. Soc. 167 (2020) 080534, as in PyBaMM's
     * Chen2020 set): c_max 63104 mol/m³, D_s 4·10⁻¹⁵ m²/s, R_p 5.22 µm, k_ref 3.42·10⁻⁶ with E_a
     * 17800 J/mol at 298.15 K. Values quoted from the parameter set, not re-derived here.
     *
     * @return the material
     */
    public static CathodeMaterial ncm811Chen2020() {
        return new CathodeMaterial("NCM811", 63104, 4e-15, 5.22e-6, OpenCircuitPotential.ncm811(), 3.42e-6, 17800,
                298.15);
    }

    /** @param temperatureK T, K @return k(T), A/m² per (mol/m³)^1.5 */
    public double rateConstant(double temperatureK) {
        return rateConstant * Math.exp(activationEnergy / Physics.GAS_CONSTANT
                * (1 / referenceTemperatureK - 1 / temperatureK));
    }

    /**
     * @param x argument
     * @param delta regularisation width (&gt; 0)
     * @return smooth √max(x, 0): {@code √((x + √(x² + δ²))/2)}
     */
    public static double smoothSqrt(double x, double delta) {
        return Math.sqrt(0.5 * (x + Math.sqrt(x * x + delta * delta)));
    }

    /** @return theoretical specific capacity of one mole per c_max, C/m³ of particle: F·c_max */
    public double volumetricCharge() {
        return Physics.FARADAY * maxConcentration;
    }
}
