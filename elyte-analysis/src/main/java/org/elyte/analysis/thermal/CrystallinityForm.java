package org.elyte.analysis.thermal;

/** How the additive mass fraction φ enters the crystallinity χc (see docs/methods.md). */
public enum CrystallinityForm {
    /**
     * χc = ΔHm / (ΔH° · (1 − φ)): ΔHm per gram of sample is converted to per gram of polymer.
     * The default; the usual polymer-normalised form.
     */
    DIVIDED,
    /**
     * χc = ΔHm / ΔH° · (1 − φ): the form printed as eq (1) of Li et al., ACS Appl. Energy Mater.
     * 2021 (PCL–LiClO4–LATP). Kept to reproduce that paper; physically it double-counts the dilution.
     */
    MULTIPLIED
}
