package org.elyte.sim.model;

import org.elyte.core.error.InvalidInputException;

/**
 * Finite-volume resolution of the half cell (uniform in each domain).
 *
 * @param separator cells across the solid-electrolyte separator (≥ 1)
 * @param cathode cells across the composite cathode (≥ 1)
 * @param particle radial cells in each particle (≥ 2)
 */
public record HalfCellMesh(int separator, int cathode, int particle) {

    /** Validates. */
    public HalfCellMesh {
        if (separator < 1 || cathode < 1 || particle < 2) {
            throw new InvalidInputException("half-cell mesh needs >= 1 separator, >= 1 cathode and >= 2 particle "
                    + "cells; got " + separator + ", " + cathode + ", " + particle);
        }
    }

    /** @param n cells per domain @return the same count in every domain */
    public static HalfCellMesh uniform(int n) {
        return new HalfCellMesh(n, n, n);
    }
}
