package org.elyte.core.geometry;

import java.util.Objects;

import org.elyte.core.error.InvalidInputException;

/**
 * The geometry of a membrane or pellet between two electrodes: thickness L and electrode area S,
 * each with its standard uncertainty, in SI units.
 *
 * @param thicknessM thickness L, m
 * @param areaM2 area S, m²
 */
public record CellGeometry(Measure thicknessM, Measure areaM2) {

    /**
     * @param thicknessM thickness, m
     * @param areaM2 area, m²
     */
    public CellGeometry {
        Objects.requireNonNull(thicknessM, "thicknessM");
        Objects.requireNonNull(areaM2, "areaM2");
        if (!(thicknessM.value() > 0)) {
            throw new InvalidInputException("thickness must be positive, got " + thicknessM.value() + " m");
        }
        if (!(areaM2.value() > 0)) {
            throw new InvalidInputException("area must be positive, got " + areaM2.value() + " m2");
        }
    }

    /**
     * @param thickness e.g. {@code "0.21 cm"}
     * @param area e.g. {@code "0.5027 cm2"}
     * @return the geometry
     */
    public static CellGeometry ofArea(String thickness, String area) {
        return new CellGeometry(Units.parseLength(thickness), Units.parseArea(area));
    }

    /**
     * @param thickness e.g. {@code "120um"}
     * @param diameter disc diameter, e.g. {@code "19 mm"}
     * @return the geometry with S = π d²/4
     */
    public static CellGeometry ofDiameter(String thickness, String diameter) {
        return new CellGeometry(Units.parseLength(thickness), Units.discArea(Units.parseLength(diameter)));
    }

    /** @return the cell constant L/S, 1/m */
    public double cellConstantPerM() {
        return thicknessM.value() / areaM2.value();
    }

    /** @return the relative standard uncertainty of L/S from those of L and S (added in quadrature) */
    public double cellConstantRelativeUncertainty() {
        return Math.hypot(thicknessM.relativeUncertainty(), areaM2.relativeUncertainty());
    }
}
