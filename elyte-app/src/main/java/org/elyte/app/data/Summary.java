package org.elyte.app.data;

import java.util.Optional;

import org.elyte.core.quantity.Quantity;
import org.elyte.core.recording.Recording;

/**
 * Time span, number of cycles and number of steps of a recording, in one pass per column.
 *
 * @param timeSpanS last minus first finite test time, s (NaN without a time column)
 * @param cycles distinct cycle numbers counted as changes along the record (−1 without the column)
 * @param steps the largest step count (−1 without the column)
 */
record Summary(double timeSpanS, int cycles, int steps) {

    static Summary of(Recording r) {
        double span = column(r, Quantity.TEST_TIME).map(Summary::span).orElse(Double.NaN);
        int cycles = column(r, Quantity.CYCLE_COUNT).map(Summary::runs).orElse(-1);
        int steps = column(r, Quantity.STEP_COUNT).map(Summary::max).orElse(-1);
        return new Summary(span, cycles, steps);
    }

    private static Optional<double[]> column(Recording r, Quantity q) {
        return r.column(q);
    }

    private static double span(double[] t) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : t) {
            if (Double.isFinite(v)) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        return max >= min ? max - min : Double.NaN;
    }

    private static int runs(double[] c) {
        int n = 0;
        double last = Double.NaN;
        for (double v : c) {
            if (Double.isFinite(v) && v != last) {
                n++;
                last = v;
            }
        }
        return n;
    }

    private static int max(double[] c) {
        double m = 0;
        for (double v : c) {
            if (Double.isFinite(v)) {
                m = Math.max(m, v);
            }
        }
        return (int) m;
    }
}
