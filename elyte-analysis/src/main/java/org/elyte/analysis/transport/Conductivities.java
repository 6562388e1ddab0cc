package org.elyte.analysis.transport;

import java.util.Objects;

import org.elyte.core.error.InvalidInputException;
import org.elyte.core.geometry.CellGeometry;

/** Conductivity from a measured resistance and the cell geometry: σ = L/(R·S). */
public final class Conductivities {
    private Conductivities() {
    }

    /**
     * σ = L/(R·S); the relative uncertainty is the quadrature sum of those of R, L and S.
     *
     * @param resistanceOhm resistance R, Ω, positive and finite
     * @param resistanceStderrOhm standard uncertainty of R, Ω, ≥ 0 (NaN when unknown: the result's
     *     uncertainty is then NaN)
     * @param geometry thickness L and area S with their uncertainties
     * @return the conductivity, S/m
     * @throws InvalidInputException on a resistance that is not positive and finite or a negative
     *     uncertainty
     */
    public static Conductivity of(double resistanceOhm, double resistanceStderrOhm, CellGeometry geometry) {
        Objects.requireNonNull(geometry, "geometry");
        if (!(resistanceOhm > 0) || !Double.isFinite(resistanceOhm)) {
            throw new InvalidInputException("resistance must be positive and finite, got " + resistanceOhm + " ohm");
        }
        if (resistanceStderrOhm < 0 || Double.isInfinite(resistanceStderrOhm)) {
            throw new InvalidInputException("resistance uncertainty must be >= 0 and finite (or NaN if unknown), got "
                    + resistanceStderrOhm + " ohm");
        }
        double sigma = geometry.cellConstantPerM() / resistanceOhm;
        double rel = Math.hypot(resistanceStderrOhm / resistanceOhm, geometry.cellConstantRelativeUncertainty());
        return new Conductivity(sigma, sigma * rel);
    }
}
