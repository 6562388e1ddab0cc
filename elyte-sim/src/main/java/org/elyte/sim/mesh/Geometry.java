package org.elyte.sim.mesh;

/** Coordinate system of a 1-D grid. */
public enum Geometry {
    /** Cartesian slab: face area 1 m² per m² of electrode, cell volume = width. */
    PLANAR,
    /** Sphere (particle): face area r², cell volume (r₊³ − r₋³)/3 (per steradian). */
    SPHERICAL
}
