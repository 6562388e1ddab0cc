package org.elyte.io.scattering;

import java.util.Locale;
import java.util.Optional;

import org.elyte.core.error.InvalidInputException;

/** Unit of the scattering vector in a SAXS file. */
public enum QUnit {
    /** nm⁻¹ (Xenocs, SAXSpace and most laboratory instruments). */
    PER_NM(1e9),
    /** Å⁻¹ (synchrotron beamlines, SasView). */
    PER_ANGSTROM(1e10),
    /** m⁻¹. */
    PER_M(1);

    private final double toPerM;

    QUnit(double toPerM) {
        this.toPerM = toPerM;
    }

    /** @return the factor to 1/m */
    public double toPerM() {
        return toPerM;
    }

    /**
     * @param text "nm-1", "1/nm", "A-1", "1/A", "Å⁻¹", "m-1"
     * @return the unit
     * @throws InvalidInputException when not recognised
     */
    public static QUnit parse(String text) {
        return fromText(text).orElseThrow(() -> new InvalidInputException("unknown q unit '" + text + "'; use nm-1, A-1 or m-1"));
    }

    /** Recognises a unit inside a header text, if any. */
    static Optional<QUnit> fromText(String text) {
        String t = text.toLowerCase(Locale.ROOT).replace(" ", "").replace("^", "").replace("⁻¹", "-1").replace("å", "a")
                .replace("angstrom", "a");
        if (t.contains("nm-1") || t.contains("1/nm") || t.contains("[nm]") || t.contains("(nm)")) {
            return Optional.of(PER_NM);
        }
        if (t.contains("a-1") || t.contains("1/a")) {
            return Optional.of(PER_ANGSTROM);
        }
        if (t.equals("m-1") || t.equals("1/m") || t.contains("(m-1)") || t.contains("[1/m]")) {
            return Optional.of(PER_M);
        }
        return Optional.empty();
    }
}
