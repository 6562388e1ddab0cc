package org.elyte.sim.model;

import java.util.Objects;

import org.elyte.core.error.InvalidInputException;
import org.elyte.sim.mesh.Geometry;
import org.elyte.sim.mesh.Grid1D;

/**
 * A symmetric Li | solid electrolyte | Li cell: the electrolyte slab and identical interfaces.
 *
 * @param thicknessM electrolyte thickness L, m
 * @param areaM2 electrode area, m²
 * @param temperatureK temperature, K (isothermal)
 * @param initialConcentration uniform salt concentration c₀, mol/m³
 * @param electrolyte transport properties
 * @param kinetics Li interface kinetics (both interfaces)
 * @param cells number of finite volumes
 * @param clustered whether to cluster cells at the two interfaces (cosine spacing) rather than uniform
 */
public record SymmetricCell(double thicknessM, double areaM2, double temperatureK, double initialConcentration,
        ElectrolyteTransport electrolyte, ElectrodeKinetics kinetics, int cells, boolean clustered) {

    /** Validates. */
    public SymmetricCell {
        Objects.requireNonNull(electrolyte, "electrolyte");
        Objects.requireNonNull(kinetics, "kinetics");
        if (!(thicknessM > 0) || !(areaM2 > 0) || !(temperatureK > 0) || !(initialConcentration > 0) || cells < 2
                || !Double.isFinite(thicknessM + areaM2 + temperatureK + initialConcentration)) {
            throw new InvalidInputException("symmetric cell needs thickness, area, temperature, concentration > 0 "
                    + "and >= 2 cells; got " + thicknessM + " m, " + areaM2 + " m2, " + temperatureK + " K, "
                    + initialConcentration + " mol/m3, " + cells + " cells");
        }
    }

    /** @return the finite-volume grid on [0, L] */
    public Grid1D grid() {
        return clustered ? Grid1D.clusteredAtEnds(Geometry.PLANAR, thicknessM, cells)
                : Grid1D.uniform(Geometry.PLANAR, thicknessM, cells);
    }

    /** @param n number of cells @param cluster clustering @return a copy */
    public SymmetricCell withMesh(int n, boolean cluster) {
        return new SymmetricCell(thicknessM, areaM2, temperatureK, initialConcentration, electrolyte, kinetics, n,
                cluster);
    }

    /** @param k kinetics @return a copy */
    public SymmetricCell withKinetics(ElectrodeKinetics k) {
        return new SymmetricCell(thicknessM, areaM2, temperatureK, initialConcentration, electrolyte, k, cells,
                clustered);
    }
}
