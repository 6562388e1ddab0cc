package org.elyte.analysis.md;

import org.elyte.core.error.InvalidInputException;

/**
 * Nernst–Einstein conductivity from self-diffusion coefficients, neglecting ion–ion correlations:
 * σ = e² / (V k_B T) · Σ_i N_i z_i² D_i (e.g. Hansen &amp; McDonald, Theory of Simple Liquids;
 * the "uncorrelated" conductivity that MD papers compare with EIS).
 */
public final class NernstEinstein {
    /** Elementary charge, C (exact, SI 2019). */
    public static final double E = 1.602176634e-19;
    /** Boltzmann constant, J/K (exact, SI 2019). */
    public static final double KB = 1.380649e-23;

    /**
     * One ionic species.
     *
     * @param diffusionM2PerS self-diffusion coefficient, m²/s
     * @param count number of ions in the box
     * @param charge charge number z
     */
    public record Ion(double diffusionM2PerS, int count, int charge) {
    }

    private NernstEinstein() {
    }

    /**
     * @param volumeM3 box volume, m³
     * @param temperatureK temperature, K
     * @param ions the species
     * @return σ, S/m
     */
    public static double conductivity(double volumeM3, double temperatureK, Ion... ions) {
        if (!(volumeM3 > 0) || !(temperatureK > 0) || ions.length == 0) {
            throw new InvalidInputException("Nernst-Einstein needs a positive volume and temperature and at least one ion");
        }
        double s = 0;
        for (Ion i : ions) {
            if (!(i.diffusionM2PerS() >= 0) || i.count() < 0) {
                throw new InvalidInputException("diffusion coefficient and ion count must be >= 0");
            }
            s += i.count() * (double) i.charge() * i.charge() * i.diffusionM2PerS();
        }
        return E * E * s / (volumeM3 * KB * temperatureK);
    }
}
