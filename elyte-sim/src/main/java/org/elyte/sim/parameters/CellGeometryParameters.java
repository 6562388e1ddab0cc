package org.elyte.sim.parameters;

/**
 * Electrode size and voltage limits.
 *
 * @param heightM "Electrode height [m]"
 * @param widthM "Electrode width [m]"
 * @param lowerCutoffV "Lower voltage cut-off [V]"
 * @param upperCutoffV "Upper voltage cut-off [V]"
 */
public record CellGeometryParameters(double heightM, double widthM, double lowerCutoffV, double upperCutoffV) {
    /** @return electrode area in m² */
    public double areaM2() {
        return heightM * widthM;
    }

    static CellGeometryParameters read(Fields f) {
        double lo = f.number("Lower voltage cut-off [V]", 0, 10, true);
        double hi = f.number("Upper voltage cut-off [V]", 0, 10, true);
        if (!(hi > lo)) {
            throw f.bad("Upper voltage cut-off [V]", "must exceed the lower cut-off " + lo + " V, got " + hi);
        }
        return new CellGeometryParameters(f.positive("Electrode height [m]"), f.positive("Electrode width [m]"), lo, hi);
    }
}
