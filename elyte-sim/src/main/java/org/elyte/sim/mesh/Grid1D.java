package org.elyte.sim.mesh;

import java.util.Arrays;

import org.elyte.core.error.InvalidInputException;

/**
 * An immutable cell-centred finite-volume grid on [faces[0], faces[n]] (m). Cell centres are the
 * midpoints of their faces. Face "areas" and cell "volumes" are per unit cross-section
 * (planar: 1 and width in m; spherical: r² and (r₊³ − r₋³)/3, i.e. per steradian), so that
 * {@code volume(i)·du/dt = area(i)·F(i) − area(i+1)·F(i+1)} is the exact discrete balance.
 */
public final class Grid1D {
    private final Geometry geometry;
    private final double[] faces;
    private final double[] centres;
    private final double[] volumes;
    private final double[] areas;

    private Grid1D(Geometry geometry, double[] faces) {
        this.geometry = geometry;
        this.faces = faces;
        int n = faces.length - 1;
        centres = new double[n];
        volumes = new double[n];
        areas = new double[n + 1];
        for (int i = 0; i <= n; i++) {
            areas[i] = geometry == Geometry.PLANAR ? 1.0 : faces[i] * faces[i];
        }
        for (int i = 0; i < n; i++) {
            centres[i] = 0.5 * (faces[i] + faces[i + 1]);
            double a = faces[i];
            double b = faces[i + 1];
            volumes[i] = geometry == Geometry.PLANAR ? b - a : (b * b * b - a * a * a) / 3.0;
        }
    }

    /**
     * @param geometry planar or spherical
     * @param length domain length or particle radius, m (&gt; 0)
     * @param cells number of cells (≥ 1)
     * @return a uniform grid on [0, length]
     * @throws InvalidInputException on a non-positive length or cell count
     */
    public static Grid1D uniform(Geometry geometry, double length, int cells) {
        if (!(length > 0) || !Double.isFinite(length) || cells < 1) {
            throw new InvalidInputException("uniform grid needs length > 0 and cells >= 1, got length "
                    + length + " m and " + cells + " cells");
        }
        double[] f = new double[cells + 1];
        for (int i = 0; i <= cells; i++) {
            f[i] = length * i / cells;
        }
        return new Grid1D(geometry, f);
    }

    /**
     * A grid clustered at both ends by cosine spacing, {@code x_k = L(1 − cos(πk/n))/2}: the end cells
     * are about π²/(4n²)·L wide, for boundary layers (salt depletion at electrodes).
     *
     * @param geometry planar or spherical
     * @param length domain length, m (&gt; 0)
     * @param cells number of cells (≥ 1)
     * @return the grid on [0, length]
     */
    public static Grid1D clusteredAtEnds(Geometry geometry, double length, int cells) {
        uniform(geometry, length, cells); // validates
        double[] f = new double[cells + 1];
        for (int i = 0; i <= cells; i++) {
            f[i] = 0.5 * length * (1 - Math.cos(Math.PI * i / cells));
        }
        f[0] = 0;
        f[cells] = length;
        return new Grid1D(geometry, f);
    }

    /**
     * @param geometry planar or spherical
     * @param faces strictly increasing face positions, m (copied); spherical grids need faces[0] ≥ 0
     * @return the grid
     * @throws InvalidInputException if faces are fewer than two, not finite or not increasing
     */
    public static Grid1D ofFaces(Geometry geometry, double[] faces) {
        if (faces.length < 2) {
            throw new InvalidInputException("a grid needs at least 2 faces, got " + faces.length);
        }
        for (int i = 0; i < faces.length; i++) {
            if (!Double.isFinite(faces[i]) || (i > 0 && !(faces[i] > faces[i - 1]))) {
                throw new InvalidInputException("grid faces must be finite and strictly increasing; face "
                        + i + " is " + faces[i]);
            }
        }
        if (geometry == Geometry.SPHERICAL && faces[0] < 0) {
            throw new InvalidInputException("spherical grid starts at r = " + faces[0] + " m < 0");
        }
        return new Grid1D(geometry, faces.clone());
    }

    /** @return the geometry */
    public Geometry geometry() {
        return geometry;
    }

    /** @return number of cells */
    public int size() {
        return centres.length;
    }

    /** @param i face index 0..n @return face position, m */
    public double face(int i) {
        return faces[i];
    }

    /** @param i cell index @return cell-centre position, m */
    public double centre(int i) {
        return centres[i];
    }

    /** @param i cell index @return cell volume per unit cross-section (m or m³/sr) */
    public double volume(int i) {
        return volumes[i];
    }

    /** @param i face index @return face area per unit cross-section (1 or m²/sr) */
    public double area(int i) {
        return areas[i];
    }

    /** @param i cell index @return cell width, m */
    public double width(int i) {
        return faces[i + 1] - faces[i];
    }

    /** @return a copy of the cell centres, m */
    public double[] centres() {
        return centres.clone();
    }

    /** @return total volume per unit cross-section (m or m³/sr) */
    public double totalVolume() {
        double s = 0;
        for (double v : volumes) {
            s += v;
        }
        return s;
    }

    @Override
    public String toString() {
        return "Grid1D[" + geometry + ", " + size() + " cells on " + faces[0] + ".." + faces[faces.length - 1]
                + " m]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Grid1D g && g.geometry == geometry && Arrays.equals(g.faces, faces);
    }

    @Override
    public int hashCode() {
        return 31 * geometry.hashCode() + Arrays.hashCode(faces);
    }
}
