package org.elyte.analysis.thermal;

import java.util.Objects;

import org.elyte.core.error.InvalidInputException;
import org.elyte.core.provenance.Provenance;

/** Degree of crystallinity of the polymer phase from a DSC melting enthalpy. */
public final class Crystallinity {
    private Crystallinity() {
    }

    /**
     * @param meltingEnthalpyJPerG ΔHm per gram of sample, J/g (≥ 0)
     * @param referenceJPerG ΔH° of the 100 % crystalline polymer, J/g (&gt; 0)
     * @param additiveFraction φ, mass fraction of non-polymer components, 0 ≤ φ &lt; 1
     * @param form {@link CrystallinityForm#DIVIDED} (default) or the printed {@link CrystallinityForm#MULTIPLIED}
     * @return χc
     * @throws InvalidInputException on values outside those ranges
     */
    public static CrystallinityResult of(double meltingEnthalpyJPerG, double referenceJPerG, double additiveFraction,
            CrystallinityForm form) {
        Objects.requireNonNull(form, "form");
        if (!(meltingEnthalpyJPerG >= 0) || !Double.isFinite(meltingEnthalpyJPerG)) {
            throw new InvalidInputException("melting enthalpy must be finite and >= 0 J/g, got " + meltingEnthalpyJPerG);
        }
        if (!(referenceJPerG > 0) || !Double.isFinite(referenceJPerG)) {
            throw new InvalidInputException("reference enthalpy must be positive, got " + referenceJPerG + " J/g");
        }
        if (!(additiveFraction >= 0 && additiveFraction < 1)) {
            throw new InvalidInputException("additive mass fraction must be in [0, 1), got " + additiveFraction);
        }
        double polymer = 1 - additiveFraction;
        double chi = form == CrystallinityForm.DIVIDED ? meltingEnthalpyJPerG / (referenceJPerG * polymer)
                : meltingEnthalpyJPerG / referenceJPerG * polymer;
        Provenance p = Provenance.of("dsc.crystallinity", Dsc.VERSION).withOption("form", form)
                .withOption("referenceJPerG", referenceJPerG).withOption("additiveFraction", additiveFraction);
        return new CrystallinityResult(chi, meltingEnthalpyJPerG, referenceJPerG, additiveFraction, form, p);
    }

    /**
     * @param melting an integrated melting peak
     * @param reference ΔH° preset
     * @param additiveFraction φ
     * @param form form
     * @return χc, with the melting provenance's method noted
     */
    public static CrystallinityResult of(Melting melting, ReferenceEnthalpy reference, double additiveFraction,
            CrystallinityForm form) {
        CrystallinityResult r = of(melting.enthalpyJPerG(), reference.jPerG(), additiveFraction, form);
        return new CrystallinityResult(r.fraction(), r.meltingEnthalpyJPerG(), r.referenceJPerG(), r.additiveFraction(),
                form, r.provenance().withOption("reference", reference.name() + ": " + reference.reference()));
    }
}
