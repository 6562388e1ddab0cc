package org.elyte.analysis.md;

import java.util.List;
import java.util.Objects;

import org.elyte.core.error.AnalysisException;
import org.elyte.core.error.InvalidInputException;
import org.elyte.core.trajectory.Frame;
import org.elyte.core.trajectory.Trajectory;

/**
 * Mean-square displacement of one species. Positions are unwrapped across the periodic
 * boundaries of the orthorhombic box by the minimum-image convention between consecutive
 * frames (valid while no atom moves more than half a box length between frames; a box that
 * changes between frames is followed frame by frame). MSD(τ) = ⟨|r(t+τ) − r(t)|²⟩ averaged over
 * atoms and all time origins t (Allen &amp; Tildesley, Computer Simulation of Liquids, 2nd ed. 2017, §8.2).
 */
public final class Msd {
    private Msd() {
    }

    /**
     * @param traj the trajectory (at least 3 frames)
     * @param species species name as in the file
     * @param maxLagFraction largest lag as a fraction of the trajectory length (0 &lt; f ≤ 1; 0.5 typical)
     * @return the MSD curve at lags of 1 … ⌊f·(frames − 1)⌋ frame intervals
     */
    public static MsdCurve of(Trajectory traj, String species, double maxLagFraction) {
        Objects.requireNonNull(traj, "trajectory");
        if (!(maxLagFraction > 0 && maxLagFraction <= 1)) {
            throw new InvalidInputException("maximum lag fraction must be in (0, 1], got " + maxLagFraction);
        }
        int[] idx = traj.indicesOf(species);
        if (idx.length == 0) {
            throw new InvalidInputException("no atoms of species '" + species + "' in the trajectory");
        }
        List<Frame> frames = traj.frames();
        int nf = frames.size();
        if (nf < 3) {
            throw new AnalysisException("an MSD needs at least 3 frames, the trajectory has " + nf);
        }
        double[][] un = unwrap(frames, idx);
        int maxLag = Math.max(1, (int) Math.floor(maxLagFraction * (nf - 1)));
        double[] lag = new double[maxLag];
        double[] msd = new double[maxLag];
        int[] origins = new int[maxLag];
        double dt = (frames.get(nf - 1).timeS() - frames.get(0).timeS()) / (nf - 1);
        int n = idx.length;
        for (int k = 1; k <= maxLag; k++) {
            double sum = 0;
            for (int t = 0; t + k < nf; t++) {
                double[] a = un[t];
                double[] b = un[t + k];
                for (int i = 0; i < 3 * n; i++) {
                    double d = b[i] - a[i];
                    sum += d * d;
                }
            }
            origins[k - 1] = nf - k;
            msd[k - 1] = sum / ((double) n * (nf - k));
            lag[k - 1] = uniform(frames, dt) ? k * dt : meanLag(frames, k);
        }
        return new MsdCurve(species, n, lag, msd, origins);
    }

    /** Unwrapped positions [frame][3·atom + axis] of the selected atoms. */
    static double[][] unwrap(List<Frame> frames, int[] idx) {
        int n = idx.length;
        double[][] un = new double[frames.size()][3 * n];
        Frame f0 = frames.get(0);
        for (int a = 0; a < n; a++) {
            for (int ax = 0; ax < 3; ax++) {
                un[0][3 * a + ax] = f0.coordinate(idx[a], ax);
            }
        }
        for (int f = 1; f < frames.size(); f++) {
            Frame prev = frames.get(f - 1);
            Frame cur = frames.get(f);
            for (int a = 0; a < n; a++) {
                for (int ax = 0; ax < 3; ax++) {
                    double l = cur.box(ax);
                    double d = cur.coordinate(idx[a], ax) - prev.coordinate(idx[a], ax);
                    d -= l * Math.rint(d / l);
                    un[f][3 * a + ax] = un[f - 1][3 * a + ax] + d;
                }
            }
        }
        return un;
    }

    private static boolean uniform(List<Frame> frames, double dt) {
        for (int f = 1; f < frames.size(); f++) {
            if (Math.abs(frames.get(f).timeS() - frames.get(f - 1).timeS() - dt) > 1e-6 * dt) {
                return false;
            }
        }
        return true;
    }

    private static double meanLag(List<Frame> frames, int k) {
        double s = 0;
        int c = 0;
        for (int t = 0; t + k < frames.size(); t++) {
            s += frames.get(t + k).timeS() - frames.get(t).timeS();
            c++;
        }
        return s / c;
    }
}
