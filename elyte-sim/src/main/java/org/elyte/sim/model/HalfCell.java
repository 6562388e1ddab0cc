package org.elyte.sim.model;

import java.util.Objects;

import org.elyte.core.error.InvalidInputException;

/**
 * A Li foil | solid electrolyte | porous composite cathode cell (Doyle, Fuller &amp; Newman,
 * J. Electrochem. Soc. 140 (1993) 1526; cell_model_reference §2.1), isothermal.
 *
 * @param separatorThicknessM L_s, m
 * @param cathode the composite cathode
 * @param electrolyte binary-salt transport properties (the same phase in separator and cathode)
 * @param initialConcentration c₀, mol/m³
 * @param lithium Li foil kinetics (Butler–Volmer, i0 = i0,ref(c/c_ref)^γ, film resistance)
 * @param contactResistance series resistance R_c, Ω·m²
 * @param areaM2 electrode area, m²
 * @param temperatureK T, K
 * @param mesh resolution
 */
public record HalfCell(double separatorThicknessM, CompositeCathode cathode, ElectrolyteTransport electrolyte,
        double initialConcentration, ElectrodeKinetics lithium, double contactResistance, double areaM2,
        double temperatureK, HalfCellMesh mesh) {

    /** Validates. */
    public HalfCell {
        Objects.requireNonNull(cathode, "cathode");
        Objects.requireNonNull(electrolyte, "electrolyte");
        Objects.requireNonNull(lithium, "lithium");
        Objects.requireNonNull(mesh, "mesh");
        if (!(separatorThicknessM > 0) || !(initialConcentration > 0) || !(contactResistance >= 0)
                || !(areaM2 > 0) || !(temperatureK > 0) || !Double.isFinite(separatorThicknessM + initialConcentration
                        + contactResistance + areaM2 + temperatureK)) {
            throw new InvalidInputException("half cell needs L_s > 0 m, c0 > 0 mol/m3, R_c >= 0, area > 0 m2, T > 0 K;"
                    + " got " + separatorThicknessM + ", " + initialConcentration + ", " + contactResistance + ", "
                    + areaM2 + ", " + temperatureK);
        }
    }

    /** @param m mesh @return a copy with that mesh */
    public HalfCell withMesh(HalfCellMesh m) {
        return new HalfCell(separatorThicknessM, cathode, electrolyte, initialConcentration, lithium,
                contactResistance, areaM2, temperatureK, m);
    }

    /** @param e electrolyte @return a copy */
    public HalfCell withElectrolyte(ElectrolyteTransport e) {
        return new HalfCell(separatorThicknessM, cathode, e, initialConcentration, lithium, contactResistance, areaM2,
                temperatureK, mesh);
    }

    /**
     * @param nominalFraction nominal capacity as a fraction of theoretical (e.g. 0.98)
     * @return the 1C current density for that nominal capacity, A/m²
     */
    public double oneCCurrentDensity(double nominalFraction) {
        return nominalFraction * cathode.theoreticalCharge() / 3600.0;
    }
}
