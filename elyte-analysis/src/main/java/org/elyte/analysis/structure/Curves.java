package org.elyte.analysis.structure;

import java.util.Arrays;

import org.elyte.core.error.AnalysisException;
import org.elyte.core.error.InvalidInputException;
import org.elyte.core.quantity.Quantity;
import org.elyte.core.recording.Recording;

/** Selects an increasing x range of a scattering curve. */
final class Curves {
    private Curves() {
    }

    /** @return {x, intensity} inside [min, max] (all when NaN), sorted by x, finite points only */
    static double[][] select(Recording r, Quantity xq, double min, double max, String what) {
        if (!r.has(xq) || !r.has(Quantity.INTENSITY)) {
            throw new InvalidInputException("the " + what + " recording needs " + xq.label() + " and " + Quantity.INTENSITY.label());
        }
        if (!Double.isNaN(min) && !(max > min)) {
            throw new InvalidInputException(what + " range " + min + ".." + max + ": need low < high");
        }
        double[] x = r.require(xq);
        double[] y = r.require(Quantity.INTENSITY);
        Integer[] idx = new Integer[x.length];
        int m = 0;
        for (int i = 0; i < x.length; i++) {
            if (Double.isFinite(x[i]) && Double.isFinite(y[i]) && (Double.isNaN(min) || (x[i] >= min && x[i] <= max))) {
                idx[m++] = i;
            }
        }
        Integer[] sel = Arrays.copyOf(idx, m);
        Arrays.sort(sel, (a, b) -> Double.compare(x[a], x[b]));
        if (m < 8) {
            throw new AnalysisException("fewer than 8 " + what + " points in the range");
        }
        double[][] out = new double[2][m];
        for (int i = 0; i < m; i++) {
            out[0][i] = x[sel[i]];
            out[1][i] = y[sel[i]];
        }
        return out;
    }
}
