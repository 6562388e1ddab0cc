package org.elyte.analysis.md;

import java.util.Objects;

import org.elyte.core.error.InvalidInputException;
import org.elyte.core.trajectory.Frame;
import org.elyte.core.trajectory.Trajectory;

/**
 * Radial distribution function by histogram of minimum-image pair distances in an orthorhombic
 * box, averaged over frames: g_ab(r) = ⟨n_b(r, r+dr)⟩ / (ρ_b · 4π r² dr) with the ideal-gas shell
 * volume (4π/3)((r+dr)³ − r³) and ρ_b = N_b / V per frame. Coordination n_ab(r) = Σ histogram / N_a.
 * r_max must not exceed half the shortest box edge.
 */
public final class Rdf {
    private Rdf() {
    }

    /**
     * @param traj trajectory
     * @param centre species a
     * @param neighbour species b (may equal a)
     * @param rMaxM largest distance, m
     * @param bins number of bins
     * @param stride use every stride-th frame (≥ 1)
     * @return g(r) and n(r)
     */
    public static RdfResult of(Trajectory traj, String centre, String neighbour, double rMaxM, int bins, int stride) {
        Objects.requireNonNull(traj, "trajectory");
        int[] a = traj.indicesOf(centre);
        int[] b = traj.indicesOf(neighbour);
        if (a.length == 0 || b.length == 0) {
            throw new InvalidInputException("no atoms of species '" + (a.length == 0 ? centre : neighbour) + "'");
        }
        if (bins < 2 || stride < 1 || !(rMaxM > 0)) {
            throw new InvalidInputException("RDF needs r_max > 0, at least 2 bins and stride >= 1");
        }
        double dr = rMaxM / bins;
        double[] hist = new double[bins];
        double[] ideal = new double[bins];
        int used = 0;
        for (int f = 0; f < traj.frames().size(); f += stride) {
            Frame fr = traj.frames().get(f);
            double half = 0.5 * Math.min(fr.box(0), Math.min(fr.box(1), fr.box(2)));
            if (rMaxM > half * (1 + 1e-9)) {
                throw new InvalidInputException("r_max " + rMaxM + " m exceeds half the shortest box edge (" + half + " m)");
            }
            double[] pos = fr.positionsM();
            for (int i : a) {
                for (int j : b) {
                    if (i == j) {
                        continue;
                    }
                    double s = 0;
                    for (int ax = 0; ax < 3; ax++) {
                        double l = fr.box(ax);
                        double d = pos[3 * j + ax] - pos[3 * i + ax];
                        d -= l * Math.rint(d / l);
                        s += d * d;
                    }
                    double r = Math.sqrt(s);
                    if (r < rMaxM) {
                        hist[(int) (r / dr)]++;
                    }
                }
            }
            int nb = centre.equals(neighbour) ? b.length - 1 : b.length;
            double rho = nb / fr.volumeM3();
            for (int k = 0; k < bins; k++) {
                double r0 = k * dr;
                double r1 = r0 + dr;
                ideal[k] += a.length * rho * 4.0 / 3.0 * Math.PI * (r1 * r1 * r1 - r0 * r0 * r0);
            }
            used++;
        }
        double[] r = new double[bins];
        double[] g = new double[bins];
        double[] n = new double[bins];
        double cum = 0;
        for (int k = 0; k < bins; k++) {
            r[k] = (k + 0.5) * dr;
            g[k] = hist[k] / ideal[k];
            cum += hist[k];
            n[k] = cum / ((double) a.length * used);
        }
        return new RdfResult(centre, neighbour, r, g, n);
    }
}
