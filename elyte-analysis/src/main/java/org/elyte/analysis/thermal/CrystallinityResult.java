package org.elyte.analysis.thermal;

import org.elyte.core.provenance.Provenance;

/**
 * A degree of crystallinity from a melting enthalpy.
 *
 * @param fraction χc as a fraction (0.2648 for 26.48 %)
 * @param meltingEnthalpyJPerG ΔHm per gram of sample, J/g
 * @param referenceJPerG ΔH° of the fully crystalline polymer, J/g
 * @param additiveFraction φ, mass fraction of additives (salt, filler) in the sample
 * @param form how φ entered
 * @param provenance method and inputs
 */
public record CrystallinityResult(double fraction, double meltingEnthalpyJPerG, double referenceJPerG,
        double additiveFraction, CrystallinityForm form, Provenance provenance) {

    /** @return χc in percent */
    public double percent() {
        return 100 * fraction;
    }
}
