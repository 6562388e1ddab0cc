package org.elyte.analysis.thermal;

import java.util.Locale;

import org.elyte.core.error.InvalidInputException;

/** Melting enthalpy of the 100 % crystalline polymer, ΔH°m, for crystallinity from DSC. */
public enum ReferenceEnthalpy {
    /**
     * Poly(ε-caprolactone): 139.3 J/g, the value the PCL–LiClO4–LATP paper uses (its ref. 35:
     * Jenkins &amp; Harrison, Polym. Adv. Technol. 17 (2006) 474).
     */
    PCL(139.3, "Jenkins & Harrison, Polym. Adv. Technol. 17 (2006) 474"),
    /**
     * Poly(ethylene oxide): 196.4 J/g, the value most PEO-electrolyte papers use, usually attributed
     * to Li &amp; Hsu, J. Polym. Sci. Polym. Phys. Ed. 22 (1984) 1331 (attribution not checked against
     * the primary source here; 205 and 213 J/g are also in use: pass an explicit value to match them).
     */
    PEO(196.4, "Li & Hsu, J. Polym. Sci. Polym. Phys. Ed. 22 (1984) 1331 (as commonly cited)");

    private final double jPerG;
    private final String reference;

    ReferenceEnthalpy(double jPerG, String reference) {
        this.jPerG = jPerG;
        this.reference = reference;
    }

    /** @return ΔH°m, J/g */
    public double jPerG() {
        return jPerG;
    }

    /** @return literature source of the value */
    public String reference() {
        return reference;
    }

    /**
     * @param name polymer name, case-insensitive ("PCL", "PEO")
     * @return the preset
     * @throws InvalidInputException for an unknown polymer
     */
    public static ReferenceEnthalpy of(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("unknown polymer '" + name + "'; presets: PCL, PEO (or give ΔH° in J/g)");
        }
    }
}
